import Ingest

/// The column of every cell of one or more tables (tables may share a label), by the cell's first line:
/// plan nodes keep their cells but not their columns, and a finding about a node's budget cites the
/// cell with its column so that a report can show and highlight exactly that column.
struct TableCellPlaces {
    struct Place {
        var column: Int
        var cell: Cell
        var header: Column?
    }

    private var byLine: [Int: [Place]] = [:]

    init(_ tables: [Table]) {
        for table in tables {
            for row in table.rows {
                for (index, cell) in row.cells.enumerated() where !cell.isBlank {
                    let place = Place(column: index, cell: cell, header: row.alignedToColumns ? table.column(at: index) : nil)
                    for line in Set(cell.lines) { byLine[line, default: []].append(place) }
                }
            }
        }
    }

    /// The place of `cell`: a cell on its line with the same text (or holding it as one of the pieces a row
    /// printed over two lines joins with ` / `), the one whose column role `fits` where the same figure
    /// stands in several columns of the line; nil when that leaves it open.
    func place(of cell: Cell, where fits: (ColumnRole) -> Bool) -> Place? {
        let candidates = (byLine[cell.line] ?? []).filter { place in
            place.cell.text == cell.text
                || place.cell.text.pieces(separatedBy: "/").contains { String($0).trimmingWhitespace() == cell.text }
        }
        if let fitting = candidates.first(where: { $0.header.map { fits($0.role) } ?? false }) { return fitting }
        return candidates.count == 1 ? candidates[0] : nil
    }
}

extension DocumentFacts {
    /// `cell` of the table named `table` as evidence, with its column and header when they can be found.
    func evidence(_ cell: Cell, _ role: Evidence.Role, table: String, columnWhere fits: (ColumnRole) -> Bool = { _ in false }) -> Evidence {
        let place = cellPlaces(inTable: table).place(of: cell, where: fits)
        return .cell(cell, role, table: table, column: place?.column, header: place?.header?.header)
    }
}
