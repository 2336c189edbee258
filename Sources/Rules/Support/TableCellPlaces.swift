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

    private let tables: [Table]
    /// The rows with a cell on each line, as (table, row) positions: a few integers per row, where a copy of
    /// every cell would double the document in memory.
    private var rowsByLine: [Int: [(table: Int, row: Int)]] = [:]

    init(_ tables: [Table]) {
        self.tables = tables
        for (tableIndex, table) in tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                var seen = Set<Int>()
                for cell in row.cells where !cell.isBlank {
                    for line in cell.lines where seen.insert(line).inserted {
                        rowsByLine[line, default: []].append((tableIndex, rowIndex))
                    }
                }
            }
        }
    }

    /// The place of `cell`: a cell on its line with the same text (or holding it as one of the pieces a row
    /// printed over two lines joins with ` / `), the one whose column role `fits` where the same figure
    /// stands in several columns of the line; nil when that leaves it open.
    func place(of cell: Cell, where fits: (ColumnRole) -> Bool) -> Place? {
        var candidates: [Place] = []
        for (tableIndex, rowIndex) in rowsByLine[cell.line] ?? [] {
            let table = tables[tableIndex], row = table.rows[rowIndex]
            for (index, candidate) in row.cells.enumerated() where !candidate.isBlank && candidate.lines.contains(cell.line) {
                guard candidate.text == cell.text
                    || candidate.text.pieces(separatedBy: "/").contains(where: { String($0).trimmingWhitespace() == cell.text })
                else { continue }
                candidates.append(Place(column: index, cell: candidate, header: row.alignedToColumns ? table.column(at: index) : nil))
            }
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
