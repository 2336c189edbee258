/// A logical table row being assembled from its physical lines.
struct RowDraft: Sendable {
    struct Piece: Sendable {
        var text: String
        /// Nil while the piece is blank. A piece on one line (nearly all of them) keeps it without an array:
        /// a large table's drafts hold one piece per cell, and an array each was most of their memory.
        var lines: SourceLines?

        static let blank = Piece(text: "", lines: nil)

        /// Records that the piece grew on `line`, unless that is already its last line.
        mutating func grew(on line: Int) {
            if lines == nil {
                lines = SourceLines(first: line, all: nil)
            } else if lines?.last != line {
                lines?.append(line)
            }
        }
    }

    /// A piece of a continuation line that continues nothing in the row above.
    struct StrayPiece {
        var column: Int
        var text: String
        var above: String
    }

    var cells: [Piece]
    var lines: LineSpan

    /// A row as wide as its first line; cells further right are added as pieces arrive there, so a row
    /// is never wider than what was written in it.
    init(_ line: PhysicalLine) {
        cells = line.cells.map { Piece(text: $0, lines: $0.isEmpty ? nil : SourceLines(first: line.number, all: nil)) }
        lines = LineSpan(line.number)
    }

    func text(_ column: Int) -> String { column < cells.count ? cells[column].text : "" }

    /// The first column after the label that holds a value: where a row's own figures begin.
    var leadingValueColumn: Int? {
        cells.indices.dropFirst().first { !cells[$0].text.isEmpty && RowBoundary.isValue(cells[$0].text) }
    }

    /// Adds a continuation line: word pieces join with a space, number pieces without one; a number
    /// tail that spilled into the blank cell to its right rejoins its number. Returns the pieces that
    /// continue nothing above them.
    mutating func absorb(_ line: PhysicalLine, budgetColumns: Set<Int>) -> [StrayPiece] {
        var strays: [StrayPiece] = []
        lines = lines.union(LineSpan(line.number))
        for (column, piece) in line.cells.enumerated() where !piece.isEmpty {
            while cells.count <= column { cells.append(.blank) }
            let head = cells[column].text
            let pieceIsValue = RowBoundary.isValue(piece)
            if head.isEmpty {
                if !pieceIsValue {
                    cells[column] = Piece(text: piece, lines: SourceLines(first: line.number, all: nil))
                } else if column > 0, finishesNumber(in: column - 1, with: piece, budgetColumns: budgetColumns) {
                    append(piece, to: column - 1, as: .numberPiece, line: line.number)
                } else {
                    strays.append(StrayPiece(column: column, text: piece, above: head))
                }
            } else if pieceIsValue && RowBoundary.isValue(head) {
                let fit = SplitNumber.fit(head: head, tail: piece, inBudgetColumn: budgetColumns.contains(column))
                if fit == .separateValue {
                    strays.append(StrayPiece(column: column, text: piece, above: head))
                } else {
                    append(piece, to: column, as: .numberPiece, line: line.number)
                }
            } else {
                append(piece, to: column, as: .words, line: line.number)
            }
        }
        return strays
    }

    /// Whether `tail` completes a number left unfinished in `column` (`310.0` `00.00` then `0` one cell right).
    private func finishesNumber(in column: Int, with tail: String, budgetColumns: Set<Int>) -> Bool {
        let head = cells[column].text
        let budget = budgetColumns.contains(column)
        guard SplitNumber.isNumeric(head), !SplitNumber.isComplete(head, inBudgetColumn: budget) else { return false }
        return SplitNumber.isComplete(SplitNumber.joined(head, tail), inBudgetColumn: budget)
    }

    private enum Join {
        /// Glued without a space: `8.998` + `.000`.
        case numberPiece
        /// With a space, except after a word broken at its hyphen (`Perundang-` + `Undangan`).
        case words
    }

    private mutating func append(_ piece: String, to column: Int, as join: Join, line: Int) {
        let head = cells[column].text
        switch join {
        case .numberPiece:
            cells[column].text = SplitNumber.joined(head, piece)
        case .words:
            let brokenAtHyphen = head.hasSuffix("-") && head.dropLast().last?.isLetter == true
            cells[column].text = head + (brokenAtHyphen ? "" : " ") + piece
        }
        cells[column].grew(on: line)
    }

    /// The finished row; a number cell with spaces left by the wrapping (`346.4 01.00 0`) loses them
    /// when what remains is a well-grouped number.
    func row(budgetColumns: Set<Int>) -> Row {
        let finished = cells.enumerated().map { column, piece -> Cell in
            var text = piece.text
            if text.containsLiteral(" "), let spelling = SplitNumber.spelling(text),
               SplitNumber.isComplete(spelling.compacted, inBudgetColumn: budgetColumns.contains(column)) {
                text = spelling.compacted
            }
            return Cell(text: text, sourceLines: piece.lines ?? SourceLines(first: lines.first, all: nil),
                        quantity: CellReading.quantity(of: text))
        }
        return Row(cells: finished, lines: lines)
    }
}
