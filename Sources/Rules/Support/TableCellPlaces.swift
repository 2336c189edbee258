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

    private let tables: [Table]
    /// Every cell of the tables numbered in reading order (table by table, row by row), filed under the
    /// key of each of its lines and of each text it can be cited by: the key in the upper 32 bits, the
    /// cell's number in the lower, sorted. Eight bytes per cell, where a copy of every cell would double
    /// the document in memory; found by key, because one line can hold a whole table (HTML written on one
    /// line), so scanning a line's rows would cost a table's size for every cited cell. A key is a hash cut
    /// to 32 bits: cells whose keys collide are told apart by their line and text.
    let entries: [UInt64]
    /// Where each row's cells start in the numbering, with the row's table and index, in numbering order.
    private let rowStarts: [(firstCell: UInt32, table: Int32, row: Int32)]

    init(_ tables: [Table]) {
        self.tables = tables
        var rowStarts: [(firstCell: UInt32, table: Int32, row: Int32)] = []
        var cellCount = 0
        for (tableIndex, table) in tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                rowStarts.append((UInt32(truncatingIfNeeded: cellCount), Int32(tableIndex), Int32(rowIndex)))
                cellCount += row.cells.count
            }
        }
        self.rowStarts = rowStarts
        // A document too large to number its cells in 32 bits keeps no places: its findings cite cells
        // without their columns.
        guard cellCount <= Int(UInt32.max) else {
            entries = []
            return
        }
        // Counted first: reserving one entry a cell, a table with cells on two lines or cited by pieces
        // outgrew it, and the array doubled to twice the entries it holds.
        var entryCount = 0
        for table in tables {
            for row in table.rows {
                for cell in row.cells { Self.forEachCitation(of: cell) { _, _ in entryCount += 1 } }
            }
        }
        var entries: [UInt64] = []
        entries.reserveCapacity(entryCount)
        var number: UInt64 = 0
        for table in tables {
            for row in table.rows {
                for cell in row.cells {
                    Self.forEachCitation(of: cell) { line, text in entries.append(UInt64(Self.key(line, text)) << 32 | number) }
                    number += 1
                }
            }
        }
        Self.sortInPlace(&entries)
        self.entries = entries
    }

    /// Sorts by radix, sixteen bits a pass from the lowest: a large table files most of a million entries, which
    /// four passes over them order sooner than comparisons; a pass whose sixteen bits are the same in every
    /// entry (the high bits of the cell numbers) is left out. A small table's entries are sorted by comparison:
    /// each pass clears and sums 65,536 counts.
    static func sortInPlace(_ entries: inout [UInt64]) {
        guard entries.count >= 1 << 14 else { return entries.sort() }
        var other = [UInt64](repeating: 0, count: entries.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            let sorted = entries.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        counts.update(repeating: 0)
                        for entry in source { counts[Int(truncatingIfNeeded: entry >> UInt64(shift)) & 0xFFFF] += 1 }
                        guard !counts.contains(source.count) else { return false }
                        var start = 0
                        for digit in counts.indices {
                            (counts[digit], start) = (start, start + counts[digit])
                        }
                        for entry in source {
                            let digit = Int(truncatingIfNeeded: entry >> UInt64(shift)) & 0xFFFF
                            target[counts[digit]] = entry
                            counts[digit] += 1
                        }
                        return true
                    }
                }
            }
            if sorted { swap(&entries, &other) }
        }
    }

    /// Calls `body` with each line and text a cell can be cited by: its text on each of its lines, and there
    /// too each piece of a text holding a `/`. A blank cell is cited by none. A line listed twice files the
    /// cell twice under one key; the look-up passes over the copy.
    private static func forEachCitation(of cell: Cell, _ body: (_ line: Int, _ text: String) -> Void) {
        guard !cell.isBlank else { return }
        let text = cell.text
        let pieces = text.containsLiteral("/") ? Self.pieces(of: text) : []
        cell.sourceLines.forEachLine { line in
            body(line, text)
            for piece in pieces { body(line, piece) }
        }
    }

    /// The pieces of a row printed over two lines that the reading joined with ` / `: a cell is cited by its
    /// own text or by one of them.
    private static func pieces(of text: String) -> [String] {
        text.pieces(separatedBy: "/").map { String($0).trimmingWhitespace() }
    }

    /// FNV-1a over the line's eight bytes and the text's UTF-8, folded to 32 bits: hashed for every cell of
    /// every cited table, where a seeded `Hasher` costs several times as much; equal keys are told apart anyway.
    private static func key(_ line: Int, _ text: String) -> UInt32 {
        var hash = FNV1a()
        withUnsafeBytes(of: UInt64(bitPattern: Int64(line)).littleEndian) { hash.add($0) }
        var text = text
        text.withUTF8 { hash.add($0) }
        return UInt32(truncatingIfNeeded: hash.value ^ (hash.value >> 32))
    }

    /// The table, row and column of the cell numbered `number`.
    private func position(ofCell number: UInt32) -> (table: Int, row: Int, column: Int) {
        let start = rowStarts[rowStarts.partitioningIndex { $0.firstCell > number } - 1]
        return (Int(start.table), Int(start.row), Int(number - start.firstCell))
    }

    /// The place of `cell`: a cell on its line with the same text (or holding it as one of the pieces a row
    /// printed over two lines joins with ` / `), the one whose column role `fits` where the same figure
    /// stands in several columns of the line; nil when that leaves it open.
    func place(of cell: Cell, where fits: (ColumnRole) -> Bool) -> Place? {
        let key = UInt64(Self.key(cell.line, cell.text))
        let low = entries.partitioningIndex { $0 >> 32 >= key }
        var candidates: [Place] = []
        var previous: UInt64?
        for entry in entries[low...].prefix(while: { $0 >> 32 == key }) where entry != previous {
            previous = entry
            let (tableIndex, rowIndex, column) = position(ofCell: UInt32(truncatingIfNeeded: entry))
            let table = tables[tableIndex], row = table.rows[rowIndex]
            let candidate = row.cells[column]
            // Equal keys may come from other lines and texts (a key is 32 bits of a hash): the line and the text decide.
            guard candidate.sourceLines.contains(cell.line),
                  candidate.text == cell.text || Self.pieces(of: candidate.text).contains(cell.text) else { continue }
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
