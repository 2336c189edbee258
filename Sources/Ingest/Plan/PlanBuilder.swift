/// Recovers the plan from a programme/funding table (Tabel 4.2: `PROGRAM …`, `Kegiatan …` and
/// `Sub Kegiatan …` rows, each with an indicator, unit, baseline and per-year targets and budgets).
///
/// Rows below a labelled row belong to its node: a row with only an indicator is a further
/// indicator (with its own per-year budgets where printed); a row with neither label nor indicator
/// but with budgets is the node's total (Tabel 4.2 prints one under the first programme's four
/// indicators) and becomes the node's budget.
struct PlanBuilder {
    let table: Table
    // The columns rows are read through, found once per table instead of once per row.
    private let labelColumn: Int
    private let codeColumn: Int?
    private let indicatorColumn: Int?
    private let unitColumn: Int?
    private let baselineColumn: Int?
    private let endOfPeriodTargetColumn: Int?
    private let endOfPeriodBudgetColumn: Int?
    /// The plan years in the table's order, each with its target and budget column.
    private let yearColumns: [(year: Int, target: Int?, budget: Int?)]

    init(table: Table) {
        self.table = table
        let columns = table.columns
        func column(_ role: ColumnRole) -> Int? { columns.first { $0.role == role }?.index }
        labelColumn = Self.labelColumn(of: table)
        codeColumn = column(.code)
        indicatorColumn = column(.indicator)
        unitColumn = column(.unit)
        baselineColumn = columns.first { if case .baseline = $0.role { return true } else { return false } }?.index
        endOfPeriodTargetColumn = column(.endOfPeriod(measure: .target))
        endOfPeriodBudgetColumn = column(.endOfPeriod(measure: .budget))
        yearColumns = table.yearColumns
    }

    struct Result {
        /// The nodes in table order, not yet nested.
        var nodes: [PlanNode] = []
        var warnings: [Localized] = []
        var uninterpreted: [UninterpretedLine] = []
    }

    /// A table with budget year columns and plan rows, named by their level word or by a code (Tabel 4.1
    /// lists the plan without budgets).
    static func isProgrammeTable(_ table: Table) -> Bool {
        guard table.columns.contains(where: { $0.year != nil && $0.measure == .budget }) else { return false }
        let builder = PlanBuilder(table: table)
        return table.rows.contains { builder.statedLevel(of: $0) != nil }
    }

    static func labelColumn(of table: Table) -> Int {
        table.columns.first { $0.role == .label }?.index ?? 0
    }

    /// The level a row names itself: by its level word (`PROGRAM …`, `Sub Kegiatan …`), else by its code.
    func statedLevel(of row: Row) -> PlanLevel? { statedLevel(of: row, code: code(of: row)) }

    /// The same, for a row whose code (`code(of:)`) is already read.
    private func statedLevel(of row: Row, code: String?) -> PlanLevel? {
        PlanLevelClassifier.level(forLabel: label(of: row)) ?? code.flatMap(PlanLevelClassifier.level(forCode:))
    }

    func label(of row: Row) -> String { row[labelColumn]?.text ?? "" }

    /// The row's code: in the code column, or in front of its label.
    func code(of row: Row) -> String? {
        if let codeColumn, let text = row[codeColumn]?.text, let code = PlanCode.read(text) { return code }
        return PlanCode.leading(in: label(of: row))?.code
    }

    func build(source: SourceText) -> Result {
        var result = Result()
        let rows = table.rows
        // What each row is to the plan is decided in table order (a level read from the rows around it
        // depends on the one before); the nodes, indicators and totals are then read from their rows on
        // every core for a large table, and put together in table order.
        let decided = parts(of: rows)
        let contents = Array(rows.indices).mapOnCoresWhenLarge { index in read(rows[index], as: decided.parts[index]) }
        var current: Int?
        for (row, content) in zip(rows, contents) {
            switch content {
            case .node(let node):
                result.nodes.append(node)
                current = result.nodes.count - 1
            case .indicator(let indicator):
                result.nodes[current!].indicators.append(indicator)
                result.nodes[current!].lines = result.nodes[current!].lines.union(row.lines)
            case .total(let budgets, let endOfPeriodBudget):
                result.nodes[current!].budgets = budgets
                result.nodes[current!].endOfPeriodBudget = endOfPeriodBudget
                result.nodes[current!].lines = result.nodes[current!].lines.union(row.lines)
            case .unplaced(let reason, let endsNode):
                result.uninterpreted.append(unplaced(row, source: source, reason: reason))
                if endsNode { current = nil }
            case .none:
                break
            }
        }
        if let warning = guessedLevelWarning(decided.byNeighbours, reason: Localized(id: "menurut baris di sekitarnya", en: "from the rows around them")) {
            result.warnings.append(warning)
        }
        if let warning = guessedLevelWarning(decided.byList, reason: Localized(id: "menurut tingkat namanya di daftar nomenklatur",
                                                                                en: "from the level the nomenclature lists their names at")) {
            result.warnings.append(warning)
        }
        return result
    }

    /// What each row is to the plan, and the first lines of the rows whose level was read without a level word
    /// or code: from their neighbours, or from the level the list names them at (said once per table).
    private func parts(of rows: [Row]) -> (parts: [RowPart], byNeighbours: [Int], byList: [Int]) {
        // Each row's own level and code are read on their own (on every core for a large table).
        let own = rows.mapOnCoresWhenLarge { row -> (level: PlanLevel?, code: String?) in
            let code = code(of: row)
            return (statedLevel(of: row, code: code), code)
        }
        let stated = own.map(\.level)
        // Where the plan rows carry codes, a labelled row with neither code nor level word is no plan row
        // (a tujuan or sasaran above the programmes); without codes its level is read from its neighbours.
        let hasCodes = own.contains { $0.code != nil }
        // The next stated level below each row, found in one pass from the end: looked for from every row
        // without one, it would cost the square of a long run of such rows.
        var nextStated = [PlanLevel?](repeating: nil, count: rows.count)
        for index in rows.indices.dropLast().reversed() { nextStated[index] = stated[index + 1] ?? nextStated[index + 1] }
        var parts: [RowPart] = []
        parts.reserveCapacity(rows.count)
        var lastLevel: PlanLevel?, underNode = false
        var byNeighbours: [Int] = [], byList: [Int] = []
        for (index, row) in rows.enumerated() {
            let label = label(of: row)
            let indicator = indicatorColumn.flatMap { row[$0]?.text } ?? ""
            if !label.isEmpty {
                let official = stated[index] == nil && !hasCodes ? Self.officialLevel(of: label) : nil
                let inferred = hasCodes ? nil : official ?? Self.inferredLevel(previous: lastLevel, next: nextStated[index])
                guard let level = stated[index] ?? inferred else {
                    let reason = hasCodes ? "baris tanpa kode maupun nama tingkat (tujuan atau sasaran?), bukan bagian rencana program"
                        : "label tanpa tingkat (program/kegiatan/sub kegiatan) yang dapat disimpulkan"
                    parts.append(.unplaced(reason: reason, endsNode: true))
                    underNode = false
                    continue
                }
                if stated[index] == nil {
                    if official == nil { byNeighbours.append(row.lines.first) } else { byList.append(row.lines.first) }
                }
                parts.append(.node(level, code: own[index].code))
                lastLevel = level
                underNode = true
            } else if underNode, !indicator.isEmpty {
                parts.append(.indicator)
            } else if underNode, !budgets(of: row).isEmpty {
                parts.append(.total)
            } else if lastLevel == nil {
                parts.append(.unplaced(reason: "baris sebelum program/kegiatan pertama", endsNode: false))
            } else if underNode {
                parts.append(.unplaced(reason: "baris tanpa label, indikator, maupun pagu", endsNode: false))
            } else {
                parts.append(.none)
            }
        }
        return (parts, byNeighbours, byList)
    }

    /// What a row is to the plan.
    private enum RowPart: Sendable {
        /// A node at this level, with the code its row prints.
        case node(PlanLevel, code: String?)
        /// A further indicator of the node above.
        case indicator
        /// The total budgets of the node above.
        case total
        /// No plan row; a labelled one ends the node above (the rows after it are not its own).
        case unplaced(reason: String, endsNode: Bool)
        /// Nothing to read (below a row that is no plan row).
        case none
    }

    /// What a row holds for the plan, read as its part says.
    private enum RowContent: Sendable {
        case node(PlanNode)
        case indicator(PlanIndicator)
        case total(budgets: [YearFigure], endOfPeriodBudget: Cell?)
        case unplaced(reason: String, endsNode: Bool)
        case none
    }

    private func read(_ row: Row, as part: RowPart) -> RowContent {
        switch part {
        case .node(let level, let code): return .node(node(level: level, label: label(of: row), code: code, row: row))
        case .indicator: return .indicator(indicator(of: row))
        case .total: return .total(budgets: budgets(of: row), endOfPeriodBudget: endOfPeriodBudgetColumn.flatMap { nonBlank(row[$0]) })
        case .unplaced(let reason, let endsNode): return .unplaced(reason: reason, endsNode: endsNode)
        case .none: return .none
        }
    }

    /// One warning for the rows of the table whose level was read `reason`, naming their first lines.
    private func guessedLevelWarning(_ lines: [Int], reason: Localized) -> Localized? {
        guard let first = lines.first else { return nil }
        let shown = lines.listedLines(upTo: 8)
        if lines.count == 1 {
            return Localized(id: "\(table.displayName) baris \(first): label tanpa nama tingkat (program/kegiatan/sub kegiatan) maupun kode; tingkatnya dibaca \(reason.id).",
                             en: "\(table.displayName) line \(first): a label without its level's name (programme/kegiatan/sub kegiatan) or code; its level was read \(reason.en).")
        }
        return Localized(id: "\(table.displayName): \(lines.count) label tanpa nama tingkat (program/kegiatan/sub kegiatan) maupun kode; tingkatnya dibaca \(reason.id) (baris \(shown)).",
                         en: "\(table.displayName): \(lines.count) labels without their level's name (programme/kegiatan/sub kegiatan) or code; their levels were read \(reason.en) (lines \(shown)).")
    }

    /// The level at which the official list (Kepmendagri 050-3708/2020, kabupaten/kota) names a label printed
    /// without its level word or code, when exactly one level names it: a programme or a kegiatan. Sub
    /// kegiatan are left to the neighbouring rows, as plans often print a sub kegiatan of the list as one
    /// of their kegiatan (its budget then adds up with its siblings', not under them).
    static func officialLevel(of label: String) -> PlanLevel? {
        let levels: [PlanLevel] = [.program, .kegiatan].filter { level in
            NomenclatureList.kabupatenKota.match(label, level: level).agreement.namesEntry
        }
        return levels.count == 1 ? levels[0] : nil
    }

    /// A label without its level word (`Pengembangan Usaha Mikro` among sub kegiatan): the deeper of
    /// the level before it and the next stated level.
    /// `previous`: the level of the last node read before the row; `next`: the next level stated below it.
    static func inferredLevel(previous: PlanLevel?, next: PlanLevel?) -> PlanLevel? {
        switch (previous, next) {
        case let (previous?, next?): return max(previous, next)
        case let (previous?, nil): return previous
        case let (nil, next?): return next
        case (nil, nil): return nil
        }
    }

    func node(level: PlanLevel, label: String, code: String?, row: Row) -> PlanNode {
        let hasIndicator = indicatorColumn.flatMap { nonBlank(row[$0]) } != nil
        let named = codeColumn == nil ? PlanCode.leading(in: label)?.rest ?? label : label
        return PlanNode(level: level, code: code, name: Self.name(of: named, level: level),
                        indicators: hasIndicator ? [indicator(of: row)] : [],
                        budgets: budgets(of: row),
                        endOfPeriodBudget: row.alignedToColumns ? endOfPeriodBudgetColumn.flatMap { nonBlank(row[$0]) } : nil,
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
        let lowercased = prefixes.isEmpty ? "" : label.lowercased()
        for prefix in prefixes where lowercased.hasPrefix(prefix) {
            let rest = Substring(label).dropFirst(prefix.count).trimmingCharacters(":- ").trimmingWhitespaceSubstring()
            return rest.isEmpty ? label : String(rest)
        }
        return label
    }

    func indicator(of row: Row) -> PlanIndicator {
        // A row whose values could not be told apart by column gives its name, not its figures.
        let targets = !row.alignedToColumns ? [] : yearColumns.compactMapReserved { year, targetColumn, budgetColumn -> YearFigure? in
            let target = targetColumn.flatMap { nonBlank(row[$0]) }
            let budget = budgetColumn.flatMap { nonBlank(row[$0]) }
            return target == nil && budget == nil ? nil : YearFigure(year: year, target: target, budget: budget)
        }
        return PlanIndicator(name: indicatorColumn.flatMap { row[$0]?.text } ?? "",
                             unit: unitColumn.flatMap { nonBlank(row[$0])?.text },
                             baseline: baselineColumn.flatMap { nonBlank(row[$0]) }, targets: targets,
                             endOfPeriodTarget: endOfPeriodTargetColumn.flatMap { nonBlank(row[$0]) },
                             line: row.lines.first)
    }

    func budgets(of row: Row) -> [YearFigure] {
        guard row.alignedToColumns else { return [] }
        return yearColumns.compactMapReserved { year, _, budgetColumn in
            budgetColumn.flatMap { nonBlank(row[$0]) }.map { YearFigure(year: year, budget: $0) }
        }
    }

    private func unplaced(_ row: Row, source: SourceText, reason: String) -> UninterpretedLine {
        UninterpretedLine(line: row.lines.first, text: source.line(row.lines.first), reason: "\(table.displayName): \(reason)")
    }

    private func nonBlank(_ cell: Cell?) -> Cell? { cell.flatMap { $0.isBlank ? nil : $0 } }
}
