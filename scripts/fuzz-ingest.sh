#!/usr/bin/env bash
# Damages copies of the corpus PDFs and ingests each with the CLI: reports stack traces, hangs, tools left
# running and text lost without a warning. Usage: scripts/fuzz-ingest.sh [mutations=150] [seconds=180] [seed=1] [folder]
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${4:-../shared/corpus/pdf}"
dotnet build -c Release -v q --nologo ingest/Eligibility.Ingest.Cli/Eligibility.Ingest.Cli.csproj >/dev/null
dotnet build -c Release -v q --nologo bench/Eligibility.Benchmarks/Eligibility.Benchmarks.csproj >/dev/null
exec dotnet bench/Eligibility.Benchmarks/bin/Release/net10.0/Eligibility.Benchmarks.dll fuzz \
  ingest/Eligibility.Ingest.Cli/bin/Release/net10.0/eligibility-ingest.dll "$folder" "${1:-150}" "${2:-180}" "${3:-1}"
