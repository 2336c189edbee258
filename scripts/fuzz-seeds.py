#!/usr/bin/env python3
"""Writes fuzzing seeds: overlapping slices of every corpus file (so each layout's tables, headings
and signature blocks are reachable within a small input), plus a few hand-made edge cases.
Usage: fuzz-seeds.py CORPORA_DIR OUT_DIR. The corpora are only read."""
import os
import sys

WINDOW, STEP = 60, 40
EDGE_CASES = [
    b"",
    b"\n\n\t\n",
    b"\xef\xbb\xbfBAB I\tPENDAHULUAN\n",
    b"\xff\xfeB\x00A\x00B\x00 \x00I\x00\n\x00",
    b"Tabel 4.2\tTujuan\n\tNo\tIndikator\t2025\t2026\n1\tA\t1.000\t.000\n",
    b"# **BAB II**\n<b>Program</b>\t30,30%\tRp. 1.000,00\n",
    b"Jumlah\t\xe9\t#DIV/0!\tN/A\t-\n",
]


def main(corpora, out):
    os.makedirs(out, exist_ok=True)
    count = 0
    for root, _, names in sorted(os.walk(corpora)):
        for name in sorted(names):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(root, name), "rb") as handle:
                lines = handle.read().split(b"\n")
            for start in range(0, max(1, len(lines) - STEP), STEP):
                write(out, f"{name[:-4]}-{start:05d}", b"\n".join(lines[start:start + WINDOW]))
                count += 1
    for index, case in enumerate(EDGE_CASES):
        write(out, f"edge-{index:02d}", case)
        count += 1
    print(f"{count} seeds in {out}")


def write(out, name, data):
    with open(os.path.join(out, name), "wb") as handle:
        handle.write(data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
