/// Builds the plan from a table whose every row is one leaf of the plan carrying the codes and names
/// of all its levels in their own columns (an export with one row per sub kegiatan, its programme and
/// kegiatan repeated on each row), grouped under the agencies the rows name. Rows of one leaf are its
/// entries (an indicator each, with its own budget): one node whose budget for a year is their sum. A
/// row that repeats an earlier entry of the leaf word for word stays a node of its own, so the repetition
/// shows as the duplicate it is.
public struct FlatPlanBuilder {
    /// Where each level's code and name stand.
    public struct LevelColumns: Sendable {
        public var level: PlanLevel
        public var code: Int
        public var name: Int

        public init(level: PlanLevel, code: Int, name: Int) {
            self.level = level
            self.code = code
            self.name = name
        }
    }

    public let table: Table
    /// Outermost first; the last level holds the budgets and indicators.
    public let levels: [LevelColumns]
    /// The columns that name the agency (and region) a row belongs to.
    public let agencyColumns: [Int]
    public let indicatorColumn: Int?
    public let unitColumn: Int?
    // Found once per table: every row of the export is read through them.
    private let yearColumns: [(year: Int, target: Int?, budget: Int?)]
    private let baselineTargetColumn: Int?

    public init(table: Table, levels: [LevelColumns], agencyColumns: [Int], indicatorColumn: Int?, unitColumn: Int?) {
        self.table = table
        self.levels = levels
        self.agencyColumns = agencyColumns
        self.indicatorColumn = indicatorColumn
        self.unitColumn = unitColumn
        yearColumns = table.yearColumns
        baselineTargetColumn = table.columns.first { if case .baseline(_, .target) = $0.role { return true } else { return false } }?.index
    }

    public func build() -> [PlanNode] {
        var agencies: [PlanNode] = []
        var agencyIndex: [String: Int] = [:]
        // Where each node sits: agency index, then child indices, keyed by the codes on the way down.
        var paths: [[String]: [Int]] = [:]
        // The entries already read into each leaf, by their full text.
        var entries: [[String]: Set<String>] = [:]
        for row in table.rows {
            let agencyName = agencyColumns.map { text(row, $0) }.filter { !$0.isEmpty }.joined(separator: " · ")
            guard let leaf = levels.last, !text(row, leaf.code).isEmpty || !text(row, leaf.name).isEmpty else { continue }
            let agency: Int
            if let existing = agencyIndex[agencyName] {
                agency = existing
            } else {
                agency = agencies.count
                agencyIndex[agencyName] = agency
                agencies.append(PlanNode(level: .agency, name: agencyName, lines: row.lines, table: table.displayName))
            }
            var path: [Int] = [agency]
            var key: [String] = [agencyName]
            for (depth, level) in levels.enumerated() {
                let code = text(row, level.code), name = text(row, level.name)
                guard !code.isEmpty || !name.isEmpty else { break }
                let isLeaf = depth == levels.count - 1
                key.append(code + "|" + name)
                if isLeaf, let known = paths[key], !(entries[key]?.contains(entryText(row)) ?? false) {
                    entries[key, default: []].insert(entryText(row))
                    Self.update(&agencies, at: known) { node in
                        node.indicators += indicator(of: row).map { [$0] } ?? []
                        node.budgets = Self.summed(node.budgets, budgets(of: row))
                        node.lines = node.lines.union(row.lines)
                    }
                    continue
                }
                if !isLeaf, let known = paths[key] {
                    path = known
                    continue
                }
                if isLeaf {
                    if paths[key] != nil { key.append("\(row.lines.first)") }
                    entries[key, default: []].insert(entryText(row))
                }
                let node = PlanNode(level: level.level, code: code.isEmpty ? nil : code, name: name,
                                    indicators: isLeaf ? indicator(of: row).map { [$0] } ?? [] : [],
                                    budgets: isLeaf ? budgets(of: row) : [], lines: row.lines, table: table.displayName)
                var childIndex = 0
                Self.update(&agencies, at: path) { parent in
                    childIndex = parent.children.count
                    parent.children.append(node)
                }
                path.append(childIndex)
                paths[key] = path
            }
        }
        return agencies
    }

    private func text(_ row: Row, _ column: Int) -> String { row[column]?.text ?? "" }

    private func entryText(_ row: Row) -> String { row.cells.map(\.text).joined(separator: "\t") }

    /// Budgets of two entries added year by year; the sum keeps the lines of both.
    static func summed(_ first: [YearFigure], _ second: [YearFigure]) -> [YearFigure] {
        let years = Set(first.map(\.year) + second.map(\.year)).sorted()
        return years.map { year in
            let cells = (first + second).filter { $0.year == year }.compactMap(\.budget)
            guard cells.count > 1 else { return YearFigure(year: year, budget: cells.first) }
            let values = cells.compactMap { $0.quantity?.additiveValue }
            guard values.count == cells.count else { return YearFigure(year: year, budget: cells.first) }
            let total = values.reduce(0, +)
            let text = IndonesianNumberFormat.format(total)
            return YearFigure(year: year, budget: Cell(text: text, line: cells[0].line, lines: cells.flatMap(\.lines),
                                                       quantity: Quantity(spelling: text, kind: .number, value: total)))
        }
    }

    private func budgets(of row: Row) -> [YearFigure] {
        yearColumns.compactMap { year, _, budgetColumn in
            budgetColumn.flatMap { row[$0] }.flatMap { $0.isBlank ? nil : YearFigure(year: year, budget: $0) }
        }
    }

    private func indicator(of row: Row) -> PlanIndicator? {
        guard let indicatorColumn, !text(row, indicatorColumn).isEmpty else { return nil }
        let targets = yearColumns.compactMap { year, targetColumn, _ -> YearFigure? in
            targetColumn.flatMap { row[$0] }.flatMap { $0.isBlank ? nil : YearFigure(year: year, target: $0) }
        }
        let baseline = baselineTargetColumn.flatMap { row[$0] }
        return PlanIndicator(name: text(row, indicatorColumn), unit: unitColumn.map { text(row, $0) },
                             baseline: baseline.flatMap { $0.isBlank ? nil : $0 }, targets: targets, line: row.lines.first)
    }

    /// Applies `change` to the node at `path` (an agency index, then child indices).
    private static func update(_ roots: inout [PlanNode], at path: [Int], _ change: (inout PlanNode) -> Void) {
        func descend(_ node: inout PlanNode, _ rest: ArraySlice<Int>) {
            guard let next = rest.first else { return change(&node) }
            descend(&node.children[next], rest.dropFirst())
        }
        descend(&roots[path[0]], path.dropFirst())
    }
}
