/// Recovers the plan from a programme/funding table (Tabel 4.2: `PROGRAM …`, `Kegiatan …` and
/// `Sub Kegiatan …` rows, each with an indicator, unit, baseline and per-year targets and budgets).
///
/// Rows below a labelled row belong to its node: a row with only an indicator is a further
/// indicator (with its own per-year budgets where printed); a row with neither label nor indicator
/// but with budgets is the node's total (Tabel 4.2 prints one under the first programme's four
/// indicators) and becomes the node's budget.
struct BekasiPlanBuilder {
    let table: Table

    struct Result {
        /// The nodes in table order, not yet nested.
        var nodes: [PlanNode] = []
        var warnings: [Localized] = []
        var uninterpreted: [UninterpretedLine] = []
    }

    /// A table with budget year columns and plan-level labels (Tabel 4.1 lists the plan without budgets).
    static func isProgrammeTable(_ table: Table) -> Bool {
        let label = labelColumn(of: table)
        return table.columns.contains { $0.year != nil && $0.measure == .budget }
            && table.rows.contains { PlanLevelClassifier.level(forLabel: $0[label]?.text ?? "") != nil }
    }

    static func labelColumn(of table: Table) -> Int {
        table.columns.first { $0.role == .label }?.index ?? 0
    }

    func build(source: SourceText) -> Result {
        var result = Result()
        let labelColumn = Self.labelColumn(of: table)
        let stated = table.rows.map { PlanLevelClassifier.level(forLabel: $0[labelColumn]?.text ?? "") }
        for (index, row) in table.rows.enumerated() {
            let label = row[labelColumn]?.text ?? ""
            let indicator = indicatorColumn.flatMap { row[$0]?.text } ?? ""
            if !label.isEmpty {
                guard let level = stated[index] ?? inferredLevel(at: index, stated: stated, built: result.nodes) else {
                    result.uninterpreted.append(unplaced(row, source: source,
                                                         reason: "label tanpa tingkat (program/kegiatan/sub kegiatan) yang dapat disimpulkan"))
                    continue
                }
                if stated[index] == nil {
                    result.warnings.append(Localized(
                        id: "\(table.displayName) baris \(row.lines.first): `\(label)` tidak diawali nama tingkatnya; "
                            + "dibaca sebagai \(levelName(level)) menurut baris di sekitarnya.",
                        en: "\(table.displayName) line \(row.lines.first): `\(label)` does not start with its level's name; "
                            + "read as a \(levelName(level)) from the rows around it."))
                }
                result.nodes.append(node(level: level, label: label, row: row))
            } else if result.nodes.isEmpty {
                result.uninterpreted.append(unplaced(row, source: source, reason: "baris sebelum program/kegiatan pertama"))
            } else if !indicator.isEmpty {
                let last = result.nodes.count - 1
                result.nodes[last].indicators.append(self.indicator(of: row))
                result.nodes[last].lines = result.nodes[last].lines.union(row.lines)
            } else if !budgets(of: row).isEmpty {
                let last = result.nodes.count - 1
                result.nodes[last].budgets = budgets(of: row)
                result.nodes[last].endOfPeriodBudget = endOfPeriodBudgetColumn.flatMap { nonBlank(row[$0]) }
                result.nodes[last].lines = result.nodes[last].lines.union(row.lines)
            } else {
                result.uninterpreted.append(unplaced(row, source: source, reason: "baris tanpa label, indikator, maupun pagu"))
            }
        }
        return result
    }

    /// A label without its level word (`Pengembangan Usaha Mikro` among sub kegiatan): the deeper of
    /// the level before it and the next stated level.
    func inferredLevel(at index: Int, stated: [PlanLevel?], built: [PlanNode]) -> PlanLevel? {
        let next = stated[(index + 1)...].lazy.compactMap { $0 }.first
        switch (built.last?.level, next) {
        case let (previous?, next?): return max(previous, next)
        case let (previous?, nil): return previous
        case let (nil, next?): return next
        case (nil, nil): return nil
        }
    }

    func node(level: PlanLevel, label: String, row: Row) -> PlanNode {
        let hasIndicator = indicatorColumn.flatMap { nonBlank(row[$0]) } != nil
        return PlanNode(level: level, name: Self.name(of: label, level: level),
                        indicators: hasIndicator ? [indicator(of: row)] : [],
                        budgets: budgets(of: row), endOfPeriodBudget: endOfPeriodBudgetColumn.flatMap { nonBlank(row[$0]) },
                        lines: row.lines, table: table.displayName)
    }

    /// The official names of kegiatan and sub kegiatan carry no level word (`Sub Kegiatan Penyediaan Gaji…`
    /// names `Penyediaan Gaji…`); programme names do (`PROGRAM PENUNJANG URUSAN…`), so they stay whole.
    static func name(of label: String, level: PlanLevel) -> String {
        let prefixes: [String]
        switch level {
        case .subKegiatan: prefixes = ["sub kegiatan", "subkegiatan", "sub-kegiatan"]
        case .kegiatan: prefixes = ["kegiatan"]
        default: prefixes = []
        }
        for prefix in prefixes where label.lowercased().hasPrefix(prefix) {
            let rest = Substring(label).dropFirst(prefix.count).trimmingCharacters(":- ").trimmingWhitespaceSubstring()
            return rest.isEmpty ? label : String(rest)
        }
        return label
    }

    func indicator(of row: Row) -> PlanIndicator {
        let targets = table.years.compactMap { year -> YearFigure? in
            let target = column(year: year, measure: .target).flatMap { nonBlank(row[$0]) }
            let budget = column(year: year, measure: .budget).flatMap { nonBlank(row[$0]) }
            return target == nil && budget == nil ? nil : YearFigure(year: year, target: target, budget: budget)
        }
        return PlanIndicator(name: indicatorColumn.flatMap { row[$0]?.text } ?? "",
                             unit: unitColumn.flatMap { nonBlank(row[$0])?.text },
                             baseline: baselineColumn.flatMap { nonBlank(row[$0]) }, targets: targets,
                             endOfPeriodTarget: endOfPeriodTargetColumn.flatMap { nonBlank(row[$0]) },
                             line: row.lines.first)
    }

    func budgets(of row: Row) -> [YearFigure] {
        table.years.compactMap { year in
            column(year: year, measure: .budget).flatMap { nonBlank(row[$0]) }.map { YearFigure(year: year, budget: $0) }
        }
    }

    private func unplaced(_ row: Row, source: SourceText, reason: String) -> UninterpretedLine {
        UninterpretedLine(line: row.lines.first, text: source.line(row.lines.first), reason: "\(table.displayName): \(reason)")
    }

    private func nonBlank(_ cell: Cell?) -> Cell? { cell.flatMap { $0.isBlank ? nil : $0 } }

    private func levelName(_ level: PlanLevel) -> String { level.rawValue.replacingAll("-", with: " ") }

    private func column(year: Int, measure: Measure) -> Int? {
        table.columns.first { $0.role == .year(year, measure: measure) }?.index
    }

    private var indicatorColumn: Int? { table.columns.first { $0.role == .indicator }?.index }
    private var unitColumn: Int? { table.columns.first { $0.role == .unit }?.index }
    private var baselineColumn: Int? {
        table.columns.first { if case .baseline = $0.role { return true } else { return false } }?.index
    }
    private var endOfPeriodTargetColumn: Int? { table.columns.first { $0.role == .endOfPeriod(measure: .target) }?.index }
    private var endOfPeriodBudgetColumn: Int? { table.columns.first { $0.role == .endOfPeriod(measure: .budget) }?.index }
}
