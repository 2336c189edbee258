/// Reads cell values and settles the spellings that read two ways (`2.946`: two thousand nine
/// hundred and forty-six, or two point nine four six) from what the column holds.
enum CellReading {
    /// The cell's quantity; a number whose grouping is broken (`20.00 0000`) is kept as `.malformed`.
    static func quantity(of text: String) -> Quantity? {
        if let quantity = NumberParser.parse(text) { return quantity }
        // `1.`, `12.`: a row number, not a number broken in two.
        if text.count <= 4, text.last == ".", text.dropLast().allSatisfy(\.isASCIIDigit) { return nil }
        return SplitNumber.isNumeric(text) ? Quantity(spelling: text, kind: .malformed, value: nil) : nil
    }

    /// Chooses a reading for every ambiguous body cell:
    /// - budget columns hold rupiah: the thousands reading;
    /// - target, baseline and realisation columns whose other cells write decimals with a point
    ///   (`88.0`, `20.36`), percent cells, and cells of a row whose unit is percent: the decimal reading;
    /// - anything else keeps the parser's reading, with the other one still at hand.
    static func resolvingAmbiguity(_ rows: [Row], columns: [Column]) -> [Row] {
        let unitColumn = columns.first { $0.role == .unit }?.index
        let columnAt = Dictionary(columns.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        // One pass over the cells, never columns × rows: a row is only as wide as what was written in it.
        var usesDecimalPoint = Set<Int>()
        for row in rows {
            for (column, cell) in row.cells.enumerated() {
                guard let quantity = cell.quantity, !quantity.isAmbiguous, quantity.reading == .english,
                      quantity.decimals > 0 else { continue }
                usesDecimalPoint.insert(column)
            }
        }
        var rows = rows
        for rowIndex in rows.indices {
            let rowUnitIsPercent = isPercentUnit(unitColumn.flatMap { rows[rowIndex][$0]?.text })
            for columnIndex in rows[rowIndex].cells.indices {
                guard let column = columnAt[columnIndex], let quantity = rows[rowIndex].cells[columnIndex].quantity,
                      let alternative = quantity.alternativeValue, let value = quantity.value else { continue }
                let wantsThousands: Bool
                if column.measure == .budget {
                    wantsThousands = true
                } else if usesDecimalPoint.contains(columnIndex) || quantity.kind == .percent
                            || isFigureColumn(column) && rowUnitIsPercent {
                    wantsThousands = false
                } else {
                    continue
                }
                if wantsThousands != (value > alternative) {
                    rows[rowIndex].cells[columnIndex].quantity = quantity.withAlternativeReading()
                }
            }
        }
        return rows
    }

    /// Columns whose values are measured in the row's unit.
    static func isFigureColumn(_ column: Column) -> Bool {
        switch column.role {
        case .year, .baseline, .endOfPeriod: return column.measure != .budget
        default: return false
        }
    }

    static func isPercentUnit(_ unit: String?) -> Bool {
        guard let unit = unit?.lowercased() else { return false }
        return unit.containsLiteral("%") || unit.containsLiteral("persen")
    }
}
