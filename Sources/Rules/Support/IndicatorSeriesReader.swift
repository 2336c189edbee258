import Ingest

/// Reads indicator series from the programme plan's indicators and from the rows of target tables that the
/// plan was not read from. Rules read them for two purposes that count different rows and columns, told
/// apart by a `Selection`.
enum IndicatorSeriesReader {
    /// What a rule reads as a series. Comparing statements across tables wants only well-named indicators
    /// with one target a year; judging a series' own values wants every series of targets the document states.
    enum Selection {
        /// For the cross-table rules: a plan indicator or table row needs a textual name of two words or more
        /// (without a leading `IKU:`-style label) in the indicator column; a table keeps one target column a
        /// year, the one headed as a target before an unlabelled one; a plan indicator keeps the last
        /// target of a year; the tables read into the plan are those holding a plan node's rows; a unit
        /// names percent in any spelling (`%`, `Persen`, `Prosentase`).
        case comparable
        /// For the value rules: every plan indicator (named after its node when it has no name) and every
        /// row of a table with at least two target columns, named by its indicator cell or its label; a
        /// target column is headed as a target, or unlabelled in a table about the plan's years; the tables
        /// read into the plan are those bearing a plan node's table name; a unit names percent only as
        /// `persen…` or with `%`.
        case ownValues
    }

    /// Every series with at least one numeric target: plan indicators first, then table rows in document order.
    static func read(_ document: RenstraDocument, _ selection: Selection) -> [IndicatorSeries] {
        let readIntoPlan = selection.tablesReadIntoPlan(document)
        let tablesOutsidePlan = document.tables.filter { !readIntoPlan($0) }
        // Room for every indicator and row that can state a series, taken at once: grown as it went, a large
        // plan's series took up to twice their memory for as long as the rules ran.
        var series: [IndicatorSeries] = []
        let period = document.metadata.period
        series.reserveCapacity(document.allPlanNodes.reduce(0) { $0 + $1.indicators.count }
                               + tablesOutsidePlan.reduce(0) { $0 + (selection.targetColumns(of: $1, period: period).isEmpty ? 0 : $1.rows.count) })
        let titles = Dictionary(document.tables.compactMap { table in table.caption.map { (table.displayName, $0.title) } },
                                uniquingKeysWith: { first, _ in first })
        for node in document.allPlanNodes {
            for indicator in node.indicators {
                guard let name = selection.name(of: indicator, in: node) else { continue }
                var points = numericPoints(indicator.targets.compactMap { figure in figure.target.map { (figure.year, $0) } })
                // Statements compared year by year need one target a year.
                if selection == .comparable { points = lastPerYear(points) }
                guard !points.isEmpty else { continue }
                series.append(statement(selection, name: name, unit: indicator.unit, baseline: indicator.baseline,
                                        baselineYear: nil, points: points, table: node.table, tableTitle: titles[node.table],
                                        line: indicator.line))
            }
        }
        for table in tablesOutsidePlan {
            series += rows(of: table, selection, period: period)
        }
        return series
    }

    /// The rows of a table that state targets in its target columns.
    static func rows(of table: Table, _ selection: Selection, period: PlanPeriod?) -> [IndicatorSeries] {
        let targetColumns = selection.targetColumns(of: table, period: period)
        guard !targetColumns.isEmpty else { return [] }
        let indicatorColumn = table.columns.first { $0.role == .indicator }?.index
        let unitColumn = table.columns.first { $0.role == .unit }?.index
        let baselineColumn = table.columns.first { column in
            if case .baseline(_, let measure) = column.role { return measure != .budget }
            return false
        }
        return table.rows.compactMap { row -> IndicatorSeries? in
            guard row.alignedToColumns,
                  let (name, line) = selection.nameAndLine(of: row, indicatorColumn: indicatorColumn) else { return nil }
            let points = numericPoints(targetColumns.compactMap { column in row[column.index].map { (column.year, $0) } })
            guard !points.isEmpty else { return nil }
            let baseline = baselineColumn.flatMap { row[$0.index] }.flatMap { $0.quantity?.value == nil ? nil : $0 }
            return statement(selection, name: name, unit: unitColumn.flatMap { row[$0]?.text }, baseline: baseline,
                             baselineYear: baselineColumn?.year, points: points, table: table.displayName,
                             tableTitle: table.caption?.title, line: line)
        }
    }

    private static func statement(_ selection: Selection, name: String, unit: String?, baseline: Cell?, baselineYear: Int?,
                                  points: [IndicatorSeries.Point], table: String, tableTitle: String?, line: Int) -> IndicatorSeries {
        let unitSaysPercent = unit.map(selection.namesPercent) ?? false
        return IndicatorSeries(name: name, unit: unit, baseline: baseline, baselineYear: baselineYear,
                               points: points, table: table, tableTitle: tableTitle, line: line,
                               isPercent: unitSaysPercent || points.allSatisfy { $0.quantity.kind == .percent },
                               comparable: selection == .comparable)
    }

    /// The cells that state a plain number or a percentage with a value: not money, a dash, N/A or text.
    private static func numericPoints(_ cells: [(year: Int, cell: Cell)]) -> [IndicatorSeries.Point] {
        cells.compactMapReserved { year, cell in
            guard let quantity = cell.quantity, quantity.value != nil, quantity.kind == .number || quantity.kind == .percent
            else { return nil }
            return IndicatorSeries.Point(year: year, cell: cell)
        }
    }

    /// One point a year, the last stated for it, in year order.
    private static func lastPerYear(_ points: [IndicatorSeries.Point]) -> [IndicatorSeries.Point] {
        if IndicatorSeries.inYearOrder(points) { return points }
        return Dictionary(points.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last }).values.sorted { $0.year < $1.year }
    }

    /// `IKU: Persentase …`, `Indikator Sasaran 1: Persentase …` → `Persentase …`; nil for a name of fewer
    /// than two words.
    static func cleanName(_ text: String) -> String? {
        var name = MarkupStripper.strip(text).trimmingWhitespace()
        if let colon = name.firstColon, name.distance(from: name.startIndex, to: colon) <= 30 {
            let prefix = NameNormalizer.normalize(String(name[..<colon]))
            let labels = ["indikator", "iku", "ikk", "tujuan", "sasaran", "outcome", "output", "ik"]
            if labels.contains(where: { prefix == $0 || prefix.hasPrefix($0 + " ") }) {
                name = String(name[name.index(after: colon)...]).trimmingWhitespace()
            }
        }
        return NameNormalizer.normalize(name).pieces(separatedBy: " ").count >= 2 ? name : nil
    }
}

extension IndicatorSeriesReader.Selection {
    /// A plan indicator's name, or nil when the indicator is not read.
    func name(of indicator: PlanIndicator, in node: PlanNode) -> String? {
        switch self {
        case .comparable: return IndicatorSeriesReader.cleanName(indicator.name)
        case .ownValues: return indicator.name.isEmpty ? node.name : indicator.name
        }
    }

    /// A table row's name and line, or nil when the row is not read.
    func nameAndLine(of row: Row, indicatorColumn: Int?) -> (name: String, line: Int)? {
        let indicator = indicatorColumn.flatMap { row[$0] }
        switch self {
        case .comparable:
            guard let indicator, indicator.quantity == nil, let name = IndicatorSeriesReader.cleanName(indicator.text) else { return nil }
            return (name, indicator.line)
        case .ownValues:
            let written = indicator.flatMap { $0.isBlank ? nil : $0.text } ?? row.label
            return (MarkupStripper.strip(written).trimmingWhitespace(), row.lines.first)
        }
    }

    /// Whether a table is left out because its rows were read as plan nodes.
    func tablesReadIntoPlan(_ document: RenstraDocument) -> (Table) -> Bool {
        switch self {
        case .comparable:
            var planLines = Set<Int>()
            for node in document.allPlanNodes { planLines.formUnion(node.lines.first...node.lines.last) }
            return { table in table.rows.contains { planLines.contains($0.lines.first) } }
        case .ownValues:
            let planTables = Set(document.allPlanNodes.map(\.table))
            return { table in planTables.contains(table.displayName) }
        }
    }

    /// The columns whose cells are targets, with their years.
    func targetColumns(of table: Table, period: PlanPeriod?) -> [(year: Int, index: Int)] {
        switch self {
        case .comparable:
            var chosen: [Int: (index: Int, measure: Measure)] = [:]
            for column in table.columns {
                guard case .year(let year, let measure) = column.role, measure == .target || measure == .unspecified else { continue }
                if let existing = chosen[year], existing.measure == .target || measure != .target { continue }
                chosen[year] = (column.index, measure)
            }
            return chosen.map { ($0.key, $0.value.index) }.sorted { $0.year < $1.year }
        case .ownValues:
            // Unlabelled year columns count only in a table about the plan's years, not in a history of realisations.
            let planTable = period.map { PlanTables.isPlanTable(table, period: $0) } ?? false
            let columns = table.columns.compactMap { column -> (year: Int, index: Int)? in
                guard case .year(let year, let measure) = column.role else { return nil }
                return measure == .target || (measure == .unspecified && planTable) ? (year, column.index) : nil
            }
            // A single column is one figure, not a series to judge.
            return columns.count >= 2 ? columns : []
        }
    }

    /// Whether a unit column names percent.
    func namesPercent(_ unit: String) -> Bool {
        switch self {
        case .comparable: return IndicatorKey.isPercentWord(unit)
        case .ownValues:
            let words = NameNormalizer.normalize(unit)
            return words == "persen" || words.hasPrefix("persen ") || unit.containsLiteral("%")
        }
    }
}
