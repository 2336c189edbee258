/// Recovers the plan hierarchy from the BAB VI funding table (`Tabel Program Kegiatan disertai
/// Pendanaan Pagu Indikatif`).
///
/// `URUSAN …`, `DINAS …` (the agency) and `PROGRAM …` rows name their level. The table prints no
/// codes and no `Kegiatan`/`Sub Kegiatan` words, so below a programme the level is read from the
/// layout of the name cell:
/// - where some of the programme's rows are indented after their tab (`\t  Penyusunan Dokumen…`),
///   unindented rows are kegiatan and indented rows their sub kegiatan (PROGRAM PENUNJANG, six kegiatan);
/// - where none is indented, the first row is the programme's kegiatan and the rows after it are its
///   sub kegiatan (every other programme has a single kegiatan, whose yearly budgets are the sums
///   of the rows below it).
/// A row with an empty name cell adds one more indicator to the node above it.
struct DepokPlanBuilder {
    let source: SourceText
    let table: Table

    private let nameColumn: Int
    private let indicatorColumn: Int?
    private let baselineColumn: Int?
    private let targetColumns: [(year: Int, column: Int)]
    private let budgetColumns: [(year: Int, column: Int)]
    private let endTargetColumn: Int?
    private let endBudgetColumn: Int?

    /// Nil unless the table has a name column and yearly targets and budgets (a funding table;
    /// T-C.24's yearly budgets come with realisations, not targets).
    init?(source: SourceText, table: Table) {
        self.source = source
        self.table = table
        func first(_ predicate: (ColumnRole) -> Bool) -> Int? { table.columns.first { predicate($0.role) }?.index }
        func years(_ measure: Measure) -> [(year: Int, column: Int)] {
            table.columns.compactMap { column in
                if case .year(let year, measure) = column.role { return (year, column.index) }
                return nil
            }
        }
        guard let name = first({ $0 == .label }) else { return nil }
        nameColumn = name
        indicatorColumn = first { $0 == .indicator }
        baselineColumn = first { if case .baseline = $0 { return true } else { return false } }
        targetColumns = years(.target)
        budgetColumns = years(.budget)
        endTargetColumn = first { $0 == .endOfPeriod(measure: .target) }
        endBudgetColumn = first { $0 == .endOfPeriod(measure: .budget) }
        guard targetColumns.count >= 2, budgetColumns.count >= 2 else { return nil }
    }

    /// The plan rows in table order, not yet nested.
    func build() -> PlanBuilder.Result {
        var flat: [PlanNode] = []
        var uninterpreted: [UninterpretedLine] = []
        let levels = self.levels()
        for (row, level) in zip(table.rows, levels) {
            guard let level else {
                if let indicator = indicator(in: row), !flat.isEmpty {
                    flat[flat.count - 1].indicators.append(indicator)
                    flat[flat.count - 1].lines = flat[flat.count - 1].lines.union(row.lines)
                } else if row.cells.contains(where: { !$0.isBlank }) {
                    uninterpreted.append(UninterpretedLine(line: row.lines.first, text: source.line(row.lines.first),
                                                           reason: "baris pendanaan tanpa nama dan tanpa baris induk"))
                }
                continue
            }
            flat.append(node(row, level: level))
        }
        return PlanBuilder.Result(nodes: flat, uninterpreted: uninterpreted)
    }

    /// The level of each body row; nil for rows without a name (extra indicator rows).
    func levels() -> [PlanLevel?] {
        var levels: [PlanLevel?] = []
        var programmeIndents = false
        var rowsSinceProgramme = 0
        for (index, row) in table.rows.enumerated() {
            guard let nameCell = row[nameColumn], !nameCell.isBlank else {
                levels.append(nil)
                continue
            }
            if let named = PlanLevelClassifier.level(forLabel: nameCell.text) {
                levels.append(named)
                if named == .program {
                    programmeIndents = indentsActivities(afterProgrammeAt: index)
                    rowsSinceProgramme = 0
                }
                continue
            }
            let level: PlanLevel
            if programmeIndents {
                level = isIndented(nameCell) ? .subKegiatan : .kegiatan
            } else {
                level = rowsSinceProgramme == 0 ? .kegiatan : .subKegiatan
            }
            rowsSinceProgramme += 1
            levels.append(level)
        }
        return levels
    }

    private func indentsActivities(afterProgrammeAt index: Int) -> Bool {
        for row in table.rows.dropFirst(index + 1) {
            guard let nameCell = row[nameColumn], !nameCell.isBlank else { continue }
            if PlanLevelClassifier.level(forLabel: nameCell.text) != nil { return false }
            if isIndented(nameCell) { return true }
        }
        return false
    }

    private func isIndented(_ cell: Cell) -> Bool { CellLine.isIndentedCell(source.line(cell.lines.first ?? cell.line)) }

    private func node(_ row: Row, level: PlanLevel) -> PlanNode {
        PlanNode(level: level, name: row[nameColumn]?.text ?? "",
                 indicators: indicator(in: row).map { [$0] } ?? [],
                 budgets: budgetColumns.compactMap { year, column in filled(row, column).map { YearFigure(year: year, budget: $0) } },
                 endOfPeriodBudget: filled(row, endBudgetColumn),
                 lines: row.lines, table: table.displayName)
    }

    private func indicator(in row: Row) -> PlanIndicator? {
        guard let name = filled(row, indicatorColumn) else { return nil }
        return PlanIndicator(
            name: name.text, baseline: filled(row, baselineColumn),
            targets: targetColumns.compactMap { year, column in filled(row, column).map { YearFigure(year: year, target: $0) } },
            endOfPeriodTarget: filled(row, endTargetColumn), line: name.line)
    }

    private func filled(_ row: Row, _ column: Int?) -> Cell? {
        guard let column, let cell = row[column], !cell.isBlank else { return nil }
        return cell
    }
}
