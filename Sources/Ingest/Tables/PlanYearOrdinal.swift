/// Year columns headed by their place in the plan rather than the calendar (`Tahun 1` … `Tahun 5`,
/// `Tahun ke-1`, `Tahun-2`), as the Permendagri 86/2017 forms print them. They become calendar years from
/// the plan's declared period when the count of columns settles it: as many columns as the period has
/// years start with its first year; one fewer start after it (the first year is the baseline, printed in
/// its own column). Otherwise they stay unread, rather than guessed.
enum PlanYearOrdinal {
    static let largestOrdinal = 10

    /// The ordinal a header label names, or nil.
    static func ordinal(in text: String) -> Int? {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }).map(String.init)
        guard let tahun = words.firstIndex(of: "tahun"), tahun + 1 < words.count else { return nil }
        var next = tahun + 1
        if words[next] == "ke", next + 1 < words.count { next += 1 }
        guard let number = Int(words[next]), (1...largestOrdinal).contains(number) else { return nil }
        return number
    }

    /// The calendar year of each ordinal, or nil when the period does not settle it.
    static func years(for ordinals: Set<Int>, period: PlanPeriod?) -> [Int: Int]? {
        guard let period, let largest = ordinals.max(), ordinals.count == largest else { return nil }
        let length = period.end - period.start + 1
        let first: Int
        if length == largest { first = period.start } else if length == largest + 1 { first = period.start + 1 } else { return nil }
        return Dictionary(uniqueKeysWithValues: ordinals.map { ($0, first + $0 - 1) })
    }

    /// Columns classified again with their ordinals read as calendar years.
    static func resolving(_ columns: [Column], headerGrid: [[String]], period: PlanPeriod?) -> [Column] {
        guard !columns.contains(where: { if case .year = $0.role { return true } else { return false } }) else { return columns }
        let ordinals = columns.map { column in
            headerGrid.lazy.compactMap { column.index < $0.count ? ordinal(in: $0[column.index]) : nil }.first
        }
        guard let years = Self.years(for: Set(ordinals.compactMap { $0 }), period: period) else { return columns }
        return columns.enumerated().map { index, column in
            guard let ordinal = ordinals[index], let year = years[ordinal] else { return column }
            let texts = headerGrid.map { column.index < $0.count ? $0[column.index] : "" }.filter { !$0.isEmpty }
                .map { $0.lowercased().replacingAll("tahun ke-\(ordinal)", with: "\(year)").replacingAll("tahun \(ordinal)", with: "\(year)") }
            var resolved = column
            resolved.role = ColumnClassifier.role(for: texts)
            if case .year = resolved.role {} else { resolved.role = .year(year, measure: ColumnClassifier.measure(innermost: texts.last ?? "", all: " " + texts.joined(separator: " ") + " ")) }
            return resolved
        }
    }
}
