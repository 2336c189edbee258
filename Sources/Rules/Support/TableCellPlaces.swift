import Ingest

/// The column of every cell of one or more tables (tables may share a label), by the cell's line and text:
/// plan nodes keep their cells but not their columns, and a finding about a node's budget cites the
/// cell with its column so that a report can show and highlight exactly that column.
struct TableCellPlaces {
    struct Place {
        var column: Int
        var cell: Cell
        var header: Column?
    }

    /// A cell's position, filed under the key of one of its lines and one text it can be cited by.
    private struct Entry {
        var key: Int
        var table: Int32
        var row: Int32
        var column: Int32
    }

    private let tables: [Table]
    /// Sorted by key: a few integers per cell, where a copy of every cell would double the document in
    /// memory, and found by key, because one line can hold a whole table (HTML written on one line), so
    /// scanning a line's rows would cost a table's size for every cited cell.
    private let entries: [Entry]

    init(_ tables: [Table]) {
        self.tables = tables
        var entries: [Entry] = []
        for (tableIndex, table) in tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                for (columnIndex, cell) in row.cells.enumerated() where !cell.isBlank {
                    let texts = Self.citableTexts(of: cell.text)
                    // A line listed twice files the cell twice under one key; the look-up passes over the copy.
                    for line in cell.lines {
                        for text in texts {
                            entries.append(Entry(key: Self.key(line, text), table: Int32(tableIndex), row: Int32(rowIndex),
                                                 column: Int32(columnIndex)))
                        }
                    }
                }
            }
        }
        entries.sort { ($0.key, $0.table, $0.row, $0.column) < ($1.key, $1.table, $1.row, $1.column) }
        self.entries = entries
    }

    /// The texts a cell is cited by: its own, and each piece of a row printed over two lines that the
    /// reading joined with ` / `.
    private static func citableTexts(of text: String) -> [String] {
        guard text.containsLiteral("/") else { return [text] }
        return [text] + pieces(of: text)
    }

    private static func pieces(of text: String) -> [String] {
        text.pieces(separatedBy: "/").map { String($0).trimmingWhitespace() }
    }

    private static func key(_ line: Int, _ text: String) -> Int {
        var hasher = Hasher()
        hasher.combine(line)
        hasher.combine(text)
        return hasher.finalize()
    }

    /// The place of `cell`: a cell on its line with the same text (or holding it as one of the pieces a row
    /// printed over two lines joins with ` / `), the one whose column role `fits` where the same figure
    /// stands in several columns of the line; nil when that leaves it open.
    func place(of cell: Cell, where fits: (ColumnRole) -> Bool) -> Place? {
        let key = Self.key(cell.line, cell.text)
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].key < key { low = middle + 1 } else { high = middle }
        }
        var candidates: [Place] = []
        var previous: Entry?
        for entry in entries[low...].prefix(while: { $0.key == key }) {
            defer { previous = entry }
            if let previous, (previous.table, previous.row, previous.column) == (entry.table, entry.row, entry.column) { continue }
            let table = tables[Int(entry.table)], row = table.rows[Int(entry.row)], column = Int(entry.column)
            let candidate = row.cells[column]
            // Equal keys may come from other texts: the text decides.
            guard candidate.text == cell.text || Self.pieces(of: candidate.text).contains(cell.text) else { continue }
            candidates.append(Place(column: column, cell: candidate, header: row.alignedToColumns ? table.column(at: column) : nil))
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
