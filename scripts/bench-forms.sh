#!/usr/bin/env bash
# Time and peak memory of renstra-lint on a real table of every text form grown to 1x, 10x and 100x its
# size, and on the constructed adversarial cases (scripts/adversarial-inputs.py writes them all).
# Usage: scripts/bench-forms.sh [BINARY]   (default: the release build, built if needed)
# Prints a Markdown table: case, scale, rows, bytes, wall seconds, peak RSS, and time and memory per
# row relative to 1x (near 1.0 means linear growth). Cases whose source document is absent (the
# external documents, expected in ../shared/external or EXTERNAL) are left out with a note.
set -euo pipefail
cd "$(dirname "$0")/.."
external=${EXTERNAL:-../shared/external}

[ -x /usr/bin/time ] || { echo "bench-forms: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
if [ $# -ge 1 ]; then
  bin=$1
else
  swift build -c release --product renstra-lint >&2
  bin="$(swift build -c release --show-bin-path)/renstra-lint"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 scripts/adversarial-inputs.py "$work" --external "$external" > "$work/written"

echo "| case | scale | rows | bytes | wall s | peak MB | time/row vs 1x | memory/row vs 1x |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
while IFS=$'\t' read -r name scale rows bytes path; do
  status=0
  /usr/bin/time -v -o "$work/time" "$bin" "$path" --format json > /dev/null 2> "$work/err" || status=$?
  # Exit 1 means findings; anything above is a failure of the tool.
  if [ "$status" -gt 1 ]; then echo "bench-forms: $path failed with exit status $status" >&2; cat "$work/err" >&2; exit 1; fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time")
  if [ "$scale" = 1 ]; then base_wall=$wall; base_rss=$rss; base_rows=$rows; fi
  awk -v n="$name" -v s="$scale" -v r="$rows" -v b="$bytes" -v w="$wall" -v m="$rss" \
      -v bw="$base_wall" -v bm="$base_rss" -v br="$base_rows" 'BEGIN {
    if (bw == 0) bw = 0.01; if (w == 0) w = 0.01
    printf "| %s | %sx | %d | %d | %.2f | %.1f | %.2f | %.2f |\n", n, s, r, b, w, m, (w / r) / (bw / br), (m / r) / (bm / br)
  }'
done < "$work/written"
