import Ingest

/// For one year of a performance or budget table, the columns of a printed ratio and of the two
/// figures it is computed from: `Rasio Capaian 2011` = `Realisasi 2011` ÷ `Target 2011` × 100.
struct RatioColumnSet: Equatable {
    var year: Int
    var numerator: Column
    var denominator: Column
    var ratio: Column?
}

/// A row's figures for one `RatioColumnSet`.
struct RatioRowFigures {
    var year: Int
    var numerator: Cell
    var denominator: Cell
    var ratio: Cell?
    /// The columns the cells stand in.
    var columns: RatioColumnSet

    /// The realisation as evidence in `role`, in its column.
    func realisationEvidence(_ role: Evidence.Role, table: String) -> Evidence {
        .cell(numerator, role, table: table, column: columns.numerator.index, header: columns.numerator.header)
    }

    /// The target or budget the realisation is divided by, as an operand in its column.
    func denominatorEvidence(table: String) -> Evidence {
        .cell(denominator, .operand, table: table, column: columns.denominator.index, header: columns.denominator.header)
    }

    /// The realisation and the target or budget as operands.
    func operandEvidence(table: String) -> [Evidence] {
        [realisationEvidence(.operand, table: table), denominatorEvidence(table: table)]
    }
}

enum RatioColumns {
    /// The years whose columns are unambiguous: exactly one realisation column, exactly one column of
    /// the `denominator` measure (target or budget), at most one ratio column, and no column of the
    /// other denominator measure, so that it is clear what the ratio divides by.
    static func sets(in table: Table, denominator: Measure) -> [RatioColumnSet] {
        let otherDenominator: Measure = denominator == .target ? .budget : .target
        var byYear: [Int: [Measure: [Column]]] = [:]
        for column in table.columns {
            if case .year(let year, let measure) = column.role { byYear[year, default: [:]][measure, default: []].append(column) }
        }
        return byYear.keys.sorted().compactMap { year in
            let columns = byYear[year]!
            guard let realisation = columns[.realisation], realisation.count == 1,
                  let base = columns[denominator], base.count == 1,
                  (columns[.ratio]?.count ?? 0) <= 1, columns[otherDenominator] == nil else { return nil }
            return RatioColumnSet(year: year, numerator: realisation[0], denominator: base[0], ratio: columns[.ratio]?.first)
        }
    }

    /// The rows whose cells sit in known columns: a row the ingester could not align to the header
    /// keeps its values in order, not in place, and says nothing about any year.
    static func alignedRows(of table: Table) -> [Row] { table.rows.filter(\.alignedToColumns) }

    /// The figures of `row` for each set where both the numerator and the denominator cells exist.
    static func figures(of row: Row, in sets: [RatioColumnSet]) -> [RatioRowFigures] {
        sets.compactMap { set in
            guard let numerator = row[set.numerator.index], let denominator = row[set.denominator.index] else { return nil }
            return RatioRowFigures(year: set.year, numerator: numerator, denominator: denominator,
                                   ratio: set.ratio.flatMap { row[$0.index] }, columns: set)
        }
    }

    /// Whether two figures can be divided: amounts of money by amounts, percentages by percentages or
    /// plain numbers, never money by percentages (a sign that a value landed in the wrong column).
    static func areComparable(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        let kinds: Set<Quantity.Kind> = [lhs.kind, rhs.kind]
        return !(kinds.contains(.money) && kinds.contains(.percent))
    }

    /// The row's name for messages: its label or indicator cell (else the first cell with words, not
    /// the row number), shortened to a readable length.
    static func rowName(_ row: Row, in table: Table) -> String {
        let named = table.columns.first { column in
            (column.role == .label || column.role == .indicator) && !(row[column.index]?.isBlank ?? true)
        }.flatMap { row[$0.index]?.text }
        let text = named ?? row.cells.first { $0.text.contains(where: \.isLetter) }?.text ?? row.label
        let label = MarkupStripper.strip(text).trimmingWhitespace()
        return label.count > 90 ? String(label.prefix(87)) + "…" : label
    }
}
