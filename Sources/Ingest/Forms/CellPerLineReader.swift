/// A cell being read: its tab line plus the paragraphs that continue it.
struct CellInProgress {
    private(set) var pieces: [String] = []
    /// Every line read into the cell, 1-based.
    private(set) var lines: [Int] = []
    /// The lines that carried text: the cell points at its words rather than at a bare tab line.
    private(set) var textLines: [Int] = []
    /// Whether the first line's text is indented after the tab (see `CellLine.isIndentedCell`).
    let isIndented: Bool

    init(raw: String, line: Int) {
        isIndented = CellLine.isIndentedCell(raw)
        append(CellLine.cellText(raw), line: line)
    }

    mutating func append(_ text: String, line: Int) {
        lines.append(line)
        guard !text.isEmpty else { return }
        pieces.append(text)
        textLines.append(line)
    }

    var text: String { pieces.joined(separator: " ") }

    var cell: Cell { Cell(text: text, line: textLines.first ?? lines[0], lines: lines) }
}

/// A row as read: its cells in order and the lines it covers.
struct CellRow {
    var cells: [CellInProgress]

    var lines: LineSpan {
        let all = cells.flatMap(\.lines)
        return LineSpan(all.min() ?? 0, all.max())
    }

    var texts: [String] { cells.map(\.text) }
}

/// Reads the cells of one table, one cell per line, into rows.
///
/// Blank lines separate rows, but the export also leaves a blank line inside a row (an empty last
/// paragraph of a cell), which splits it into fragments. Fragments are joined again only when
/// together they fill the table's width exactly (5 + 4 cells of a 9-column row); otherwise each
/// stays a row of its own, as merged cells legitimately give shorter rows.
struct CellPerLineReader {
    /// The longest run of blank lines inside a cell that still continues it (`1.` … `2.` in Tabel 3.3).
    static let longestGapInsideCell = 5

    let lines: [String]

    init(lines: [String]) { self.lines = lines }

    /// Reads from the cell line at 0-based `start`; returns the rows and the index of the first line
    /// not consumed (blank lines after the table are left to the caller).
    func read(from start: Int) -> (rows: [CellRow], next: Int) {
        var grouper = RowGrouper()
        var fragment: [CellInProgress] = []
        var gap = 0
        var lastConsumed = start - 1
        var index = start
        while index < lines.count {
            let raw = lines[index]
            if CellLine.isBlank(raw) {
                grouper.end(&fragment)
                gap += 1
                index += 1
                continue
            }
            if index > start && CellLine.endsTable(raw, line: index + 1) { break }
            if CellLine.isCell(raw) {
                fragment.append(CellInProgress(raw: raw, line: index + 1))
            } else if gap == 0, !fragment.isEmpty {
                fragment[fragment.count - 1].append(raw.trimmingWhitespace(), line: index + 1)
            } else if gap <= Self.longestGapInsideCell, let reopened = grouper.reopenLastFragment() {
                // A further paragraph after an empty one: the row is not full yet, so it is still this cell.
                fragment = reopened
                fragment[fragment.count - 1].append(raw.trimmingWhitespace(), line: index + 1)
            } else {
                break
            }
            gap = 0
            lastConsumed = index
            index += 1
        }
        grouper.end(&fragment)
        return (grouper.finish(), lastConsumed + 1)
    }
}

/// Groups blank-separated fragments into rows (see `CellPerLineReader`).
private struct RowGrouper {
    private(set) var rows: [CellRow] = []
    private var open: [[CellInProgress]] = []
    private var width = 0

    mutating func end(_ fragment: inout [CellInProgress]) {
        defer { fragment = [] }
        guard !fragment.isEmpty else { return }
        if fragment.count >= width {
            flushOpen()
            width = fragment.count
            rows.append(CellRow(cells: fragment))
            return
        }
        open.append(fragment)
        let total = open.reduce(0) { $0 + $1.count }
        if total == width {
            rows.append(CellRow(cells: open.flatMap { $0 }))
            open = []
        } else if total > width {
            let last = open.removeLast()
            flushOpen()
            open = [last]
        }
    }

    /// The last fragment of a row that is not yet full, taken back to be continued; nil when the row is full.
    mutating func reopenLastFragment() -> [CellInProgress]? { open.popLast() }

    mutating func finish() -> [CellRow] {
        flushOpen()
        return rows
    }

    private mutating func flushOpen() {
        rows.append(contentsOf: open.map { CellRow(cells: $0) })
        open = []
    }
}
