/// Recognises which export layout a file is, from cheap signals in its lines.
public enum LayoutDetector {
    /// A line of `pdftotext -layout` output typically holds a run of this many spaces between columns.
    static let columnGap = 3

    public static func detect(_ source: SourceText) -> Layout {
        // Each line's signs are read on their own (on every core for a long file), then counted.
        let signs = source.lines.mapOnCoresWhenLarge(LineSigns.init)
        func count(_ sign: LineSigns) -> Int { signs.reduce(0) { $1.contains(sign) ? $0 + 1 : $0 } }
        let markdownHeadings = count(.markdownHeading), htmlBold = count(.htmlBold), tabRows = count(.tabRow)
        let lonelyTabCells = count(.lonelyTabCell), chartLabels = count(.chartLabel), tableCaptions = count(.tableCaption)
        let chapterLines = count(.chapter), htmlTables = count(.htmlTable), pipeSeparators = count(.pipeSeparator)
        let formFeeds = count(.formFeed), gappedLines = count(.columnGap), textLines = count(.textLine)
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

    /// What one line shows of its layout.
    struct LineSigns: OptionSet, Sendable {
        let rawValue: UInt16

        init(rawValue: UInt16) { self.rawValue = rawValue }

        static let markdownHeading = LineSigns(rawValue: 1 << 0)
        static let chapter = LineSigns(rawValue: 1 << 1)
        static let htmlBold = LineSigns(rawValue: 1 << 2)
        static let htmlTable = LineSigns(rawValue: 1 << 3)
        static let lonelyTabCell = LineSigns(rawValue: 1 << 4)
        static let tabRow = LineSigns(rawValue: 1 << 5)
        static let tableCaption = LineSigns(rawValue: 1 << 6)
        static let chartLabel = LineSigns(rawValue: 1 << 7)
        static let pipeSeparator = LineSigns(rawValue: 1 << 8)
        static let formFeed = LineSigns(rawValue: 1 << 9)
        /// A line of 20 bytes or more.
        static let textLine = LineSigns(rawValue: 1 << 10)
        /// A text line with a run of `columnGap` spaces between two words.
        static let columnGap = LineSigns(rawValue: 1 << 11)

        init(_ line: String) {
            var signs: LineSigns = []
            // Byte prefixes: every line of the file passes here, and most fail on the first byte alone.
            let head = line.utf8.first
            func starts(_ prefix: String) -> Bool { head == prefix.utf8.first && line.utf8.starts(with: prefix.utf8) }
            if starts("#") { signs.insert(.markdownHeading) }
            if starts("BAB ") || starts("Bab ") { signs.insert(.chapter) }
            if line.containsLiteral("<b>") { signs.insert(.htmlBold) }
            if line.containsIgnoringCase("<table") { signs.insert(.htmlTable) }
            let isTab = { (byte: UInt8) in byte == UInt8(ascii: "\t") }
            // Counted in the contiguous UTF-8 storage: walking the UTF-8 view cost more than the rest of detection.
            let tabs = line.utf8.withContiguousStorageIfAvailable { $0.count(where: isTab) } ?? line.utf8.count(where: isTab)
            if starts("\t") && tabs == 1 { signs.insert(.lonelyTabCell) } else if tabs >= 2 { signs.insert(.tabRow) }
            if starts("Tabel") || starts("TABEL") || starts("**Tabel") { signs.insert(.tableCaption) }
            if line.containsLiteral("SASARAN 1 SASARAN 2") || starts("INDIKATOR KEGIATAN") { signs.insert(.chartLabel) }
            if MarkdownPipeTokenizer.isSeparator(line) { signs.insert(.pipeSeparator) }
            if line.containsByte(where: { $0 == 0x0C }) { signs.insert(.formFeed) }
            if line.utf8.count >= 20 {
                signs.insert(.textLine)
                if LayoutDetector.hasColumnGap(line) { signs.insert(.columnGap) }
            }
            self = signs
        }
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
