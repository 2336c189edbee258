/// Reads the Depok export layout (DESIGN.md §2): a word-processor export with one table cell per
/// line (each starting with a tab), a blank line between rows, captions above the tables, and an
/// appendix of space-separated review tables (T-C.23, T-C.24) after the last chapter.
struct DepokIngester: LayoutIngester {
    let layout = Layout.depok

    func ingest(_ source: SourceText) -> RenstraDocument {
        var reader = DepokDocumentReader(source: source)
        reader.read()
        var document = RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                                       blocks: reader.blocks, tableList: TableListParser.parse(source),
                                       uninterpreted: reader.uninterpreted, warnings: reader.warnings)
        for table in document.tables {
            guard let builder = DepokPlanBuilder(source: source, table: table) else { continue }
            let (plan, unplaced) = builder.build()
            document.plan += plan
            document.uninterpreted += unplaced
        }
        document.uninterpreted.sort { $0.line < $1.line }
        return document
    }
}

/// Walks the lines once, in order, turning each run into prose blocks, a table, or the appendix.
struct DepokDocumentReader {
    /// Title lines allowed under a caption before its first cell (`Tabel 3.4` has two), and blank
    /// lines allowed in a row there (`Tabel 7.2` has two).
    static let longestCaptionTitle = 3
    static let longestGapAfterCaption = 3

    let source: SourceText
    private(set) var blocks: [Block] = []
    private(set) var uninterpreted: [UninterpretedLine] = []
    private(set) var warnings: [Localized] = []
    private var chapter: String?

    init(source: SourceText) { self.source = source }

    private var lines: [String] { source.lines }

    mutating func read() {
        var index = 0
        while index < lines.count {
            let raw = lines[index]
            if DepokLine.isBlank(raw) {
                index += 1
            } else if DepokAppendixReader.startsTable(lines, at: index) {
                index = readAppendix(from: index)
            } else if DepokLine.isEmbeddedImage(raw) {
                uninterpreted.append(UninterpretedLine(line: index + 1, text: raw.trimmingWhitespace(),
                                                       reason: DepokLine.embeddedImageReason))
                index += 1
            } else if let next = readCaptionedTable(at: index) ?? readUncaptionedTable(at: index) {
                index = next
            } else {
                appendProse(at: index)
                index += 1
            }
        }
    }

    private mutating func appendProse(at index: Int) {
        guard let block = ProseReader.block(for: lines[index], line: index + 1) else { return }
        if case .heading(let heading) = block, heading.level == 1, let number = heading.number {
            chapter = number
        }
        blocks.append(block)
    }

    /// A caption (`Tabel c. …`, `Tabel 4.2` with its title on the next lines), then the cells.
    private mutating func readCaptionedTable(at index: Int) -> Int? {
        guard var caption = CaptionParser.parse(lines[index], line: index + 1) else { return nil }
        var titleLines: [Int] = []
        var cursor = index + 1
        var blanks = 0
        while cursor < lines.count, !DepokLine.isCell(lines[cursor]) {
            let raw = lines[cursor]
            if DepokLine.isBlank(raw) {
                blanks += 1
                guard blanks <= Self.longestGapAfterCaption else { return nil }
            } else {
                let isTitle = !DepokLine.endsTable(raw, line: cursor + 1) && !DepokAppendixReader.startsTable(lines, at: cursor)
                guard isTitle, titleLines.count < Self.longestCaptionTitle else { return nil }
                titleLines.append(cursor)
                blanks = 0
            }
            cursor += 1
        }
        guard cursor < lines.count else { return nil }
        let titles = [caption.title] + titleLines.map { lines[$0].trimmingWhitespace() }
        caption.title = titles.filter { !$0.isEmpty }.joined(separator: " ")
        if let last = titleLines.last { caption.lines = caption.lines.union(LineSpan(last + 1)) }
        let (rows, next) = DepokCellReader(lines: lines).read(from: cursor)
        return appendTable(rows, caption: caption, next: next)
    }

    /// Cell lines without a caption form a table only when at least two rows have two cells or more
    /// (the page-header fragments `\tRENCANA STRATEGIS …` do not). A title line right above it
    /// (`Telaahan terhadap Renstra Kementrian …`) is kept as an unnumbered caption.
    private mutating func readUncaptionedTable(at index: Int) -> Int? {
        let raw = lines[index]
        let titleIndex: Int?
        let cellIndex: Int
        if DepokLine.isCell(raw) {
            (titleIndex, cellIndex) = (nil, index)
        } else if index + 1 < lines.count, DepokLine.isCell(lines[index + 1]), isPlausibleTitle(raw) {
            (titleIndex, cellIndex) = (index, index + 1)
        } else {
            return nil
        }
        let (rows, next) = DepokCellReader(lines: lines).read(from: cellIndex)
        guard rows.filter({ $0.cells.count >= 2 }).count >= 2 else { return nil }
        let caption = titleIndex.map { TableCaption(label: nil, numberParts: [], title: lines[$0].trimmingWhitespace(), lines: LineSpan($0 + 1)) }
        return appendTable(rows, caption: caption, next: next)
    }

    private func isPlausibleTitle(_ raw: String) -> Bool {
        let text = raw.trimmingWhitespace()
        guard text.count <= 160, let last = text.last, !".:;,".contains(last) else { return false }
        if case .paragraph = ProseReader.block(for: raw, line: 0) { return true }
        return false
    }

    private mutating func appendTable(_ rows: [DraftRow], caption: TableCaption?, next: Int) -> Int? {
        guard !rows.isEmpty else { return nil }
        let (table, unplaced) = DepokTableBuilder.build(rows: rows, caption: caption, chapter: chapter.map { "BAB " + $0 })
        blocks.append(.table(table))
        uninterpreted += unplaced
        return next
    }

    private mutating func readAppendix(from start: Int) -> Int {
        let output = DepokAppendixReader(source: source).read(from: start)
        blocks += output.tables.map { .table($0) }
        uninterpreted += output.uninterpreted
        warnings += output.warnings
        return output.next
    }
}
