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
    /// - budget columns hold rupiah, and columns whose other figures group thousands with the same mark
    ///   (`28,574` among `2,395,781`): the thousands reading;
    /// - target, baseline and realisation columns whose other cells write decimals with a point
    ///   (`88.0`, `20.36`), percent cells, and cells of a row whose unit is percent: the decimal reading;
    /// - anything else keeps the parser's reading, with the other one still at hand.
    static func resolvingAmbiguity(_ rows: [Row], columns: [Column]) -> [Row] {
        let unitColumn = columns.first { $0.role == .unit }?.index
        let columnAt = Dictionary(columns.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        let (usesDecimalPoint, groupMarks) = columnConventions(of: rows)
        return rows.mapOnCoresWhenLarge { row in
            // Most rows hold no figure with two readings: their unit is not read.
            lazy var rowUnitIsPercent = isPercentUnit(unitColumn.flatMap { row[$0]?.text })
            var row = row
            for columnIndex in row.cells.indices {
                guard let quantity = row.cells[columnIndex].quantity, let alternative = quantity.alternativeValue,
                      let value = quantity.value, let column = columnAt[columnIndex] else { continue }
                let wantsThousands: Bool
                let marks = groupMarks[columnIndex] ?? []
                let mark = quantity.spelling.first { $0 == "," || $0 == "." }
                if column.measure == .budget || (mark.map(marks.contains) ?? false) && marks.count == 1 {
                    wantsThousands = true
                } else if usesDecimalPoint.contains(columnIndex) || quantity.kind == .percent
                            || isFigureColumn(column) && rowUnitIsPercent {
                    wantsThousands = false
                } else {
                    continue
                }
                if wantsThousands != (value > alternative) {
                    row.cells[columnIndex].quantity = quantity.withAlternativeReading()
                }
            }
            return row
        }
    }

    /// The columns whose unambiguous figures write decimals with a point, and the marks each column's
    /// unambiguous figures put between groups of three (`2,395,781`, `8.757.518`). One pass over the cells,
    /// never columns × rows: a row is only as wide as what was written in it. Each row's figures are read
    /// on their own (on every core for a large table), then gathered.
    private static func columnConventions(of rows: [Row]) -> (usesDecimalPoint: Set<Int>, groupMarks: [Int: Set<Character>]) {
        let signs = rows.mapOnCoresWhenLarge { row -> (decimalPointColumns: [Int], groupMarks: [(column: Int, mark: Character)]) in
            var decimalPointColumns: [Int] = [], groupMarks: [(column: Int, mark: Character)] = []
            for (column, cell) in row.cells.enumerated() {
                guard let quantity = cell.quantity, !quantity.isAmbiguous else { continue }
                if quantity.reading == .english && quantity.decimals > 0 { decimalPointColumns.append(column) }
                if quantity.decimals == 0, let mark = repeatedGroupMark(quantity.spelling) { groupMarks.append((column, mark)) }
            }
            return (decimalPointColumns, groupMarks)
        }
        var usesDecimalPoint = Set<Int>()
        var groupMarks: [Int: Set<Character>] = [:]
        for sign in signs {
            usesDecimalPoint.formUnion(sign.decimalPointColumns)
            for (column, mark) in sign.groupMarks { groupMarks[column, default: []].insert(mark) }
        }
        return (usesDecimalPoint, groupMarks)
    }

    /// The mark a spelling puts between groups of three when it puts the same one at least twice
    /// (`2,395,781` → `,`); nil otherwise.
    static func repeatedGroupMark(_ spelling: String) -> Character? {
        // Counted on bytes: asked of every figure of every table, and in UTF-8 no other scalar uses the
        // byte of a comma or a point (a parsed figure's spelling carries no combining marks).
        var (commas, points) = (0, 0)
        for byte in spelling.utf8 {
            if byte == UInt8(ascii: ",") { commas += 1 } else if byte == UInt8(ascii: ".") { points += 1 }
        }
        switch (commas, points) {
        case (2..., 0): return ","
        case (0, 2...): return "."
        default: return nil
        }
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
