#!/usr/bin/env bash
# Runs one libFuzzer target for LOTSE_FUZZ_SECONDS (default 60) from its
# committed seeds, and fails on a crash, a leak or a timeout (an input that
# takes more than 10 s). New inputs go to WORK/corpus, never to the seeds; a
# failing input is kept in WORK/artifacts for the corpus once it is fixed.
#   run-fuzzer.sh FUZZER SEEDS WORK
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3
seconds=${LOTSE_FUZZ_SECONDS:-60}
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" >"$work/log" 2>&1; then
  tail -n 80 "$work/log"
  echo "$(basename "$fuzzer"): failed; the input is in $work/artifacts/"
  exit 1
fi
executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$work/log")
echo "$(basename "$fuzzer"): ${executions:-?} executions in ${seconds} s, peak RSS ${rss:-?} MB," \
  "no crash, leak or timeout" | tee "$work/summary"
