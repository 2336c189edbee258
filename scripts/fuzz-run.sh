#!/usr/bin/env bash
# Fuzzes the ingest entry point plus every rule with libFuzzer, at the lowest CPU priority.
# Usage: scripts/fuzz-run.sh [SECONDS] [WORKERS]   (defaults: 600 seconds, 1 worker; FUZZ_MAX_LEN bytes, 1024;
# FUZZ_TIMEOUT seconds per input, 20: raise it when the machine is busy, as the run is niced)
# Seeds are slices of the real corpora (never modified: they are copied); the growing corpus lives in
# .build/fuzz/corpus, crashing inputs in .build/fuzz/crashes, worker logs in .build/fuzz. Rebuilds first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
workers=${2:-1}
out=.build/fuzz
nice -n 19 scripts/fuzz-build.sh >/dev/null
mkdir -p "$out/corpus" "$out/crashes"
python3 scripts/fuzz-seeds.py corpora "$out/seeds"
args=(-max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-1024}" -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=2048 -print_final_stats=1
      -dict="$root/Fuzz/IngestFuzzer/renstra.dict" -artifact_prefix="$root/$out/crashes/")
if [ "$workers" -gt 1 ]; then args+=(-jobs="$workers" -workers="$workers"); fi
cd "$out"
nice -n 19 ./ingest-fuzzer "${args[@]}" corpus seeds
