import Ingest

/// Which tables state the plan's own years (targets, budgets) rather than history or realisation.
enum PlanTables {
    /// Years of the table's forward-looking columns: targets, budgets and unspecified year figures,
    /// not realisation or ratio columns, not baselines.
    static func plannedYears(_ table: Table) -> [Int] {
        var years = Set<Int>()
        for column in table.columns {
            if case .year(let year, let measure) = column.role, measure != .realisation && measure != .ratio {
                years.insert(year)
            }
        }
        return years.sorted()
    }

    /// A table is about the plan when at least two of its planned years fall inside the declared period:
    /// tables of past performance (2010–2016 in a 2016–2021 plan) are left alone.
    static func isPlanTable(_ table: Table, period: PlanPeriod) -> Bool {
        plannedYears(table).filter { period.years.contains($0) }.count >= 2
    }
}

extension Array where Element == Int {
    /// `2025–2030` for consecutive years, `2024, 2026, 2027` otherwise.
    var yearListText: String {
        guard let first, let last else { return "-" }
        if count > 2 && last - first == count - 1 { return "\(first)–\(last)" }
        return map(String.init).joined(separator: ", ")
    }
}
