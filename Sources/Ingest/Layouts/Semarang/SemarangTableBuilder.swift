/// Turns a Semarang table region into a `Table`: header rows (with spanning headers repeated over the
/// columns they span), typed columns, the column-number row, and body rows. Programme/funding tables
/// (a code column and yearly budget columns) are handed to `SemarangPlanTableReader`.
struct SemarangTableBuilder {
    struct Output {
        var table: Table
        /// Plan rows in document order, not yet nested.
        var planNodes: [PlanNode] = []
        var uninterpreted: [UninterpretedLine] = []
    }

    func build(_ region: SemarangTableRegion) -> Output {
        let rows = region.rows.filter { !$0.isRuleRow }
        let headerCount = headerRowCount(rows)
        let header = Array(rows.prefix(headerCount))
        var rest = rows.dropFirst(headerCount)
        var columnNumbers: ColumnNumberRow?
        if let first = rest.first, let numbers = columnNumberRow(first) {
            columnNumbers = numbers
            rest = rest.dropFirst()
        }
        let body = withoutRepeatedHeaders(Array(rest), header: header)
        let columns = ColumnClassifier.classify(headerGrid: spanningGrid(header))

        let allLines = region.claimedLines
        var table = Table(caption: region.caption,
                          headerRows: (region.titleRows + header).map(headerRow),
                          columnNumberRow: columnNumbers, columns: columns, rows: [],
                          lines: LineSpan(allLines.min() ?? 0, allLines.max() ?? 0))
        if let reader = SemarangPlanTableReader(columns: columns, tableName: table.displayName) {
            let plan = reader.read(body)
            table.rows = plan.rows
            return Output(table: table, planNodes: plan.nodes, uninterpreted: plan.uninterpreted)
        }
        table.rows = body.map { row in
            Row(cells: row.cells.indices.map(row.cell), lines: LineSpan(row.line))
        }
        return Output(table: table)
    }

    /// The first row is a header; so is each following row that starts with an empty cell and holds
    /// only words and years (`\tP\tW\tP\tW`, `\t\t2016\t2017…`, `\t\t\t\t\tTarget\t(Rp)…`).
    func headerRowCount(_ rows: [SemarangTabRow]) -> Int {
        guard !rows.isEmpty else { return 0 }
        var count = 1
        while count < rows.count, columnNumberRow(rows[count]) == nil, isHeaderLike(rows[count]) { count += 1 }
        return count
    }

    func isHeaderLike(_ row: SemarangTabRow) -> Bool {
        (row.cells.first?.isEmpty ?? true) && row.holdsOnlyWordsAndYears
    }

    /// `1\t2\t3\t…` (or `(1)\t(2)…`) right under the header.
    func columnNumberRow(_ row: SemarangTabRow) -> ColumnNumberRow? {
        let filled = row.cells.indices.filter { !row.isBlank($0) }
        let numbers = filled.compactMap { Int(row.cells[$0].trimmingCharacters(in: "()")) }
        guard numbers.count >= 3, numbers.count == filled.count, numbers.first == 1 else { return nil }
        return ColumnNumberRow(numbers: numbers, cells: filled.map(row.cell), line: row.line)
    }

    /// Drops header blocks repeated after a page break: a row of words starting like the first header
    /// row (the repeat may regroup the spanning headers), the header-like rows under it and their
    /// column-number row.
    func withoutRepeatedHeaders(_ rows: [SemarangTabRow], header: [SemarangTabRow]) -> [SemarangTabRow] {
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
            while index < rows.count, columnNumberRow(rows[index]) == nil, isHeaderLike(rows[index]) { index += 1 }
            if index < rows.count, columnNumberRow(rows[index]) != nil { index += 1 }
        }
        return kept
    }

    /// The header texts per column, a spanning header repeated over the empty cells to its right that
    /// have a sub-header below them (`TARGET\t\t\t` over `2017\t2018\t2019`).
    func spanningGrid(_ header: [SemarangTabRow]) -> [[String]] {
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

    private func headerRow(_ row: SemarangTabRow) -> Row {
        Row(cells: row.cells.map { Cell(text: $0, line: row.line) }, lines: LineSpan(row.line))
    }
}
