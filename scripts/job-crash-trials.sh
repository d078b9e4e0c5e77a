#!/usr/bin/env bash
# Kills the server with SIGKILL at N random instants (default 20) while an upload's ingestion job runs, restarts it,
# and checks after each that the job completes (or fails with its reason), that every version holds exactly the
# passages it says, that the published handbook stays in effect and whole, and that the audit chain holds.
# ELIGIBILITY_CRASH_SEED=S replays a run. Needs ../shared (the corpus). Prints one line per trial and a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
trials="${1:-20}"
dotnet build -c Release tests/Eligibility.Tests -nologo -clp:ErrorsOnly
ELIGIBILITY_JOB_CRASH_TRIALS="$trials" dotnet test tests/Eligibility.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~JobCrashTrialTests" --logger "console;verbosity=detailed" 2>&1 | grep -E "trial [0-9]+:|crash trials|Passed|Failed|error"
