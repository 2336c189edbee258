/// Stretches of a text that look like prose line by line but are not: the table of contents and the
/// lists of tables and figures (entries ending in a page number, often without dot leaders:
/// `1.1. Latar Belakang 1`, `Tabel 2.1 Pembagian Wilayah Jakarta 12`), and HTML `<table>` blocks whose
/// cells run over many lines (`1. penyediaan …` / `2. pembangunan …` inside one cell). Found once per
/// text, in one pass over its lines.
struct ProseRegions {
    /// Lines of a contents list, from its `DAFTAR ISI` (or `DAFTAR TABEL`, `DAFTAR GAMBAR` …) heading to
    /// its last entry.
    private(set) var contents: [ClosedRange<Int>] = []
    /// Lines from an opening `<table` to its closing `</table>`.
    private(set) var htmlTables: [ClosedRange<Int>] = []

    /// How many lines that are not entries (page headers and footers, blank-free gaps) a contents list
    /// may hold before it is over.
    static let contentsGap = 6

    init(_ source: SourceText) {
        var line = 1
        let count = source.lines.count
        while line <= count {
            let text = source.line(line)
            if let end = Self.htmlTableEnd(from: line, in: source) {
                htmlTables.append(line...end)
                line = end + 1
            } else if Self.isContentsHeading(text) {
                let end = Self.contentsEnd(from: line, in: source)
                contents.append(line...end)
                line = end + 1
            } else {
                line += 1
            }
        }
    }

    func isContents(_ line: Int) -> Bool { Self.find(line, in: contents) }

    func isHTMLTable(_ line: Int) -> Bool { Self.find(line, in: htmlTables) }

    private static func find(_ line: Int, in ranges: [ClosedRange<Int>]) -> Bool {
        // Ranges are sorted and disjoint: the last one starting at or before the line.
        let after = ranges.partitioningIndex { $0.lowerBound > line }
        return after > 0 && ranges[after - 1].contains(line)
    }

    /// `DAFTAR ISI`, `# DAFTAR TABEL`, `**DAFTAR GAMBAR**`, `DAFTAR LAMPIRAN`: the heading of a contents list.
    static func isContentsHeading(_ raw: String) -> Bool {
        guard raw.containsIgnoringCase("daftar") else { return false }
        let words = MarkupStripper.strip(raw).trimmingCharacters(in: "#* \t").uppercased().blankSeparatedWords()
        guard words.count >= 2, words.count <= 6, words[0] == "DAFTAR" else { return false }
        return ["ISI", "TABEL", "GAMBAR", "GRAFIK", "LAMPIRAN", "BAGAN", "DIAGRAM", "PETA"].contains(String(words[1]))
    }

    /// The last entry of the contents list whose heading is at `start`.
    static func contentsEnd(from start: Int, in source: SourceText) -> Int {
        var last = start, gap = 0, line = start + 1
        while line <= source.lines.count, gap <= contentsGap {
            let text = source.line(line)
            if text.allSatisfy(\.isWhitespace) {
                line += 1
                continue
            }
            if isContentsHeading(text) || isEntry(text) {
                last = line
                gap = 0
            } else {
                gap += 1
            }
            line += 1
        }
        return last
    }

    /// A contents entry: dot leaders or a tab before the page (see `ProseReader.isContentsEntry`), or
    /// words ending in a page number, arabic or lower-case roman (`2.2.1 Geografi 11`, `Hal | iii`).
    static func isEntry(_ raw: String) -> Bool {
        if ProseReader.isContentsEntry(raw) { return true }
        let text = MarkupStripper.strip(raw).trimmingWhitespace()
        let words = text.blankSeparatedWords()
        guard words.count >= 2, let page = words.last, text.contains(where: \.isLetter) else { return false }
        let number = page.hasPrefix("-") ? page.dropFirst() : page
        return (!number.isEmpty && number.count <= 3 && number.allSatisfy(\.isNumber))
            || (page.count <= 5 && page.allSatisfy { "ivxl".contains($0) })
    }

    /// The line closing the HTML table opened on `start`, when the line opens one (the last line of the
    /// text when it is never closed).
    static func htmlTableEnd(from start: Int, in source: SourceText) -> Int? {
        guard source.line(start).containsLiteral("<table") else { return nil }
        var line = start
        while line < source.lines.count, !source.line(line).containsLiteral("</table>") { line += 1 }
        return line
    }
}
