#!/usr/bin/env bash
# Benchmarks renstra-lint (release build) on the bundled corpora and on a generated, scaled corpus.
# Usage: scripts/bench.sh [DOCUMENTS]   (default 2000; BENCH_SEED changes the generated corpus)
#        scripts/bench.sh --forms         (every text form at 1x, 10x, 100x: scripts/bench-forms.sh)
# Prints documents/s, MB/s, peak memory and the ratio to `cat` over the same files, for 1 and 2
# worker threads, plus the start-up cost on the four corpora and peak memory against the number of files.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--forms" ]; then exec scripts/bench-forms.sh; fi
documents=${1:-2000}
seed=${BENCH_SEED:-20250919}

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null 2>&1 || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }; }
# The release binary as shipped: the Swift runtime and Foundation linked in, which spares the dynamic
# loader most of the start-up work (its own build folder, so the usual release build is not redone).
build=(swift build -c release --static-swift-stdlib --scratch-path .build-static)
"${build[@]}" --product renstra-lint >&2
bin="$("${build[@]}" --show-bin-path)/renstra-lint"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/generate-corpus.py "$work/corpus" --documents "$documents" --seed "$seed"
find "$work/corpus" -name '*.txt' | sort > "$work/files"
bytes=$(xargs cat < "$work/files" | wc -c)
megabytes=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

# measure NAME COMMAND…: runs COMMAND under /usr/bin/time -v, records wall seconds and peak RSS (MB).
measure() {
  local name=$1; shift
  local status=0
  /usr/bin/time -v -o "$work/$name.time" "$@" > /dev/null 2> "$work/$name.err" || status=$?
  if [ "$status" -gt 1 ]; then echo "bench: '$*' failed with exit status $status" >&2; cat "$work/$name.err" >&2; exit 1; fi
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' \
    "$work/$name.time" > "$work/$name.wall"
  awk -F': ' '/Maximum resident set size/ { printf "%.1f\n", $2 / 1024 }' "$work/$name.time" > "$work/$name.rss"
}
wall() { cat "$work/$1.wall"; }
rss() { cat "$work/$1.rss"; }

# The physical floor: reading the same bytes (page cache warm: the files were just written).
xargs cat < "$work/files" > /dev/null
measure cat sh -c "xargs cat < '$work/files'"
for jobs in 1 2; do
  measure "lint$jobs" "$bin" "$work/corpus" --format json --jobs "$jobs"
done
mapfile -t quarter < <(head -n $((documents / 4)) "$work/files")
measure quarter "$bin" "${quarter[@]}" --format json --jobs 2
if "$bin" --help | grep -q ' compare '; then
  measure compare "$bin" compare "$work/corpus" --format json --jobs 2
fi

# Start-up plus the four real corpora, the best of 20 runs (the machine is shared).
best=""
for _ in $(seq 20); do
  start=$(date +%s%N)
  "$bin" corpora/ --format json > /dev/null || true
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  if [ -z "$best" ] || [ "$elapsed" -lt "$best" ]; then best=$elapsed; fi
done

echo
echo "scaled corpus: $documents documents, $megabytes MB (seed $seed); cat: $(wall cat) s"
printf '%-8s %8s %10s %8s %12s %8s\n' jobs wall_s docs_per_s MB_per_s peak_rss_MB x_cat
for jobs in 1 2; do
  awk -v j="$jobs" -v t="$(wall "lint$jobs")" -v d="$documents" -v mb="$megabytes" -v r="$(rss "lint$jobs")" -v c="$(wall cat)" \
    'BEGIN { if (t == 0) t = 0.01; if (c == 0) c = 0.01; printf "%-8s %8.2f %10.0f %8.1f %12.1f %8.1f\n", j, t, d / t, mb / t, r, t / c }'
done
awk -v a="$(wall lint1)" -v b="$(wall lint2)" 'BEGIN { if (b == 0) b = 0.01; printf "speed-up 1 -> 2 threads: %.2fx\n", a / b }'
echo "peak memory, jobs 2: $(rss quarter) MB for $((documents / 4)) files, $(rss lint2) MB for $documents files"
if [ -f "$work/compare.wall" ]; then echo "compare over the scaled corpus (jobs 2): $(wall compare) s, peak $(rss compare) MB"; fi
echo "four corpora incl. start-up (best of 20): $best ms"
