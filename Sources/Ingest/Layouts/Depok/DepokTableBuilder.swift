/// Turns the rows read by `DepokCellReader` into a `Table`: header rows, the column-number row,
/// typed columns and body rows with parsed quantities.
enum DepokTableBuilder {
    static func build(rows: [DraftRow], caption: TableCaption?, chapter: String?) -> (table: Table, uninterpreted: [UninterpretedLine]) {
        let width = rows.map(\.cells.count).max() ?? 0
        let headerCount = headerRowCount(rows, width: width)
        var bodyStart = headerCount
        var columnNumbers: ColumnNumberRow?
        if bodyStart < rows.count, let numbers = columnNumberRow(rows[bodyStart]) {
            columnNumbers = numbers
            bodyStart += 1
        }
        let header = Array(rows.prefix(headerCount))
        let leafTexts = header.last.map { normalized($0.texts) }.flatMap { $0.contains { !$0.isEmpty } ? $0 : nil }
        // A row repeating the header (Tabel T-C.26 prints it again under each MISI) is not data.
        let body = rows.dropFirst(bodyStart).filter { row in
            guard let leafTexts, row.cells.count == leafTexts.count else { return true }
            return normalized(row.texts) != leafTexts
        }

        let expansion = HeaderSpanExpander.expand(header.map(\.texts), width: width)
        var uninterpreted: [UninterpretedLine] = []
        for index in expansion.unaligned {
            let row = header[index]
            uninterpreted.append(UninterpretedLine(
                line: row.lines.first, text: row.texts.filter { !$0.isEmpty }.joined(separator: " | "),
                reason: "kepala tabel: \(row.cells.count) sel untuk \(width) kolom, rentang sel tidak dapat dipetakan"))
        }

        let lines = rows.map(\.lines).reduce(caption?.lines ?? rows.first?.lines ?? LineSpan(1)) { $0.union($1) }
        let table = Table(caption: caption,
                          headerRows: header.map { Row(cells: $0.cells.map(\.cell), lines: $0.lines) },
                          columnNumberRow: columnNumbers,
                          columns: ColumnClassifier.classify(headerGrid: expansion.grid),
                          rows: body.map(bodyRow),
                          lines: lines, chapter: chapter)
        return (table, uninterpreted)
    }

    /// The header is the first row, plus following rows while the header is still narrower than the
    /// table (merged cells written once) and the next row is neither data nor column numbers.
    static func headerRowCount(_ rows: [DraftRow], width: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        var count = 1
        while count < rows.count, rows[count - 1].cells.count < width,
              !isDataRow(rows[count]), columnNumberRow(rows[count]) == nil {
            count += 1
        }
        return count
    }

    /// A row numbered like `1.`, `2.1` or holding a figure (a year such as `2022` is a header word).
    static func isDataRow(_ row: DraftRow) -> Bool {
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
    static func columnNumberRow(_ row: DraftRow) -> ColumnNumberRow? {
        let filled = row.cells.filter { !$0.text.isEmpty }
        guard filled.count >= 2 else { return nil }
        var numbers: [Int] = []
        for cell in filled {
            var text = Substring(cell.text)
            if text.first == "(" && text.last == ")" { text = text.dropFirst().dropLast() }
            guard text.count <= 3, let number = Int(text), number > (numbers.last ?? 0) else { return nil }
            numbers.append(number)
        }
        let cells = row.cells.map(\.cell)
        return ColumnNumberRow(numbers: numbers, cells: cells, line: filled[0].cell.line)
    }

    static func bodyRow(_ row: DraftRow) -> Row {
        let cells = row.cells.map { draft -> Cell in
            var cell = draft.cell
            cell.quantity = NumberParser.parse(cell.text)
            return cell
        }
        return Row(cells: cells, lines: row.lines)
    }

    private static func normalized(_ texts: [String]) -> [String] { texts.map { NameNormalizer.normalize($0) } }
}
