/// Recognises which export layout a file is, from cheap signals in its lines.
public enum LayoutDetector {
    public static func detect(_ source: SourceText) -> Layout {
        var markdownHeadings = 0, htmlBold = 0, tabRows = 0, lonelyTabCells = 0, chartLabels = 0, tableCaptions = 0
        for line in source.lines {
            // Byte prefixes: every line of the file passes here, and most fail on the first byte alone.
            let head = line.utf8.first
            func starts(_ prefix: String) -> Bool { head == prefix.utf8.first && line.utf8.starts(with: prefix.utf8) }
            if starts("#") { markdownHeadings += 1 }
            if line.containsLiteral("<b>") { htmlBold += 1 }
            let isTab = { (byte: UInt8) in byte == UInt8(ascii: "\t") }
            // Counted in the contiguous UTF-8 storage: walking the UTF-8 view cost more than the rest of detection.
            let tabs = line.utf8.withContiguousStorageIfAvailable { $0.count(where: isTab) } ?? line.utf8.count(where: isTab)
            if starts("\t") && tabs == 1 { lonelyTabCells += 1 } else if tabs >= 2 { tabRows += 1 }
            if starts("Tabel") || starts("TABEL") || starts("**Tabel") { tableCaptions += 1 }
            if line.containsLiteral("SASARAN 1 SASARAN 2") || starts("INDIKATOR KEGIATAN") { chartLabels += 1 }
        }
        if markdownHeadings >= 5 && htmlBold >= 1 { return .semarang }
        if lonelyTabCells >= 50 && lonelyTabCells > tabRows { return .depok }
        if tabRows >= 20 && tableCaptions >= 2 { return .bekasi }
        if chartLabels >= 1 && tabRows < 5 { return .performanceChart }
        return .unknown
    }
}
