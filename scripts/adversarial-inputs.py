#!/usr/bin/env python3
"""Writes adversarial inputs: real tables of every text form grown to 1x, 10x and 100x their size, and
the constructed cases that random mutation never builds (a long table with a wrong total, one very wide
row, many unformatted large numbers, numbers too large for a double).

Grown tables keep the document around them: a block of the table's body is repeated, each copy with
its codes moved to another programme or region (and, where rows carry no codes, a copy number after
the row's name), so that the grown table reads like a bigger plan rather than one row many times.
The sources (corpora/ and the external documents) are only read. The same arguments always give the
same bytes.

Usage: adversarial-inputs.py OUT_DIR [--scales 1,10,100] [--cases NAME,...] [--corpora DIR]
                             [--external DIR] [--list]
Prints one line per file written: case, scale, rows, bytes, path. Cases whose source document is
absent (the external documents) are skipped with a note on standard error.
"""
import argparse
import csv
import io
import math
import os
import re
import sys

CODE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d{1,4}){2,})(?![\d.]*\d)")


def shift_code_segment(text, copy, segment):
    """Adds `copy` to one segment of every plan code in `text` (kept at least as wide), so each copy of
    a block has its own codes while parents and children within the copy still share their prefix."""
    def shifted(match):
        parts = match.group(1).split(".")
        if len(parts) <= segment:
            return match.group(1)
        value = str(int(parts[segment]) + copy)
        parts[segment] = value.zfill(len(parts[segment]))
        return ".".join(parts)
    return CODE.sub(shifted, text)


def number_first_text_cell(line, copy, separator="\t"):
    """Appends the copy number to the first cell of a row that holds a name (starts with a letter)."""
    cells = line.split(separator)
    for index, cell in enumerate(cells):
        stripped = cell.strip()
        if stripped:
            if stripped[0].isalpha():
                cells[index] = cell.rstrip() + f" {copy + 1}"
            return separator.join(cells)
    return line


def find(lines, pattern, start=0):
    expression = re.compile(pattern)
    for index in range(start, len(lines)):
        if expression.search(lines[index]):
            return index
    raise LookupError(f"no line matches {pattern!r}")


def grow(lines, start, end, copies, vary):
    """Repeats lines[start:end] `copies` times in place; copy k (from 1) passes through vary(line, k)."""
    block = lines[start:end]
    grown = list(block)
    for copy in range(1, copies):
        grown.extend(vary(line, copy) for line in block)
    return lines[:start] + grown + lines[end:]


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read().split("\n")


def joined(lines):
    return "\n".join(lines).encode("utf-8")


# Grown real tables -------------------------------------------------------------------------------

def bekasi_staff_table(sources, scale):
    """Bekasi, Tabel 2.6 (the staff needs table, 25 rows over three pages): its body repeated, the
    total row multiplied with it so that it still adds up as much as the original does."""
    lines = read_lines(os.path.join(sources.corpora, "bekasi/renstra-diskopukm-2025-2029.txt"))
    caption = find(lines, r"^Tabel 2\.6 ")
    header = find(lines, r"^No\tNama Jabatan", caption)
    total = find(lines, r"^\tTotal\t", header)
    lines[total] = re.sub(r"-?\d+", lambda m: str(int(m.group()) * scale), lines[total])
    rows = sum(1 for line in lines[header + 1:total] if line.strip())
    return joined(grow(lines, header + 1, total, scale, number_first_text_cell)), rows * scale


def bekasi_programme_table(sources, scale):
    """Bekasi, Tabel 4.2 (programmes, kegiatan and sub kegiatan with targets and budgets; rows wrap and
    numbers are cut over lines): its body repeated to 200 sub kegiatan at 1x, 20,000 at 100x."""
    lines = read_lines(os.path.join(sources.corpora, "bekasi/renstra-diskopukm-2025-2029.txt"))
    caption = find(lines, r"^Tabel 4\.2 ")
    start = find(lines, r"^PROGRAM ", caption)
    end = find(lines, r"^Sumber", start)
    per_copy = sum(1 for line in lines[start:end] if re.match(r"(?i)sub kegiatan", line))
    copies = math.ceil(200 * scale / per_copy)
    return joined(grow(lines, start, end, copies, number_first_text_cell)), per_copy * copies


def depok_funding_table(sources, scale):
    """Depok, the funding table (one cell per line, rows between blank lines): its programmes repeated."""
    lines = read_lines(os.path.join(sources.corpora, "depok/renstra-dkum-2021-2026.txt"))
    caption = find(lines, r"^Tabel Program Kegiatan disertai Pendanaan")
    start = find(lines, r"^\tPROGRAM ", caption)
    end = find(lines, r"^BAB VII", start)
    while not lines[end - 1].strip():
        end -= 1

    def vary(line, copy):
        # The first cell of a row block is the programme, kegiatan or sub kegiatan name.
        return line.rstrip() + f" {copy + 1}" if line.startswith("\t") and line[1:2].isalpha() else line
    rows = sum(1 for index in range(start, end) if lines[index].strip() and not lines[index - 1].strip())
    return joined(grow(lines, start, end, scale, vary)), rows * scale


def semarang_programme_table(sources, scale):
    """Semarang, Tabel 6.1 (Markdown with tab rows; activities over two lines, page headers repeated):
    its programme part repeated, each copy under another agency number in its codes."""
    lines = read_lines(os.path.join(sources.corpora, "semarang/perubahan-renstra-ii-dkum-2016-2021.txt"))
    start = find(lines, r"^Tujuan\tSasaran\tStrategi")
    end = find(lines, r"^## BAB VII", start)
    while not lines[end - 1].strip():
        end -= 1
    rows = sum(1 for line in lines[start:end] if CODE.search(line))
    return joined(grow(lines, start, end, scale, lambda line, copy: shift_code_segment(line, copy, 6))), rows * scale


def jember_layout_table(sources, scale):
    """Jember (pdftotext -layout: space-aligned columns, form feeds between pages), Tabel 6.2 (TC 27),
    the programme and funding table: its continuation pages repeated."""
    lines = read_lines(os.path.join(sources.external, "jember_dpmptsp_renstra-2021-2026.txt"))
    caption = find(lines, r"Tabel: 6\.2")
    first_page_end = find(lines, "\f", caption + 1)
    following = find(lines, r"Tabel:? 6\.3", first_page_end)
    last_page_end = following
    while "\f" not in lines[last_page_end]:
        last_page_end -= 1
    # Pages run from a line holding a form feed to the next: repeat whole continuation pages.
    rows = sum(1 for line in lines[caption:last_page_end] if re.search(r"\d{1,3}(\.\d{3}){2,}", line))
    return joined(grow(lines, first_page_end, last_page_end, scale, lambda line, copy: line)), rows * scale


def dki_html_table(sources, scale):
    """DKI Jakarta RPJMD (OCR Markdown with HTML tables): its largest table, the programmes with their
    targets and budgets, with its body rows repeated under other bidang codes."""
    path = os.path.join(sources.external, "dki-jakarta_pemprov_rpjmd-2025-2029.md")
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    tables = list(re.finditer(r"<table>.*?</table>", text, re.S))
    largest = max(tables, key=lambda match: match.end() - match.start())
    table = largest.group()
    rows = re.findall(r"<tr>.*?</tr>", table, re.S)
    header_depth = max(int(span) for span in re.findall(r'rowspan="(\d+)"', rows[0]) or ["1"])
    body = rows[header_depth:]
    grown_body = "".join(body) + "".join(shift_code_segment("".join(body), copy, 1) for copy in range(1, scale))
    body_start = table.index(body[0])
    body_end = table.rindex(body[-1]) + len(body[-1])
    grown_table = table[:body_start] + grown_body + table[body_end:]
    data = text[:largest.start()] + grown_table + text[largest.end():]
    return data.encode("utf-8"), len(body) * scale


def diy_sipd_csv(sources, scale):
    """SIPD DIY CSV export: 470 records (a tenth of the export) at 1x, each further copy as another
    region (its own kodepemda and namapemda)."""
    path = os.path.join(sources.external, "diy_sipd_renstra-subkegiatan-kab-kota-2025-2029.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    header, body = records[0], records[1:471]
    code, name = header.index("kodepemda"), header.index("namapemda")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for copy in range(scale):
        for record in body:
            if copy:
                record = list(record)
                record[code] = str(int(record[code]) + 100 * copy)
                record[name] = f"{record[name]} {copy + 1}"
            writer.writerow(record)
    return out.getvalue().encode("utf-8"), len(body) * scale


# Constructed cases ---------------------------------------------------------------------------------

def tab_document(title, table_lines):
    """A minimal document in the tab-row (Bekasi) layout around one constructed table."""
    # Twenty tab rows and two captions are what the layout detector asks of a tab-row export.
    staff = [f"{index}\tBidang {index}\t{index % 7 + 1}\t{index % 5}" for index in range(1, 21)]
    staff_total = f"JUMLAH\t\t{sum(index % 7 + 1 for index in range(1, 21))}\t{sum(index % 5 for index in range(1, 21))}"
    frame = ["BAB II", "GAMBARAN PELAYANAN", "", "Tabel 2.1 Rekapitulasi Jumlah Pegawai", "",
             "NO\tURAIAN\tPNS\tPPPK"] + staff + [staff_total, "", f"Tabel 2.2 {title}", ""]
    return joined(frame + table_lines + ["", "Sumber: Data Olahan, 2025", ""])


def grouped(value):
    """An integer in Indonesian grouping: 1234567 -> 1.234.567."""
    return f"{value:,}".replace(",", ".")


def wrong_total(sources, scale):
    """A long table whose total row is wrong in one column (20 rows at 1x, 2,000 at 100x)."""
    count = 20 * scale
    rows = [f"{index}\tKegiatan pendukung nomor {index}\t{grouped(1_000_000 + index * 1_000)}\t"
            f"{grouped(2_000_000 + index * 7_000)}\t{grouped(500_000 + index * 3_000)}" for index in range(1, count + 1)]
    sums = [sum(1_000_000 + i * 1_000 for i in range(1, count + 1)), sum(2_000_000 + i * 7_000 for i in range(1, count + 1)),
            sum(500_000 + i * 3_000 for i in range(1, count + 1)) + 1_000]
    table = ["NO\tURAIAN\tANGGARAN 2025\tANGGARAN 2026\tANGGARAN 2027"] + rows
    table.append("JUMLAH\t\t" + "\t".join(grouped(value) for value in sums))
    return tab_document("Anggaran Kegiatan Pendukung", table), count


def alternating_rounded(sources, scale):
    """A long column of one-decimal figures alternating in sign (20 rows at 1x, 2,000 at 100x), with a
    magnitude the rounding of a long run can nearly reach, and a wrong total: the subtotal search finds a
    run within tolerance below nearly every row and a sum below none."""
    count = 20 * scale
    magnitude = 0.6 * count * 0.05
    values = [magnitude if index % 2 else -magnitude for index in range(1, count + 1)]
    rows = [f"{index}\tPenyesuaian nomor {index}\t{value:.1f}".replace(".", ",") for index, value in enumerate(values, 1)]
    # Off by more than the rounding of every row together, so that the total is wrong whatever the reading.
    total = f"JUMLAH\t\t{sum(values) + 0.1 * count + 1:.1f}".replace(".", ",")
    return tab_document("Penyesuaian Anggaran (dalam juta rupiah)", ["NO\tURAIAN\tPENYESUAIAN 2025"] + rows + [total]), count


def wide_row(sources, scale):
    """One row of 200 cells at 1x (20,000 at 100x) among 8 ordinary rows (800 at 100x)."""
    width = 200 * scale
    header = "NO\tURAIAN\t2025\t2026\t2027"
    wide = "1\tRincian\t" + "\t".join(grouped(1_000_001_000 + index * 1_000) for index in range(width))
    name = "Kegiatan penyediaan jasa penunjang urusan pemerintahan daerah dan pelayanan administrasi perkantoran"
    rows = [f"{index}\t{name} nomor {index}\t{grouped(10_000_000 * index)}\t{grouped(20_000_000 * index)}\t"
            f"{grouped(30_000_000 * index)}" for index in range(2, 8 * scale + 2)]
    return tab_document("Rincian Anggaran", [header, wide] + rows), 1 + len(rows)


def unformatted_numbers(sources, scale):
    """500 large numbers at 1x (50,000 at 100x), ten to a row, every other one without thousands marks."""
    rows = []
    for index in range(1, 50 * scale + 1):
        # Every other cell grouped, so that each column sets the grouped convention the others break.
        values = (30_000_000 + index * 1_000 + column for column in range(10))
        figures = "\t".join(grouped(value) if (index + column) % 2 else str(value) for column, value in enumerate(values))
        rows.append(f"{index}\tKegiatan {index}\t{figures}")
    header = "NO\tURAIAN\t" + "\t".join(f"PAGU {2020 + column}" for column in range(10))
    return tab_document("Pagu Tanpa Pemisah Ribuan", [header] + rows), len(rows)


def long_numbers(sources, scale):
    """Numbers a double cannot hold: 500-digit and 20-digit amounts, with totals that are off by one."""
    rows, big, long_sum = [], 0, 0
    for index in range(1, 4 * scale + 1):
        huge = int("9" * 499 + str(index % 10))
        twenty = 12_345_678_901_234_567_000 + index
        big += huge
        long_sum += twenty
        rows.append(f"{index}\tRincian belanja {index}\t{grouped(twenty)}\t{huge}")
    rows.append(f"JUMLAH\t\t{grouped(long_sum + 1)}\t{big + 1}")
    header = "NO\tURAIAN\tPAGU 2025\tPAGU 2026"
    return tab_document("Pagu Sangat Besar", [header] + rows), len(rows)


def levels_from_neighbours(sources, scale):
    """A programme table whose first row names its level and whose other rows (200 at 1x, 20,000 at 100x)
    print no level word and no code: each row's level is read from the nearest stated ones."""
    rows = [f"Uraian contoh nomor {index}\t{grouped(1_000 + index)}\t{grouped(2_000 + index)}" for index in range(1, 200 * scale + 1)]
    table = ["PROGRAM/KEGIATAN\tPAGU 2025\tPAGU 2026", "PROGRAM PENINGKATAN LAYANAN\t1.000.000\t2.000.000"] + rows
    return tab_document("Rencana Program dan Pendanaan", table), 1 + len(rows)


def many_siblings(sources, scale):
    """One kegiatan with 200 sub kegiatan at 1x (20,000 at 100x) of distinct names, the seventh repeated at
    the end: a duplicate among siblings is found through an index of names, not a search of every sibling."""
    count = 200 * scale
    rows = [f"Sub Kegiatan Uraian contoh nomor {index}\t{grouped(1_000)}" for index in range(1, count + 1)]
    table = ["PROGRAM/KEGIATAN\tPAGU 2025", f"PROGRAM PENINGKATAN LAYANAN\t{grouped(1_000 * (count + 1))}",
             f"Kegiatan Penyediaan Layanan\t{grouped(1_000 * (count + 1))}"] + rows + [f"Sub Kegiatan Uraian contoh nomor 7\t{grouped(1_000)}"]
    return tab_document("Rencana Program dan Pendanaan", table), count + 3


def long_register(sources, scale):
    """An inventory of 200 items at 1x (20,000 at 100x), four of each, the seventh repeated at the end."""
    count = 200 * scale
    rows = [f"{index}.\tBarang contoh nomor {index}\t4 Unit" for index in range(1, count + 1)]
    return tab_document("Data Perlengkapan Kantor", ["NO\tNAMA BARANG\tJUMLAH"] + rows + [f"{count + 1}.\tBarang contoh nomor 7\t4 Unit"]), count + 1


CASES = {
    "tab-staff": ("bekasi", bekasi_staff_table, "txt"),
    "tab-programme": ("bekasi", bekasi_programme_table, "txt"),
    "cell-per-line": ("depok", depok_funding_table, "txt"),
    "markdown-tabs": ("semarang", semarang_programme_table, "txt"),
    "layout-columns": ("jember", jember_layout_table, "txt"),
    "html-tables": ("dki", dki_html_table, "md"),
    "csv": ("diy", diy_sipd_csv, "csv"),
    "wrong-total": ("constructed", wrong_total, "txt"),
    "alternating-rounded": ("constructed", alternating_rounded, "txt"),
    "wide-row": ("constructed", wide_row, "txt"),
    "unformatted-numbers": ("constructed", unformatted_numbers, "txt"),
    "long-numbers": ("constructed", long_numbers, "txt"),
    "levels-from-neighbours": ("constructed", levels_from_neighbours, "txt"),
    "many-siblings": ("constructed", many_siblings, "txt"),
    "long-register": ("constructed", long_register, "txt"),
}


class Sources:
    def __init__(self, corpora, external):
        self.corpora, self.external = corpora, external


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--corpora", default=os.path.join(os.path.dirname(__file__), "..", "corpora"))
    parser.add_argument("--external", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "external"))
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    arguments = parser.parse_args()
    if arguments.list:
        for name, (_, function, _) in CASES.items():
            print(f"{name}: {function.__doc__.splitlines()[0]}")
        return 0
    if not arguments.out:
        parser.error("OUT_DIR is required")
    os.makedirs(arguments.out, exist_ok=True)
    sources = Sources(arguments.corpora, arguments.external)
    for name in arguments.cases.split(","):
        if name not in CASES:
            parser.error(f"unknown case {name!r}; --list shows them")
        _, function, extension = CASES[name]
        for scale in (int(value) for value in arguments.scales.split(",")):
            try:
                data, rows = function(sources, scale)
            except FileNotFoundError as error:
                print(f"adversarial-inputs: {name} skipped: {error.filename} is absent", file=sys.stderr)
                break
            path = os.path.join(arguments.out, f"{name}-{scale}x.{extension}")
            with open(path, "wb") as handle:
                handle.write(data)
            print(f"{name}\t{scale}\t{rows}\t{len(data)}\t{path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
