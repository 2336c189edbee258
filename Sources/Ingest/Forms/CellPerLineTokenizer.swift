/// Tables of a word-processor export saved as text with one table cell per line: each cell line starts
/// with a tab, a blank line ends a row, a line without a tab right after a cell continues it. Merged
/// header cells are written once, so the header rows are shorter than the table; they are laid out over
/// the columns here (`HeaderSpanExpander`). A caption (`Tabel c. …`, `Tabel 4.2` with its title on the
/// next lines) stands above a table; without one, a title line right above the cells is kept as an
/// unnumbered caption.
public struct CellPerLineTokenizer: TableTokenizer {
    public let form = TextForm.cellPerLine
    /// Title lines allowed under a caption before its first cell (`Tabel 3.4` has two), and blank lines
    /// allowed there (`Tabel 7.2` has two).
    static let longestCaptionTitle = 3
    static let longestGapAfterCaption = 3
    /// Lines other readers have claimed (an appendix of another form): never part of a table here.
    let setAside: Set<Int>

    public init(setAside: Set<Int> = []) { self.setAside = setAside }

    public func drafts(in source: SourceText) -> [TableDraft] {
        let lines = source.lines
        var drafts: [TableDraft] = []
        var index = 0
        while index < lines.count {
            if setAside.contains(index + 1) || CellLine.isBlank(lines[index]) {
                index += 1
            } else if let (draft, next) = captionedTable(at: index, lines) ?? uncaptionedTable(at: index, lines) {
                drafts.append(draft)
                index = next
            } else {
                index += 1
            }
        }
        return drafts
    }

    /// A caption (`Tabel c. …`, `Tabel 4.2` with its title on the next lines), then the cells.
    func captionedTable(at index: Int, _ lines: [String]) -> (TableDraft, Int)? {
        guard var caption = CaptionParser.parse(lines[index], line: index + 1) else { return nil }
        var titleLines: [Int] = []
        var cursor = index + 1
        var blanks = 0
        while cursor < lines.count, !CellLine.isCell(lines[cursor]) {
            let raw = lines[cursor]
            if CellLine.isBlank(raw) {
                blanks += 1
                guard blanks <= Self.longestGapAfterCaption else { return nil }
            } else {
                let isTitle = !CellLine.endsTable(raw, line: cursor + 1) && !setAside.contains(cursor + 1)
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
        let (rows, next) = CellPerLineReader(lines: lines).read(from: cursor)
        return draft(rows, caption: caption, next: next)
    }

    /// Cell lines without a caption form a table only when at least two rows have two cells or more
    /// (page-header fragments such as `\tRENCANA STRATEGIS …` do not). A title line right above it
    /// (`Telaahan terhadap Renstra Kementrian …`) is kept as an unnumbered caption.
    func uncaptionedTable(at index: Int, _ lines: [String]) -> (TableDraft, Int)? {
        let raw = lines[index]
        let titleIndex: Int?
        let cellIndex: Int
        if CellLine.isCell(raw) {
            (titleIndex, cellIndex) = (nil, index)
        } else if index + 1 < lines.count, CellLine.isCell(lines[index + 1]), isPlausibleTitle(raw) {
            (titleIndex, cellIndex) = (index, index + 1)
        } else {
            return nil
        }
        let (rows, next) = CellPerLineReader(lines: lines).read(from: cellIndex)
        guard rows.filter({ $0.cells.count >= 2 }).count >= 2 else { return nil }
        let caption = titleIndex.map { TableCaption(label: nil, numberParts: [], title: lines[$0].trimmingWhitespace(), lines: LineSpan($0 + 1)) }
        return draft(rows, caption: caption, next: next)
    }

    func isPlausibleTitle(_ raw: String) -> Bool {
        let text = raw.trimmingWhitespace()
        guard text.count <= 160, let last = text.last, !".:;,".contains(last) else { return false }
        if case .paragraph = ProseReader.block(for: raw, line: 0) { return true }
        return false
    }

    /// The rows as a draft: the header rows laid out over the columns, the column-number row marked, and
    /// rows repeating the header (Tabel T-C.26 prints it again under each MISI) left out.
    func draft(_ rows: [CellRow], caption: TableCaption?, next: Int) -> (TableDraft, Int)? {
        guard !rows.isEmpty else { return nil }
        let width = rows.map(\.cells.count).max() ?? 0
        let headerCount = Self.headerRowCount(rows, width: width)
        let header = Array(rows.prefix(headerCount))
        let numberRow = headerCount < rows.count && Self.isColumnNumberRow(rows[headerCount]) ? headerCount : nil
        let leafTexts = header.last.map { normalized($0.texts) }.flatMap { $0.contains { !$0.isEmpty } ? $0 : nil }
        let body = rows.dropFirst(headerCount + (numberRow == nil ? 0 : 1)).filter { row in
            guard let leafTexts, row.cells.count == leafTexts.count else { return true }
            return normalized(row.texts) != leafTexts
        }

        let expansion = HeaderSpanExpander.expand(header.map(\.texts), width: width)
        let notes = expansion.unaligned.map { index in
            let row = header[index]
            return UninterpretedLine(line: row.lines.first, text: row.texts.filter { !$0.isEmpty }.joined(separator: " | "),
                                     reason: "kepala tabel: \(row.cells.count) sel untuk \(width) kolom, rentang sel tidak dapat dipetakan")
        }
        let headerLines = zip(header, expansion.grid).map { row, texts in
            DraftLine(line: row.lines.first, cells: texts.enumerated().map { DraftCell(text: $0.element, line: row.lines.first, column: $0.offset) })
        }
        let lines = headerLines + (numberRow.map { [Self.draftLine(rows[$0])] } ?? []) + body.map(Self.draftLine)
        let span = rows.map(\.lines).reduce(caption?.lines ?? rows[0].lines) { $0.union($1) }
        var draft = TableDraft(form: form, caption: caption, lines: lines, linesAreRows: true, span: span,
                               headerLineCount: headerCount, pageFurniture: [])
        draft.columnNumberLine = numberRow
        draft.notes = notes
        draft.writtenHeaderRows = header.map(Self.draftLine)
        return (draft, next)
    }

    static func draftLine(_ row: CellRow) -> DraftLine {
        DraftLine(line: row.lines.first, cells: row.cells.enumerated().map { column, cell in
            DraftCell(text: cell.text, line: cell.cell.line, lines: cell.cell.lines, column: column)
        })
    }

    /// The header is the first row, plus following rows while the header is still narrower than the
    /// table (merged cells written once) and the next row is neither data nor column numbers.
    static func headerRowCount(_ rows: [CellRow], width: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        var count = 1
        while count < rows.count, rows[count - 1].cells.count < width, !isDataRow(rows[count]), !isColumnNumberRow(rows[count]) {
            count += 1
        }
        return count
    }

    /// A row numbered like `1.`, `2.1` or holding a figure (a year such as `2022` is a header word).
    static func isDataRow(_ row: CellRow) -> Bool {
        if let first = row.cells.first?.text, isRowNumber(first) { return true }
        return row.cells.contains { cell in
            guard let quantity = NumberParser.parse(cell.text) else { return false }
            let isYear = quantity.kind == .number && quantity.reading == .plain && quantity.unit == nil
                && (1990...2100).contains(quantity.value ?? 0)
            return !isYear
        }
    }

    static func isRowNumber(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 6 && text.first!.isNumber && text.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// `2 3 4 5 9 10 … 20` or `(1) (2) … (5)`: small increasing numbers, one per cell.
    static func isColumnNumberRow(_ row: CellRow) -> Bool {
        let filled = row.cells.filter { !$0.text.isEmpty }
        guard filled.count >= 2 else { return false }
        var previous = 0
        for cell in filled {
            var text = Substring(cell.text)
            if text.first == "(" && text.last == ")" { text = text.dropFirst().dropLast() }
            guard text.count <= 3, let number = Int(text), number > previous else { return false }
            previous = number
        }
        return true
    }

    private func normalized(_ texts: [String]) -> [String] { texts.map { NameNormalizer.normalize($0) } }
}
