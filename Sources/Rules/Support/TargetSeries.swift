import Ingest

/// The yearly targets of one indicator, read from a plan node or from a row of a target table
/// (Tujuan dan Sasaran, IKU, Indikator Kinerja), so value rules judge series the same way everywhere.
struct TargetSeries {
    struct Point {
        var year: Int
        var cell: Cell
        var quantity: Quantity? { cell.quantity }
    }

    var name: String
    var unit: String?
    var points: [Point]
    var baseline: Cell?
    var table: String
    var line: Int

    /// The points whose cell is a plain number or percentage with a value (no dash, N/A or text).
    var numericPoints: [Point] {
        points.filter { point in
            guard let quantity = point.quantity, quantity.value != nil else { return false }
            return quantity.kind == .number || quantity.kind == .percent
        }
    }

    /// True when the indicator is measured in percent, by its unit column or its figures.
    var isPercentage: Bool {
        let unitWords = NameNormalizer.normalize(unit ?? "")
        if unitWords == "persen" || unitWords.hasPrefix("persen ") || (unit ?? "").contains("%") { return true }
        let numeric = numericPoints
        return !numeric.isEmpty && numeric.allSatisfy { $0.quantity?.kind == .percent }
    }
}

enum TargetSeriesReader {
    /// Every indicator series of the document: plan-node indicators first, then the rows of target
    /// tables that did not become plan nodes.
    static func all(in document: RenstraDocument) -> [TargetSeries] {
        var series: [TargetSeries] = []
        var planTables = Set<String>()
        for node in document.allPlanNodes {
            planTables.insert(node.table)
            for indicator in node.indicators {
                let points = indicator.targets.compactMap { figure in
                    figure.target.map { TargetSeries.Point(year: figure.year, cell: $0) }
                }
                series.append(TargetSeries(
                    name: indicator.name.isEmpty ? node.name : indicator.name, unit: indicator.unit, points: points,
                    baseline: indicator.baseline, table: node.table, line: indicator.line))
            }
        }
        for table in document.tables {
            let name = table.caption?.label ?? table.displayName
            guard !planTables.contains(name), !planTables.contains(table.displayName) else { continue }
            series += rows(of: table, period: document.metadata.period)
        }
        return series
    }

    /// Target columns of a table: those headed as targets, or unlabelled year columns of a table about
    /// the plan's own years (not a history of realisations).
    static func targetColumns(of table: Table, period: PlanPeriod?) -> [(index: Int, year: Int)] {
        let planTable = period.map { PlanTables.isPlanTable(table, period: $0) } ?? false
        return table.columns.compactMap { column in
            guard case .year(let year, let measure) = column.role else { return nil }
            if measure == .target || (measure == .unspecified && planTable) { return (column.index, year) }
            return nil
        }
    }

    static func rows(of table: Table, period: PlanPeriod?) -> [TargetSeries] {
        let columns = targetColumns(of: table, period: period)
        guard columns.count >= 2 else { return [] }
        let indicatorColumn = table.columns.first { $0.role == .indicator }?.index
        let unitColumn = table.columns.first { $0.role == .unit }?.index
        let baselineColumn = table.columns.first { if case .baseline = $0.role { return true } else { return false } }?.index
        let tableName = table.caption?.label ?? table.displayName
        return table.rows.compactMap { row -> TargetSeries? in
            let points = columns.compactMap { column -> TargetSeries.Point? in
                guard let cell = row[column.index], !cell.isBlank else { return nil }
                return TargetSeries.Point(year: column.year, cell: cell)
            }
            guard !points.isEmpty else { return nil }
            let indicator = indicatorColumn.flatMap { row[$0] }.flatMap { $0.isBlank ? nil : $0.text }
            return TargetSeries(
                name: MarkupStripper.strip(indicator ?? row.label).trimmingWhitespace(),
                unit: unitColumn.flatMap { row[$0] }.flatMap { $0.isBlank ? nil : $0.text },
                points: points, baseline: baselineColumn.flatMap { row[$0] }, table: tableName, line: row.lines.first)
        }
    }
}
