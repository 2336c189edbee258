/// Tables that state their money in thousands, millions or billions (`(dalam juta rupiah)`, `(Miliar
/// Rupiah)`, `Rp (000)`): their whole amounts are rounded to that unit, so a total may differ from the sum
/// of its parts by the parts' rounding, as for figures printed with decimals.
enum AmountScale {
    static let scaleWords = ["ribu", "ribuan", "juta", "jutaan", "miliar", "milyar", "triliun"]

    static func isStated(caption: TableCaption?, headerRows: [PhysicalLine]) -> Bool {
        let texts = [caption?.title ?? ""] + headerRows.flatMap(\.cells)
        return texts.contains { text in
            let lower = text.lowercased()
            guard lower.containsLiteral("rp") || lower.containsLiteral("rupiah") || lower.containsLiteral("pagu")
                    || lower.containsLiteral("anggaran") || lower.containsLiteral("dana") else { return false }
            let words = Set(lower.letterRuns().map(String.init))
            return scaleWords.contains(where: words.contains) || lower.containsLiteral("(000)") || lower.containsLiteral("000)")
        }
    }

    /// Marks the amounts of budget, realisation and total columns as rounded to their unit.
    static func markRounded(_ rows: inout [Row], columns: [Column]) {
        let amountColumns = Set(columns.filter { column in
            column.measure == .budget || column.measure == .realisation || column.role == .total
        }.map(\.index))
        for rowIndex in rows.indices {
            for column in rows[rowIndex].cells.indices where amountColumns.contains(column) {
                rows[rowIndex].cells[column].quantity?.isRoundedToUnit = true
            }
        }
    }
}
