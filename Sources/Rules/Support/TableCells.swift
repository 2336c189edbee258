import Ingest

/// A table cell with what a message needs to name it: its table, row and column.
struct LocatedCell {
    var table: Table
    var row: Row
    var column: Int
    var cell: Cell

    /// The column's description as read from its header, if the table has one at that index and the
    /// row's values are known to sit in their columns.
    var columnInfo: Column? { row.alignedToColumns ? table.column(at: column) : nil }

    var tableName: String { table.displayName }

    /// The cell as evidence, in its column.
    func evidence(_ role: Evidence.Role) -> Evidence {
        .cell(cell, role, table: tableName, column: column, header: columnInfo?.header)
    }

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
    /// The body cells of every table for which `include` holds, in document order, located one at a time
    /// as the caller reads them: locating a cell copies its table and row, so rules pick cells by their
    /// content first, and a list of located cells would hold those copies for every cell it picked.
    static func cells(in document: RenstraDocument, where include: @escaping (Cell) -> Bool) -> some Sequence<LocatedCell> {
        document.tables.lazy.flatMap { table in
            table.rows.lazy.flatMap { row in
                row.cells.indices.lazy.filter { include(row.cells[$0]) }
                    .map { LocatedCell(table: table, row: row, column: $0, cell: row.cells[$0]) }
            }
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
