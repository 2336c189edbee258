/// Recognises which export layout a file is, from cheap signals in its lines.
public enum LayoutDetector {
    /// A line of `pdftotext -layout` output typically holds a run of this many spaces between columns.
    static let columnGap = 3

    public static func detect(_ source: SourceText) -> Layout {
        var markdownHeadings = 0, htmlBold = 0, tabRows = 0, lonelyTabCells = 0, chartLabels = 0, tableCaptions = 0
        var chapterLines = 0, htmlTables = 0, pipeSeparators = 0, formFeeds = 0, gappedLines = 0, textLines = 0
        for line in source.lines {
            // Byte prefixes: every line of the file passes here, and most fail on the first byte alone.
            let head = line.utf8.first
            func starts(_ prefix: String) -> Bool { head == prefix.utf8.first && line.utf8.starts(with: prefix.utf8) }
            if starts("#") { markdownHeadings += 1 }
            if starts("BAB ") || starts("Bab ") { chapterLines += 1 }
            if line.containsLiteral("<b>") { htmlBold += 1 }
            if line.containsIgnoringCase("<table") { htmlTables += 1 }
            let isTab = { (byte: UInt8) in byte == UInt8(ascii: "\t") }
            // Counted in the contiguous UTF-8 storage: walking the UTF-8 view cost more than the rest of detection.
            let tabs = line.utf8.withContiguousStorageIfAvailable { $0.count(where: isTab) } ?? line.utf8.count(where: isTab)
            if starts("\t") && tabs == 1 { lonelyTabCells += 1 } else if tabs >= 2 { tabRows += 1 }
            if starts("Tabel") || starts("TABEL") || starts("**Tabel") { tableCaptions += 1 }
            if line.containsLiteral("SASARAN 1 SASARAN 2") || starts("INDIKATOR KEGIATAN") { chartLabels += 1 }
            if MarkdownPipeTokenizer.isSeparator(line) { pipeSeparators += 1 }
            if head == 0x0C || line.utf8.contains(0x0C) { formFeeds += 1 }
            if line.utf8.count >= 20 {
                textLines += 1
                if hasColumnGap(line) { gappedLines += 1 }
            }
        }
        if markdownHeadings >= 5 && htmlBold >= 1 { return .semarang }
        if lonelyTabCells >= 50 && lonelyTabCells > tabRows { return .depok }
        if tabRows >= 20 && tableCaptions >= 2 { return .bekasi }
        // A chart has labels and no chapters; a plan may quote a chart's label in one of its tables.
        if chartLabels >= 1 && tabRows < 5 && chapterLines < 3 { return .performanceChart }
        if htmlTables >= 1 || pipeSeparators >= 1 { return .markdown }
        if DelimitedTokenizer.separator(of: source) != nil { return .delimited }
        if formFeeds >= 2 || textLines >= 50 {
            // Layout output aligns columns with runs of spaces on many lines; reading-order output does not.
            if gappedLines * 10 >= textLines { return .pdfLayout }
            if formFeeds >= 2 { return .pdfReadingOrder }
        }
        if markdownHeadings >= 5 { return .markdown }
        return .unknown
    }

    /// Whether a run of `columnGap` spaces stands between two words of the line (indentation aside).
    static func hasColumnGap(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0C { index += 1 }
            var spaces = 0
            while index < bytes.count {
                if bytes[index] == 0x20 {
                    spaces += 1
                } else {
                    if spaces >= columnGap { return true }
                    spaces = 0
                }
                index += 1
            }
            return false
        } ?? false
    }
}
