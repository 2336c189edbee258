#!/usr/bin/env bash
# Opens the CSV of `renstra-lint compare` in LibreOffice Calc (headless) the way an Indonesian-locale
# spreadsheet user would, and checks that Calc reads every cell as intended: each field written as a
# number (`7663589176,1`) comes back as a number with the same value, every other field comes back as the
# same text, with the same rows and columns. Run from anywhere:
#
#   scripts/check-compare-csv.sh [PLAN…]        (default: the three Renstra plans under corpora/)
#
# Needs `soffice` (Debian: apt-get install -y libreoffice-calc-nogui). Exit 0 when every view passes.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v soffice >/dev/null; then
    echo "check-compare-csv: soffice not found (apt-get install -y libreoffice-calc-nogui)" >&2
    exit 2
fi
if [[ $# -gt 0 ]]; then
    plans=("$@")
else
    plans=(corpora/bekasi/renstra-diskopukm-2025-2029.txt corpora/depok/renstra-dkum-2021-2026.txt
           corpora/semarang/perubahan-renstra-ii-dkum-2016-2021.txt)
fi

swift build --product renstra-lint >/dev/null
binary="$(swift build --show-bin-path)/renstra-lint"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Import: `;` separated, `"` quoted, UTF-8 (76), from line 1, standard column types, language Indonesian
# (1057), so `,` is the decimal mark. Export: `;`, `"`, UTF-8, English (1033) numbers, text cells quoted
# and numbers bare, so the two can be told apart.
import_options="59,34,76,1,,1057"
export_options="59,34,76,1,,1033,true,true,false"

# Splits CSV records (RFC 4180, quoted fields may hold separators, quotes and line breaks) into lines of
# `record<TAB>field<TAB>kind<TAB>text`, kind `N` for a bare field and `Q` for a quoted one; trailing empty
# fields are dropped (Calc pads every row to the widest one).
fields() {
    awk -v separator=";" '
    function flush_field() { kinds[count] = quoted ? "Q" : "N"; texts[count] = field; count++; field = ""; quoted = 0 }
    function flush_record(   last, i) {
        flush_field()
        last = count - 1
        while (last >= 0 && texts[last] == "" && kinds[last] == "N") last--
        for (i = 0; i <= last; i++) { gsub(/\t/, "\\t", texts[i]); printf "%d\t%d\t%s\t%s\n", record, i + 1, kinds[i], texts[i] }
        if (last < 0) printf "%d\t0\tN\t\n", record
        record++; count = 0
    }
    BEGIN { record = 1; count = 0; field = ""; quoted = 0; inside = 0 }
    {
        line = $0
        if (NR == 1) sub(/^\357\273\277/, "", line)
        sub(/\r$/, "", line)
        for (i = 1; i <= length(line); i++) {
            c = substr(line, i, 1)
            if (inside) {
                if (c == "\"" && substr(line, i + 1, 1) == "\"") { field = field "\""; i++ }
                else if (c == "\"") inside = 0
                else field = field c
            } else if (c == "\"") { inside = 1; quoted = 1 }
            else if (c == separator) flush_field()
            else field = field c
        }
        if (inside) { field = field "\\n"; next }
        flush_record()
    }' "$1"
}

# Compares what we wrote with what Calc read back; prints each difference and exits 1 on any.
compare() {
    awk -F '\t' '
    function number(text) { gsub(",", ".", text); return text + 0 }
    NR == FNR { key = $1 "\t" $2; kind[key] = $3; text[key] = $4; if ($1 > rows) rows = $1; cells++; next }
    {
        key = $1 "\t" $2; seen[key] = 1; back++
        if (!(key in kind)) { print "extra cell at row " $1 ", column " $2 ": " $4; bad++; next }
        if (kind[key] == "N" && text[key] ~ /^-?[0-9]+(,[0-9]+)?$/) {
            if ($3 != "N" || number(text[key]) != $4 + 0) { print "row " $1 ", column " $2 ": wrote number " text[key] ", Calc read " $3 " " $4; bad++ }
            numbers++
        } else if (text[key] != $4) {
            print "row " $1 ", column " $2 ": wrote \"" text[key] "\", Calc read \"" $4 "\""; bad++
        }
    }
    END {
        for (key in kind) if (!(key in seen)) { print "cell lost at " key; bad++ }
        printf "%d rows, %d cells, %d numbers read as numbers", rows, cells, numbers
        if (bad) { printf ", %d differences\n", bad; exit 1 }
        print ""
    }' "$1" "$2"
}

status=0
for view in overview programmes indicators findings all; do
    csv="$work/$view.csv"
    if [[ $view == all ]]; then
        "$binary" compare "${plans[@]}" --format csv --output "$csv" || true
    else
        "$binary" compare "${plans[@]}" --format csv --view "$view" --output "$csv" || true
    fi
    mkdir -p "$work/calc"
    soffice --headless "-env:UserInstallation=file://$work/profile" --infilter="Text - txt - csv (StarCalc):$import_options" \
        --convert-to "csv:Text - txt - csv (StarCalc):$export_options" --outdir "$work/calc" "$csv" >/dev/null 2>&1
    if [[ ! -s "$work/calc/$view.csv" ]]; then
        echo "$view: LibreOffice Calc did not convert the file" >&2
        status=1
        continue
    fi
    fields "$csv" > "$work/$view.written"
    fields "$work/calc/$view.csv" > "$work/$view.read"
    if result="$(compare "$work/$view.written" "$work/$view.read")"; then
        echo "$view: ok ($result)"
    else
        echo "$view: FAILED"; echo "$result"
        status=1
    fi
done
exit $status
