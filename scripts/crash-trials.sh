#!/usr/bin/env bash
# Kills `ingest add --publish` with SIGKILL at N random instants (default 50), half of them on a data folder in the
# old layout so that some land during start-up migration and import, and checks after each kill that the next
# command starts within 10 s, no version is published without its audit entry and the version in effect keeps
# every passage. ELIGIBILITY_CRASH_SEED=S replays a run. Prints one line per trial and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-50}"
dotnet build -c Release tests/Eligibility.Tests -nologo -clp:ErrorsOnly
ELIGIBILITY_CRASH_TRIALS="$trials" dotnet test tests/Eligibility.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~CrashTrialTests" --logger "console;verbosity=detailed" 2>&1 | grep -E "trial [0-9]+:|crash trials|Passed|Failed|error"
