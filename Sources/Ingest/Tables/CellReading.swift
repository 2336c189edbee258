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
        var rows = rows
        for column in columns {
            let isBudget = column.measure == .budget
            let usesDecimalPoint = rows.contains { row in
                guard let quantity = row[column.index]?.quantity, !quantity.isAmbiguous else { return false }
                return quantity.reading == .english && quantity.decimals > 0
            }
            for rowIndex in rows.indices {
                guard column.index < rows[rowIndex].cells.count,
                      let quantity = rows[rowIndex].cells[column.index].quantity,
                      let alternative = quantity.alternativeValue, let value = quantity.value else { continue }
                let wantsThousands: Bool
                if isBudget {
                    wantsThousands = true
                } else if usesDecimalPoint || quantity.kind == .percent
                            || isFigureColumn(column) && isPercentUnit(unitColumn.flatMap { rows[rowIndex][$0]?.text }) {
                    wantsThousands = false
                } else {
                    continue
                }
                if wantsThousands != (value > alternative) {
                    rows[rowIndex].cells[column.index].quantity = quantity.withAlternativeReading()
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
