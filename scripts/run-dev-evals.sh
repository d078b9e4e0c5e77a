#!/usr/bin/env bash
# Ingests ../shared/corpus into a fresh index and runs the dev suite with the agreed floors.
# Reports land in artifacts/evals/. Skips (or, under CI=true, fails) when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="$(cd .. && pwd)/shared"
if [ ! -f "$shared/corpus/manifest.json" ] || [ ! -f "$shared/evals/dev-suite.yaml" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "error: ../shared (corpus and dev suite) is missing; CI must run the dev suite" >&2
    exit 1
  fi
  echo "evals: ../shared is not present; dev suite skipped"
  exit 0
fi

out=artifacts/evals
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
dotnet ingest/Eligibility.Ingest.Cli/bin/Release/net10.0/eligibility-ingest.dll --data "$data" add --manifest "$shared/corpus/manifest.json" --publish >/dev/null
dotnet evals/Eligibility.Evals/bin/Release/net10.0/eligibility-evals.dll run "$shared/evals/dev-suite.yaml" --data "$data" \
  --json "$out/dev-suite.json" --html "$out/dev-suite.html" \
  --min recall@10=0.95 --min mrr=0.80 --min abstention.accuracy=0.90 \
  --min as-of:abstention.accuracy=1 --min as-of:recall@10=1
