import Ingest

/// A table cell with what a message needs to name it: its table, row and column.
struct LocatedCell {
    var table: Table
    var row: Row
    var column: Int
    var cell: Cell

    /// The column's description as read from its header, if the table has one at that index and the
    /// row's values are known to sit in their columns.
    var columnInfo: Column? { row.alignedToColumns ? table.columns.first { $0.index == column } : nil }

    var tableName: String { table.displayName }

    /// `"Pengadaan Peralatan…", kolom "2020 / Rasio"`: where a reviewer finds the cell.
    var place: Localized {
        let label = MarkupStripper.strip(row.label).trimmingWhitespace()
        let header = columnInfo?.header ?? ""
        let rowText = label.isEmpty ? "" : "\"\(label.shortened)\""
        switch (rowText.isEmpty, header.isEmpty) {
        case (false, false): return Localized(id: "baris \(rowText), kolom \"\(header)\"", en: "row \(rowText), column \"\(header)\"")
        case (false, true): return Localized(id: "baris \(rowText)", en: "row \(rowText)")
        case (true, false): return Localized(id: "kolom \"\(header)\"", en: "column \"\(header)\"")
        case (true, true): return Localized(id: "sel tabel", en: "table cell")
        }
    }
}

enum TableCells {
    static func cells(of table: Table) -> [LocatedCell] {
        table.rows.flatMap { row in
            row.cells.enumerated().map { LocatedCell(table: table, row: row, column: $0.offset, cell: $0.element) }
        }
    }

    /// True when the column holds codes or row numbers, whose dotted digits are not amounts.
    static func isIdentifierColumn(_ column: Column?) -> Bool {
        guard let role = column?.role else { return false }
        switch role {
        case .code, .rowNumber: return true
        default: return false
        }
    }
}
