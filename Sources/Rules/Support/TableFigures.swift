import Ingest

/// Reading numbers out of generic tables for the totals rules.
enum TableFigures {
    static let totalLabels: Set<String> = ["jumlah", "total", "jumlah total", "total keseluruhan", "jumlah keseluruhan", "grand total", "jumlah seluruhnya"]

    /// A row whose label is exactly `Jumlah`/`Total` (not `Jumlah Laporan …`, an indicator name).
    static func isTotalRow(_ row: Row) -> Bool {
        row.cells.contains { cell in
            cell.quantity == nil && mayNormaliseToTotalLabel(cell.text) && totalLabels.contains(NameNormalizer.normalize(cell.text))
        }
    }

    /// The fewest and most letters and digits a total label has.
    private static let totalLabelLength: ClosedRange<Int> = {
        let lengths = totalLabels.map { $0.utf8.count(where: { $0 != UInt8(ascii: " ") }) }
        return lengths.min()!...lengths.max()!
    }()

    /// False when normalising `text` cannot give a total label. On ASCII text, stripping markup and
    /// normalising only drop bytes, lower the case and join words, so the result's letters and digits
    /// are the text's own, and a total label needs `totalLabelLength` of them; a longer cell label
    /// (`Sub Kegiatan Penyediaan …`) is turned down without being normalised. Non-ASCII text is left
    /// to the normaliser.
    static func mayNormaliseToTotalLabel(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var alphanumerics = 0
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return true }
                let lower = byte | 0x20
                if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                    alphanumerics += 1
                }
                // Too long for a label already: only a non-ASCII byte further on can leave it to the normaliser.
                if alphanumerics > totalLabelLength.upperBound {
                    return bytes[(offset + 1)...].contains { $0 >= 0x80 }
                }
            }
            return totalLabelLength.contains(alphanumerics)
        }
    }

    /// Columns whose figures are not amounts or counts that add up: row numbers, codes, years of
    /// acquisition, percentages, ratios, averages and growth rates.
    static func isAdditive(_ column: Column?) -> Bool {
        guard let column else { return true }
        switch column.role {
        case .rowNumber, .code, .unit, .label, .indicator, .remarks: return false
        case .year(_, let measure), .baseline(_, let measure), .endOfPeriod(let measure):
            if measure == .ratio { return false }
        default: break
        }
        let header = " " + NameNormalizer.normalize(column.header) + " "
        let nonAdditiveWords = [" rasio ", " rata ", " persen", " persentase ", " prosentase ", " pertumbuhan ", " kelas ", " tahun ", " capaian ", " indeks ", " nilai "]
        return !nonAdditiveWords.contains(where: header.containsLiteral) && !column.header.containsLiteral("%")
    }

    /// The cell of `row` at `column` as a summable quantity: a blank cell counts as zero in a column of counts.
    static func addend(_ row: Row, _ column: Int) -> Quantity? {
        guard let cell = row[column] else { return zero }
        if cell.isBlank { return zero }
        guard let quantity = cell.quantity, quantity.kind != .percent else { return nil }
        return quantity
    }

    static let zero = Quantity(spelling: "", kind: .dash, value: nil)

    /// True when the row states at least one number (a data row rather than a group heading).
    static func hasFigures(_ row: Row) -> Bool { row.cells.contains { $0.quantity?.value != nil } }
}
