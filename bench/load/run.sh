#!/usr/bin/env bash
# Starts the server (Release, embedded defaults, fresh data folder, sample manuals) on loopback, signs in a
# caseworker, and runs assistant-load.mjs against it. Usage: bench/load/run.sh [connections] [askers] [questions] [think ms]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release src/Eligibility.Server -nologo -clp:ErrorsOnly >/dev/null
data=$(mktemp -d); port=5181; log=$(mktemp)
ulimit -n 65536 2>/dev/null || true
Data__Directory="$data" dotnet src/Eligibility.Server/bin/Release/net10.0/Eligibility.Server.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$PWD/src/Eligibility.Server" --Logging:LogLevel:Default=Warning >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data" "$log"' EXIT
for _ in $(seq 1 60); do kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }; curl -sf "http://127.0.0.1:$port/health" | grep -q '"manualsInEffect":2' && break; sleep 1; done
jar=$(mktemp)
curl -sf -c "$jar" -H 'Content-Type: application/json' -d '{"name":"caseworker","password":"caseworker-demo"}' "http://127.0.0.1:$port/auth/sign-in"
cookie=$(awk '$6=="eligibility.session"{print $6"="$7}' "$jar")
SIGNALR_MODULE_DIR="$PWD/src/Eligibility.Server/node_modules" node bench/load/assistant-load.mjs "http://127.0.0.1:$port" "$cookie" "${1:-1000}" "${2:-100}" "${3:-5}" "${4:-1000}"
