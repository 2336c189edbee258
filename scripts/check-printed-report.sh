#!/usr/bin/env bash
# Prints the Indonesian and the English HTML report of corpora/ to PDF with headless Chromium, as a
# reviewer printing it on A4 would, and checks the printed copies with poppler
# (scripts/check-printed-report.py): no word beyond the printable width of the report's @page rule, and
# every excerpt row, with every outlined cell, printed whole; then that the check fails on a copy whose
# excerpts are too wide for the page. Run from anywhere:
#
#   scripts/check-printed-report.sh [OUTPUT_DIR]      (keeps the HTML and PDF files there when given)
#
# Needs `chromium` (Debian: apt-get install -y chromium) and `pdftotext` (poppler-utils). Exit 0 when
# both reports pass, 1 when either fails, 2 when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in chromium pdftotext; do
    if ! command -v "$tool" >/dev/null; then
        echo "check-printed-report: $tool not found (apt-get install -y chromium poppler-utils)" >&2
        exit 2
    fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${1:-$work}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

swift build --product renstra-lint >/dev/null
# Prints $1.html to $1.pdf; Chromium's own messages are shown only when it fails.
print_to_pdf() {
    if ! timeout 300 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --user-data-dir="$work/profile" --print-to-pdf="$1.pdf" "file://$1.html" >"$work/chromium.log" 2>&1 \
            || [[ ! -s "$1.pdf" ]]; then
        cat "$work/chromium.log" >&2
        echo "check-printed-report: chromium could not print $1.html" >&2
        return 1
    fi
}

# The check must be able to fail: a copy of the report whose excerpts are 1.6 times the page width
# loses words past the right margin and outlined values off the page, and the check must say so.
self_test() {
    local wide="$work/too-wide" pattern='.excerpt table { font-size: .8rem; table-layout: fixed; width: 100%; }'
    if ! grep -qF "$pattern" "$1.html"; then
        echo "check-printed-report: self-test cannot widen the excerpts: the stylesheet no longer has '$pattern'" >&2
        return 1
    fi
    sed "s/table-layout: fixed; width: 100%;/table-layout: fixed; width: 160%;/" "$1.html" > "$wide.html"
    print_to_pdf "$wide" || return 1
    if python3 scripts/check-printed-report.py "$wide.html" "$wide.pdf" > "$wide.log"; then
        echo "check-printed-report: self-test FAILED: excerpts 1.6 times the page width passed the check" >&2
        return 1
    fi
    echo "self-test: excerpts 1.6 times the page width fail the check ($(grep -c 'beyond the printable width' "$wide.log") words past the margin, $(grep -c 'missing from the PDF' "$wide.log") outlined values missing)"
}

status=0
for lang in id en; do
    report="$out/corpora-$lang"
    lint_status=0
    swift run --skip-build renstra-lint --format html --lang "$lang" --output "$report.html" corpora/ 2>"$work/lint.log" || lint_status=$?
    if [[ $lint_status -gt 1 ]]; then
        cat "$work/lint.log" >&2
        echo "check-printed-report: renstra-lint --lang $lang failed with exit status $lint_status" >&2
        exit 1
    fi
    print_to_pdf "$report" || { status=1; continue; }
    python3 scripts/check-printed-report.py "$report.html" "$report.pdf" || status=1
done
self_test "$out/corpora-id" || status=1
exit $status
