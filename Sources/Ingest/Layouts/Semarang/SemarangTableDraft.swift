/// A Semarang table region as a draft of the tab-row form, every line a whole row: the header rows (the
/// first row, then rows that start with an empty cell and hold only words and years), with spanning
/// headers repeated over the columns they span; the column-number row; the body with markdown rules and
/// header blocks repeated after a page break left out. The common interpreter reads the columns and
/// cells; programme tables are then read by `SemarangPlanTableReader`.
struct SemarangTableDraft {
    let region: SemarangTableRegion
    let header: [SemarangTabRow]
    let columnNumbers: SemarangTabRow?
    let body: [SemarangTabRow]

    init(_ region: SemarangTableRegion) {
        self.region = region
        let rows = region.rows.filter { !$0.isRuleRow }
        let headerCount = Self.headerRowCount(rows)
        header = Array(rows.prefix(headerCount))
        var rest = rows.dropFirst(headerCount)
        if let first = rest.first, Self.isColumnNumberRow(first) {
            columnNumbers = first
            rest = rest.dropFirst()
        } else {
            columnNumbers = nil
        }
        body = Self.withoutRepeatedHeaders(Array(rest), header: header)
    }

    var draft: TableDraft {
        let grid = Self.spanningGrid(header)
        let headerLines = zip(header, grid).map { row, texts in
            DraftLine(line: row.line, cells: texts.enumerated().map { DraftCell(text: $0.element, line: row.line, column: $0.offset) })
        }
        let lines = headerLines + ([columnNumbers].compactMap { $0 } + body).map(Self.draftLine)
        let claimed = region.claimedLines
        var draft = TableDraft(form: .tabRows, caption: region.caption, lines: lines, linesAreRows: true,
                               span: LineSpan(claimed.min() ?? 0, claimed.max() ?? 0), headerLineCount: header.count)
        draft.columnNumberLine = columnNumbers == nil ? nil : header.count
        draft.writtenHeaderRows = (region.titleRows + header).map(Self.draftLine)
        return draft
    }

    static func draftLine(_ row: SemarangTabRow) -> DraftLine {
        DraftLine(line: row.line, cells: row.cells.enumerated().map { DraftCell(text: $0.element, line: row.line, column: $0.offset) })
    }

    /// The first row is a header; so is each following row that starts with an empty cell and holds
    /// only words and years (`\tP\tW\tP\tW`, `\t\t2016\t2017…`, `\t\t\t\t\tTarget\t(Rp)…`).
    static func headerRowCount(_ rows: [SemarangTabRow]) -> Int {
        guard !rows.isEmpty else { return 0 }
        var count = 1
        while count < rows.count, !isColumnNumberRow(rows[count]), isHeaderLike(rows[count]) { count += 1 }
        return count
    }

    static func isHeaderLike(_ row: SemarangTabRow) -> Bool {
        (row.cells.first?.isEmpty ?? true) && row.holdsOnlyWordsAndYears
    }

    /// `1\t2\t3\t…` (or `(1)\t(2)…`) right under the header.
    static func isColumnNumberRow(_ row: SemarangTabRow) -> Bool {
        let filled = row.cells.indices.filter { !row.isBlank($0) }
        let numbers = filled.compactMap { Int(row.cells[$0].trimmingCharacters(in: "()")) }
        return numbers.count >= 3 && numbers.count == filled.count && numbers.first == 1
    }

    /// Drops header blocks repeated after a page break: a row of words starting like the first header
    /// row (the repeat may regroup the spanning headers), the header-like rows under it and their
    /// column-number row.
    static func withoutRepeatedHeaders(_ rows: [SemarangTabRow], header: [SemarangTabRow]) -> [SemarangTabRow] {
        guard let firstHeader = header.first?.filledTexts.prefix(2), firstHeader.count == 2 else { return rows }
        func repeatsHeader(_ row: SemarangTabRow) -> Bool {
            row.filledTexts.prefix(2) == firstHeader && row.holdsOnlyWordsAndYears
        }
        var kept: [SemarangTabRow] = []
        var index = 0
        while index < rows.count {
            guard repeatsHeader(rows[index]) else {
                kept.append(rows[index])
                index += 1
                continue
            }
            index += 1
            while index < rows.count, !isColumnNumberRow(rows[index]), isHeaderLike(rows[index]) { index += 1 }
            if index < rows.count, isColumnNumberRow(rows[index]) { index += 1 }
        }
        return kept
    }

    /// The header texts per column, a spanning header repeated over the empty cells to its right that
    /// have a sub-header below them (`TARGET\t\t\t` over `2017\t2018\t2019`).
    static func spanningGrid(_ header: [SemarangTabRow]) -> [[String]] {
        let width = header.map(\.cells.count).max() ?? 0
        var grid = header.map { $0.cells + Array(repeating: "", count: width - $0.cells.count) }
        for rowIndex in grid.indices.dropLast() {
            var spanning: String?
            for column in 0..<width {
                if !grid[rowIndex][column].isEmpty {
                    spanning = grid[rowIndex][column]
                    continue
                }
                let hasSubHeader = grid[(rowIndex + 1)...].contains { !$0[column].isEmpty }
                if hasSubHeader, let spanning { grid[rowIndex][column] = spanning }
            }
        }
        return grid
    }
}
