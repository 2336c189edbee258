/// Joins the physical lines of a space-aligned table (`pdftotext -layout`) into logical rows. There a cell
/// wraps inside its column, and a row's values may be centred vertically in a row taller than they are:
/// a number split over three lines (`2.614.` / `545.` / `100`), a label over two, and the next row's label
/// may stand on the line that carries the last piece of a number above it. So each piece is judged on its
/// own: a piece of a value column that continues the number open in that column joins that number,
/// wherever its row began; everything else belongs to the row being read, and a row starts where a
/// label, code or row number opens a new entry, or where a value arrives in a column the row has filled.
struct LayoutRowAssembler {
    let width: Int
    let budgetColumns: Set<Int>
    /// Columns that mostly hold figures.
    let valueColumns: Set<Int>
    /// The column that names a row (the first text column).
    let labelColumn: Int?

    private var rows: [RowDraft] = []
    /// Rows where two values of one line fell in one column: a column boundary was placed wrong there,
    /// so which column each value belongs to is not known.
    private var collided = Set<Int>()
    /// The row and text of the value still open in each value column.
    private var open: [Int: (row: Int, text: String)] = [:]
    /// Columns that received a value of their own in the current row.
    private var filled = Set<Int>()
    private var previousHadLabel = false

    init(width: Int, budgetColumns: Set<Int>, body: [PhysicalLine], columns: [Column]) {
        self.width = width
        self.budgetColumns = budgetColumns
        // Counted in one pass over the pieces: lines are as wide as what they hold, not as the table.
        var pieces: [Int: Int] = [:], numeric: [Int: Int] = [:]
        for line in body {
            for (column, text) in line.cells.enumerated() where !text.isEmpty {
                pieces[column, default: 0] += 1
                if Self.isValuePiece(text) { numeric[column, default: 0] += 1 }
            }
        }
        let values = Set(pieces.keys.filter { column in column < width && numeric[column, default: 0] * 5 >= pieces[column]! * 3 })
        valueColumns = values
        let named = columns.first { $0.role == .label }?.index
        labelColumn = named.flatMap { values.contains($0) ? nil : $0 } ?? (0..<width).first { !values.contains($0) }
    }

    mutating func take(_ line: PhysicalLine, startsPage: Bool) {
        let pieces = line.cells.enumerated().filter { !$0.element.isEmpty }
        var continuations: [(column: Int, text: String)] = []
        var fresh: [(column: Int, text: String)] = []
        for (column, text) in pieces {
            if valueColumns.contains(column), let value = open[column], continues(value.text, with: text, column: column) {
                continuations.append((column, text))
            } else {
                fresh.append((column, text))
            }
        }
        // On a line that mostly continues the numbers of the current row, a figure under a number of that
        // row continues it too, though nothing marks the cut (`2.614` over `545.`, `2300` over `290`).
        if !rows.isEmpty {
            let current = rows.count - 1
            let underOpen = pieces.filter { open[$0.offset]?.row == current }
            let carried = fresh.filter { piece in
                guard let value = open[piece.column], value.row == current else { return false }
                return SplitNumber.isNumeric(piece.text) && SplitNumber.isNumeric(value.text) && !value.text.hasSuffix("%")
            }
            if !underOpen.isEmpty, continuations.count * 2 >= underOpen.count {
                continuations += carried
                fresh.removeAll { piece in carried.contains { $0.column == piece.column } }
            }
        }
        let label = labelColumn.flatMap { line.cells.indices.contains($0) ? line.cells[$0] : nil } ?? ""
        let crowded = pieces.contains { Self.holdsSeveralValues($0.element) }
        if startsRow(label: label, fresh: fresh, continuations: continuations, startsPage: startsPage) {
            // A number left cut at the end of the row above (its tail went astray) does not take the new
            // row's figure in its column: a whole grouped number there is the new row's own.
            let ownFigures = continuations.filter { Self.isWholeGroupedNumber($0.text) }
            continuations.removeAll { piece in ownFigures.contains { $0.column == piece.column } }
            fresh += ownFigures
            rows.append(RowDraft(PhysicalLine(number: line.number, cells: [])))
            filled = []
        }
        for (column, text) in continuations {
            let value = open[column]!
            let joined = SplitNumber.isNumeric(text) && SplitNumber.isNumeric(value.text) ? Self.joinedNumber(value.text, text)
                : value.text + (text == "%" ? "" : " ") + text
            rows[value.row].set(column, to: joined, addingLine: line.number)
            open[column] = (value.row, joined)
        }
        guard !rows.isEmpty else { return }
        let current = rows.count - 1
        if crowded { collided.insert(current) }
        for (column, text) in fresh {
            let existing = rows[current].text(column)
            if valueColumns.contains(column), Self.isValuePiece(text), !existing.isEmpty,
               rows[current].cells[column].lines?.last == line.number, Self.isValuePiece(existing) {
                collided.insert(current)
            }
            let joined = existing.isEmpty ? text : existing + (existing.hasSuffix("-") ? "" : " ") + text
            rows[current].set(column, to: joined, addingLine: line.number)
            if valueColumns.contains(column) {
                open[column] = (current, joined)
                filled.insert(column)
            }
        }
        previousHadLabel = !label.isEmpty
    }

    func finishedRows() -> [Row] {
        rows.enumerated().map { index, draft in
            var row = draft.row(budgetColumns: budgetColumns)
            row.alignedToColumns = !collided.contains(index)
            return row
        }
    }

    /// A new row opens with a code, row number, bullet or total word in front; where a
    /// value arrives in a column the current row has already filled; or where a label starts after lines
    /// without one, on a line that continues no number above and brings values of its own (in a table of
    /// words, any label after lines without one). A line of words alone continues the row: labels wrap,
    /// values do not.
    private func startsRow(label: String, fresh: [(column: Int, text: String)], continuations: [(column: Int, text: String)],
                           startsPage: Bool) -> Bool {
        guard !rows.isEmpty else { return !fresh.isEmpty }
        let freshValues = fresh.filter { valueColumns.contains($0.column) }
        if freshValues.contains(where: { filled.contains($0.column) }) { return true }
        let leading = fresh.filter { $0.column <= (labelColumn ?? 0) }
        if leading.contains(where: { Self.opensEntry($0.text) }) { return true }
        guard !label.isEmpty, fresh.contains(where: { $0.column == labelColumn }), !label.first!.isLowercase,
              !previousHadLabel || startsPage else { return false }
        return continuations.isEmpty && (valueColumns.isEmpty || !freshValues.isEmpty)
    }

    /// Whether `piece` carries on the number `open` in a value column: a cut at a separator, a group
    /// with leading zeros, a percent sign or a unit word wrapped under its figure.
    private func continues(_ open: String, with piece: String, column: Int) -> Bool {
        let openDigits = open.filter { !$0.isWhitespace }
        if openDigits.hasSuffix(".") || openDigits.hasSuffix(",") || piece.hasPrefix(".") || piece.hasPrefix(",") { return true }
        if piece.count >= 2, piece.first == "0", piece.dropFirst().first?.isNumber == true { return true }
        if SplitNumber.isPartial(openDigits) { return true }
        // A unit or percent sign under its figure (`100` / `%`, `1` / `dok`).
        if !SplitNumber.isNumeric(piece), NumberParser.parse(piece) == nil, piece != "-",
           NumberParser.parse(open) != nil, !open.contains(where: \.isLetter) || open.count <= 12 { return true }
        return false
    }

    /// A number complete in itself, thousands grouped (`32.587.124`): no piece of another.
    static func isWholeGroupedNumber(_ text: String) -> Bool {
        guard !text.hasPrefix("."), !text.hasPrefix(","), text.contains("."), !SplitNumber.isPartial(text),
              SplitNumber.isWellGrouped(text) else { return false }
        return NumberParser.parse(text)?.value != nil
    }

    /// Two pieces of one number: one separator where the cut fell on one (`1.784.595.` + `.399`), and a
    /// group mark restored where the cut fell between two groups of three (`2.614` + `545.`).
    static func joinedNumber(_ head: String, _ tail: String) -> String {
        let headIsCut = head.hasSuffix(".") || head.hasSuffix(",")
        if headIsCut && (tail.hasPrefix(".") || tail.hasPrefix(",")) { return SplitNumber.joined(head, String(tail.dropFirst())) }
        let lastGroup = head.reversed().prefix { $0.isNumber }
        let firstGroup = tail.prefix { $0.isNumber }
        let groupsDots = head.containsLiteral(".") && !head.containsLiteral(",")
        if !headIsCut, !tail.hasPrefix("."), !tail.hasPrefix(","), lastGroup.count == 3 || (lastGroup.count < 3 && groupsDots),
           firstGroup.count == 3, groupsDots || lastGroup.count == head.count {
            return SplitNumber.joined(head + ".", tail)
        }
        return SplitNumber.joined(head, tail)
    }

    /// A code (`01.01.06`, `1.02.02`), a row number (`1`, `12.`, `II`), a bullet, or a total word. Level
    /// words are not: a wrapped name may put `URUSAN` or `Program` at the start of a line.
    static func opensEntry(_ text: String) -> Bool {
        let first = text.blankSeparatedWords().first.map(String.init) ?? text
        if PlanCode.read(first, requiredParts: 2) != nil { return true }
        let number = Substring(first).trimmingCharacters(".)")
        if !number.isEmpty, number.count <= 3, number.allSatisfy(\.isNumber) { return true }
        if ProseReader.romanNumerals.contains(String(number)) { return true }
        if ["v", "•", "-", "·", "▪", "●"].contains(first) { return true }
        return ["jumlah", "total"].contains(first.lowercased())
    }

    /// `40 90%`, `100 100`: values of two columns that the page's columns put in one, each a figure of
    /// its own (a figure and its unit, `12 Bulan`, is one value).
    static func holdsSeveralValues(_ text: String) -> Bool {
        let words = text.blankSeparatedWords()
        return words.count >= 2 && words.allSatisfy { word in
            let value = String(word)
            return value != "-" && NumberParser.parse(value)?.value != nil && !SplitNumber.isPartial(value)
                && !value.hasPrefix(".") && !value.hasSuffix(".")
        }
    }

    /// A figure, a dash, a percent sign, or a piece of a number.
    static func isValuePiece(_ text: String) -> Bool {
        text == "-" || text == "%" || SplitNumber.isNumeric(text) || NumberParser.parse(text) != nil
    }
}

extension RowDraft {
    /// Replaces a cell's text, recording the line it grew on.
    mutating func set(_ column: Int, to text: String, addingLine line: Int) {
        while cells.count <= column { cells.append(.blank) }
        cells[column].text = text
        cells[column].grew(on: line)
        lines = lines.union(LineSpan(line))
    }
}
