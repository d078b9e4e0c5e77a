#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's package) for the tests, on 127.0.0.1:55432 with trust auth for "postgres".
#   scripts/postgres.sh start    initdb on first use, then start; fine when it is already running
#   scripts/postgres.sh stop     fast shutdown; fine when it is not running
#   scripts/postgres.sh status   exit 0 when it answers
#   scripts/postgres.sh url      the connection string the tests take (ELIGIBILITY_TEST_POSTGRES)
# The cluster lives in $ELIGIBILITY_PG_DIR (default: a folder under the temp directory), owned by the user the
# server runs as: "postgres" when this runs as root, else the current user.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${ELIGIBILITY_PG_PORT:-55432}"
pgdir="${ELIGIBILITY_PG_DIR:-${TMPDIR:-/tmp}/eligibility-postgres-$port}"
url="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

running() {
  local bin
  bin=$(bindir) || return 1
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"
}

case "${1:-}" in
  start)
    if running; then
      echo "postgres: already running on 127.0.0.1:$port"
      exit 0
    fi
    bin=$(bindir) || { scripts/install-prerequisites.sh postgresql; bin=$(bindir); }
    mkdir -p "$pgdir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdir"
    chmod 700 "$pgdir"
    if [ ! -f "$pgdir/PG_VERSION" ]; then
      as_owner "'$bin/initdb' -D '$pgdir' -U postgres --auth=trust -E UTF8 --no-sync" >/dev/null
    fi
    # fsync off: a test cluster is thrown away, and CREATE DATABASE per test is much faster without it.
    as_owner "'$bin/pg_ctl' -D '$pgdir' -o \"-p $port -k '$pgdir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l '$pgdir/log' -w start" >/dev/null
    echo "postgres: running on 127.0.0.1:$port ($pgdir)"
    ;;
  stop)
    if bin=$(bindir) && [ -f "$pgdir/postmaster.pid" ]; then
      as_owner "'$bin/pg_ctl' -D '$pgdir' -m fast -w stop" >/dev/null
      echo "postgres: stopped"
    fi
    ;;
  status)
    running
    ;;
  url)
    echo "$url"
    ;;
  *)
    echo "usage: $0 start|stop|status|url" >&2
    exit 2
    ;;
esac
