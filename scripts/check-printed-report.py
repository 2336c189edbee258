#!/usr/bin/env python3
"""Checks that a printed renstra-lint HTML report shows its table excerpts whole.

Usage: scripts/check-printed-report.py REPORT.html REPORT.pdf

REPORT.pdf is REPORT.html printed by a browser (scripts/check-printed-report.sh uses headless
Chromium). The PDF is read with `pdftotext -bbox-layout`, which gives every word's box; poppler drops
characters outside the page box, so a value cut off the page is simply missing. Two checks:

- width: no word ends beyond the printable width, the page width less the right margin of the report's
  `@page` rule (or starts before the left margin), within a small tolerance;
- excerpts: every row of every table excerpt is found printed with each of its cells, in column order,
  and so is every outlined cell (the wrong cell, `td.found`, and the dashed cells it was computed from,
  `td.operand`). A printed row starts with its source line number in the first column; the row's words
  are grouped into columns by their horizontal extent, and each column's text must equal the cell's
  text, whitespace and line-end hyphens aside. An outlined figure must moreover not be broken inside a
  word (`8.448.363.27` over `4` reads as another number); other figures broken so are counted.

Prints one summary line and exits 0 when both checks pass; otherwise prints each problem (with its
finding) and exits 1.
"""
import html
import html.parser
import os
import re
import subprocess
import sys
import unicodedata

WIDTH_TOLERANCE = 1.5  # points: a glyph's advance may end a little past the edge of its line box
SAME_LINE = 2.0  # points between the tops of words on one printed line (fallback fonts sit differently)
# Points: more between two words of a printed line than a space; the texts of two cells are at least
# 6.75 pt apart (the printed excerpt's padding, 2 × 3 pt, and a border).
WORD_GAP = 4.5
LINE_GAP = 14.0  # points: more between two printed lines than a cell's line height ends the row
LOOKAHEAD_PAGES = 2  # pages past the first place a row's line number is printed where the row is looked for
A4 = (595.28, 841.89)
POINTS_PER = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0, "px": 0.75}


class Report(html.parser.HTMLParser):
    """The parts of the HTML report the check needs: its stylesheet, and each excerpt row's cells with
    the finding the excerpt belongs to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.styles = ""
        self.rows = []  # {"finding": str, "line": str, "cells": [(classes, text)]}
        self.excerpts = 0
        self._file = ""
        self._finding = None
        self._in_excerpt = False
        self._in_body = False
        self._row = None
        self._capture = None  # (tag, [text pieces], what to do with the text)

    def handle_starttag(self, tag, attributes):
        classes = (dict(attributes).get("class") or "").split()
        if tag == "style":
            self._start_capture(tag, self._add_styles)
        elif tag == "h2" and self._finding is None:
            self._start_capture(tag, self._set_file)
        elif tag == "article" and "finding" in classes:
            self._finding = {"file": self._file, "rule": "", "where": ""}
        elif self._finding is not None and tag == "code" and "rule" in classes:
            self._start_capture(tag, lambda text: self._finding.update(rule=text))
        elif self._finding is not None and tag == "span" and "where" in classes:
            self._start_capture(tag, lambda text: self._finding.update(where=text))
        elif tag == "div" and "excerpt" in classes:
            self._in_excerpt = True
            self.excerpts += 1
        elif self._in_excerpt and tag == "tbody":
            self._in_body = True
        elif self._in_body and tag == "tr":
            self._row = {"finding": self._describe_finding(), "line": "", "cells": []}
        elif self._row is not None and tag == "td":
            self._start_capture(tag, lambda text: self._row["cells"].append((classes, text)))

    def handle_endtag(self, tag):
        if self._capture and self._capture[0] == tag:
            _, pieces, finish = self._capture
            self._capture = None
            finish("".join(pieces))
        elif tag == "tr" and self._row is not None:
            self._row["line"] = self._row["cells"][0][1].strip() if self._row["cells"] else ""
            self.rows.append(self._row)
            self._row = None
        elif tag == "tbody":
            self._in_body = False
        elif tag == "table":
            self._in_excerpt = False
        elif tag == "article":
            self._finding = None

    def handle_data(self, data):
        if self._capture:
            self._capture[1].append(data)

    def _start_capture(self, tag, finish):
        self._capture = (tag, [], finish)

    def _add_styles(self, text):
        self.styles += text

    def _set_file(self, text):
        self._file = text.strip()

    def _describe_finding(self):
        finding = self._finding or {}
        return " ".join(part for part in (finding.get("file"), finding.get("rule"), finding.get("where")) if part)


def page_margins(styles):
    """The left and right margins, in points, of the first `@page` rule that sets `margin`."""
    match = re.search(r"@page\s*\{[^{}]*?\bmargin\s*:\s*([^;}]+)", styles)
    if not match:
        sys.exit("check-printed-report: the report has no @page margin")
    values = []
    for value in match.group(1).split():
        number = re.fullmatch(r"([0-9.]+)(mm|cm|in|pt|px)?", value)
        if not number:
            sys.exit(f"check-printed-report: cannot read the @page margin {match.group(1)!r}")
        values.append(float(number.group(1)) * POINTS_PER[number.group(2) or "px"])
    right = values[1] if len(values) > 1 else values[0]
    left = values[3] if len(values) > 3 else right
    return left, right


def printed_pages(pdf):
    """Each page as (width, height, lines), a line being its words (x0, y0, x1, text) left to right,
    lines top to bottom."""
    layout = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True,
                            text=True, encoding="utf-8").stdout
    pages = []
    for page in re.finditer(r'<page width="([0-9.]+)" height="([0-9.]+)">(.*?)</page>', layout, re.S):
        words = [(float(x0), float(y0), float(x1), html.unescape(text)) for x0, y0, x1, text in re.findall(
            r'<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" xMax="([0-9.-]+)" yMax="[0-9.-]+">([^<]*)</word>', page.group(3))]
        words.sort(key=lambda word: (word[1], word[0]))
        lines = []
        for word in words:
            if lines and word[1] - lines[-1][0][1] <= SAME_LINE:
                lines[-1].append(word)
            else:
                lines.append([word])
        pages.append((float(page.group(1)), float(page.group(2)), [sorted(line) for line in lines]))
    return pages


def normalised(text):
    return re.sub(r"[\s\u00ad\u200b]+", "", unicodedata.normalize("NFKC", text))


def printed_row(lines, start):
    """The columns of the excerpt row whose line number starts printed line `start`: the row's words
    (down to a line that starts in the line-number column or lies too far below), in runs separated by
    less than a column gap on each line, the runs that overlap horizontally merged into one column;
    each column as its lines of text."""
    number_end = lines[start][0][2]
    row = [lines[start]]
    for line in lines[start + 1:]:
        if line[0][1] - row[-1][0][1] > LINE_GAP or line[0][0] <= number_end:
            break
        row.append(line)
    columns = []  # [x0, x1, {line index: [words]}]: first each line's runs of words closer than a column gap
    for index, line in enumerate(row):
        for word in line:
            if columns and columns[-1][2].get(index) and word[0] - columns[-1][1] < WORD_GAP:
                columns[-1][1] = word[2]
                columns[-1][2][index].append(word[3])
            else:
                columns.append([word[0], word[2], {index: [word[3]]}])
    columns.sort(key=lambda column: column[0])
    merged = []
    for column in columns:
        if merged and column[0] <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], column[1])
            for index, words in column[2].items():
                merged[-1][2].setdefault(index, []).extend(words)
        else:
            merged.append(column)
    return [[" ".join(words) for _, words in sorted(column[2].items())] for column in merged]


def column_matches(column_lines, text):
    expected = normalised(text)
    if normalised("".join(column_lines)) == expected:
        return True
    unhyphenated = [line[:-1] if line.endswith(("-", "\u2010")) and index < len(column_lines) - 1 else line
                    for index, line in enumerate(column_lines)]
    return normalised("".join(unhyphenated)) == expected


def row_matches(columns, cells):
    shown = [text for _, text in cells if normalised(text)]
    return len(columns) == len(shown) and all(column_matches(column, text) for column, text in zip(columns, shown))


def broken_figure(column_lines, text):
    """Whether a figure is printed with a line break inside one of its words (`8.448.363.27` over `4`)."""
    printed = [normalised(word) for word in " ".join(column_lines).split()]
    return printed != [normalised(word) for word in text.split()]


def width_problems(pages, styles):
    """Words past the printable width or inside the left margin, pages not of the @page size; and the
    right end of the rightmost word, with the printable width."""
    left_margin, right_margin = page_margins(styles)
    problems, rightmost, limit = [], 0.0, 0.0
    for number, (width, height, lines) in enumerate(pages, 1):
        if "size: A4" in styles and (abs(width - A4[0]) > 2 or abs(height - A4[1]) > 2):
            problems.append(f"page {number}: {width:.1f} × {height:.1f} pt, not A4 as the @page rule says")
        limit = width - right_margin
        for line in lines:
            for x0, _, x1, text in line:
                rightmost = max(rightmost, x1)
                if x1 > limit + WIDTH_TOLERANCE:
                    problems.append(f"page {number}: {text!r} ends at {x1:.1f} pt, beyond the printable width ({limit:.1f} pt)")
                if x0 < left_margin - WIDTH_TOLERANCE:
                    problems.append(f"page {number}: {text!r} starts at {x0:.1f} pt, inside the left margin ({left_margin:.1f} pt)")
    return problems, rightmost, limit


class ExcerptCheck:
    """Finds each excerpt row of the report in the printed pages, in document order, and counts the
    outlined cells printed whole."""

    def __init__(self, pages):
        self.pages = pages
        # Where a printed line starts with a number: the rows' line numbers, and whatever else does.
        self.starts = [(number, index) for number, (_, _, lines) in enumerate(pages)
                       for index, line in enumerate(lines) if line[0][3].isdigit()]
        self.position = 0
        self.problems = []
        self.outlined = {"found": [0, 0], "operand": [0, 0]}
        self.rows_whole = 0
        self.figures_wrapped = 0

    def check(self, row):
        candidates = [at for at in range(self.position, len(self.starts)) if self._first_word(at) == row["line"]]
        candidates = [at for at in candidates if self.starts[at][0] <= self.starts[candidates[0]][0] + LOOKAHEAD_PAGES]
        columns_of = {at: printed_row(self.pages[self.starts[at][0]][2], self.starts[at][1]) for at in candidates}
        matched = next((at for at in candidates if row_matches(columns_of[at], row["cells"])), None)
        if matched is None:
            printed = columns_of[candidates[0]] if candidates else []
            shown = (f"page {self.starts[candidates[0]][0] + 1}: " + " | ".join(" ".join(column) for column in printed)
                     if candidates else "its line number is not printed at the start of a line")
            self.problems.append(f"{row['finding']}: excerpt row {row['line']} not printed whole ({shown})")
            for classes, text in row["cells"]:
                self._count(row, classes, text, next((column for column in printed if column_matches(column, text)), None))
            return
        self.position = matched + 1
        self.rows_whole += 1
        shown = [(classes, text) for classes, text in row["cells"] if normalised(text)]
        for (classes, text), column in zip(shown, columns_of[matched]):
            self._count(row, classes, text, column)

    def _first_word(self, at):
        page, line = self.starts[at]
        return self.pages[page][2][line][0][3]

    def _count(self, row, classes, text, column):
        wrapped = column is not None and "num" in classes and broken_figure(column, text)
        self.figures_wrapped += wrapped
        for kind in self.outlined:
            if kind not in classes:
                continue
            self.outlined[kind][1] += 1
            if column is None:
                self.problems.append(f"{row['finding']}: outlined value {text!r} ({kind}, row {row['line']}) missing from the PDF")
            elif wrapped:
                self.problems.append(f"{row['finding']}: outlined figure {text!r} ({kind}, row {row['line']}) broken across lines: "
                                     + " / ".join(column))
            else:
                self.outlined[kind][0] += 1


def main(arguments):
    if len(arguments) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    report_path, pdf_path = arguments
    report = Report()
    with open(report_path, encoding="utf-8") as report_file:
        report.feed(report_file.read())
    pages = printed_pages(pdf_path)
    problems, rightmost, limit = width_problems(pages, report.styles)
    if not pages:
        problems.append("the PDF has no page with text")
    excerpts = ExcerptCheck(pages)
    for row in report.rows:
        excerpts.check(row)
    problems += excerpts.problems
    if problems:
        for problem in problems:
            print(f"{os.path.basename(pdf_path)}: {problem}")
        print(f"{os.path.basename(pdf_path)}: FAILED, {len(problems)} problems")
        return 1
    found, operands = excerpts.outlined["found"], excerpts.outlined["operand"]
    print(f"{os.path.basename(pdf_path)}: {len(pages)} A4 pages, {report.excerpts} excerpts "
          f"({excerpts.rows_whole}/{len(report.rows)} rows whole), outlined values found {found[0]}/{found[1]} "
          f"(operands {operands[0]}/{operands[1]}), {excerpts.figures_wrapped} other figures wrapped; "
          f"rightmost word ends at {rightmost:.1f} pt, printable width {limit:.1f} pt")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
