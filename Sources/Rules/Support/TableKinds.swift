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

    /// The plan years a table covers: its planned years plus a baseline-year column that falls inside
    /// the period (Semarang's 2016 "Data capaian pada tahun awal" column of a 2016–2021 plan).
    static func coveredYears(_ table: Table, period: PlanPeriod) -> [Int] {
        var years = Set(plannedYears(table))
        for column in table.columns {
            if case .baseline(let year?, _) = column.role, period.years.contains(year) { years.insert(year) }
        }
        return years.sorted()
    }

    /// A yearly series has at least three year columns; two columns compare a start with an end.
    static func isYearlySeries(_ table: Table) -> Bool { plannedYears(table).count >= 3 }

    /// A table is about the plan when at least two of its planned years fall inside the declared period:
    /// tables of past performance (2010–2016 in a 2016–2021 plan) are left alone.
    static func isPlanTable(_ table: Table, period: PlanPeriod) -> Bool {
        plannedYears(table).filter { period.years.contains($0) }.count >= 2
    }

    /// The lines of the header that names the year columns: the evidence a finding about a table's years
    /// points at, rather than every body row.
    static func yearHeaderLines(_ table: Table) -> (first: Int, last: Int) {
        let first = table.headerRows.first?.lines.first ?? table.lines.first
        return (first, table.headerRows.last?.lines.last ?? first)
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
