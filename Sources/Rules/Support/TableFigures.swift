import Ingest

/// Reading numbers out of generic tables for the totals rules.
enum TableFigures {
    static let totalLabels: Set<String> = ["jumlah", "total", "jumlah total", "total keseluruhan", "jumlah keseluruhan", "grand total", "jumlah seluruhnya"]

    /// A row whose label is exactly `Jumlah`/`Total` (not `Jumlah Laporan …`, an indicator name).
    static func isTotalRow(_ row: Row) -> Bool {
        row.cells.contains { cell in
            cell.quantity == nil && totalLabels.contains(NameNormalizer.normalize(cell.text))
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
        return !nonAdditiveWords.contains(where: header.contains) && !column.header.contains("%")
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
