#!/usr/bin/env bash
# A throwaway Redis (Debian's redis-server) for the tests, on 127.0.0.1:56379, no persistence.
#   scripts/redis.sh start    start it; fine when it is already running
#   scripts/redis.sh stop     shut it down; fine when it is not running
#   scripts/redis.sh status   exit 0 when it answers
#   scripts/redis.sh url      the configuration the tests take (ELIGIBILITY_TEST_REDIS)
set -euo pipefail
cd "$(dirname "$0")/.."

port="${ELIGIBILITY_REDIS_PORT:-56379}"
dir="${ELIGIBILITY_REDIS_DIR:-${TMPDIR:-/tmp}/eligibility-redis-$port}"

running() {
  command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]
}

case "${1:-}" in
  start)
    if running; then
      echo "redis: already running on 127.0.0.1:$port"
      exit 0
    fi
    command -v redis-server >/dev/null 2>&1 || scripts/install-prerequisites.sh redis
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --dir "$dir" \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
    for _ in $(seq 1 50); do running && break; sleep 0.1; done
    running || { echo "redis: did not start (see $dir/redis.log)" >&2; exit 1; }
    echo "redis: running on 127.0.0.1:$port"
    ;;
  stop)
    if running; then
      redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
      echo "redis: stopped"
    fi
    ;;
  status)
    running
    ;;
  url)
    echo "127.0.0.1:$port"
    ;;
  *)
    echo "usage: $0 start|stop|status|url" >&2
    exit 2
    ;;
esac
