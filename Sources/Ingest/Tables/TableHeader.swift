/// One physical line of a table: its cells by column, markup removed and trimmed.
struct PhysicalLine {
    var number: Int
    var cells: [String]

    init(number: Int, text: String) {
        self.number = number
        cells = MarkupStripper.tabSeparatedCells(text)
    }

    init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    var nonBlankTexts: [String] { cells.filter { !$0.isEmpty } }

    /// The cells' texts with all whitespace removed, for recognising a header the page break repeated
    /// (`KEGIATAN/SUBKEGIA TAN` repeats `KEGIATAN/SUBKEGIATAN`).
    var signature: [String] { nonBlankTexts.map(Self.squashed) }

    /// Whether the line's signature is `signature`. Most body lines differ in their number of cells or
    /// in the first one, so the signature is built cell by cell and only as far as it matches.
    func hasSignature(_ signature: [String]) -> Bool {
        var remaining = signature[...]
        for text in cells where !text.isEmpty {
            guard let expected = remaining.popFirst(), Self.squashes(text, to: expected) else { return false }
        }
        return remaining.isEmpty
    }

    /// Whether `squashed(text) == squashed`. Both in ASCII (nearly every header), the bytes are compared as
    /// they are squashed, without building the squashed text: a body line differs at its first letters.
    static func squashes(_ text: String, to squashed: String) -> Bool {
        guard text.isAllASCII, squashed.isAllASCII else { return Self.squashed(text) == squashed }
        var expected = squashed.utf8.makeIterator()
        for byte in text.utf8 where !ByteText.isWhitespace(byte) {
            guard expected.next() == ByteText.lowercased(byte) else { return false }
        }
        return expected.next() == nil
    }

    /// `text` lower-cased with its whitespace removed. ASCII text is done on bytes: there the
    /// whitespace Characters are exactly the bytes 09–0D and 20, and lower-casing maps only A–Z.
    static func squashed(_ text: String) -> String {
        guard text.isAllASCII else { return String(text.lowercased().filter { !$0.isWhitespace }) }
        let kept = text.utf8.filter { !ByteText.isWhitespace($0) }.map(ByteText.lowercased)
        return String(decoding: kept, as: UTF8.self)
    }
}

/// Reads the header block of a table: stacked header rows, then the column-number row
/// `(1)\t(2)\t…`, and aligns spanning headers over the columns they span.
/// The header rows on top of a table and the column-number row below them.
struct HeaderBlock {
    var rows: [PhysicalLine] = []
    var columnNumbers: PhysicalLine?
}

enum TableHeader {
    static let maximumHeaderRows = 4
    /// Header texts are labels; a longer cell is data.
    static let maximumSubHeaderLength = 40

    /// The stacked header rows at the top of tab-separated lines, ending with the column-number row
    /// where there is one: a first line of words and years, then lines whose first cell is blank.
    static func stackedBlock(of lines: [PhysicalLine]) -> HeaderBlock {
        var block = HeaderBlock()
        for line in lines {
            if columnNumbers(line) != nil {
                block.columnNumbers = line
                break
            }
            let isHeader = block.rows.isEmpty ? isFirstHeaderLine(line)
                : block.rows.count < maximumHeaderRows && isSubHeaderLine(line) && line.number == block.rows.last!.number + 1
            guard isHeader else { break }
            block.rows.append(line)
        }
        return block
    }

    /// Whether the first line of a table is a header: words and years, no figures.
    static func isFirstHeaderLine(_ line: PhysicalLine) -> Bool {
        !line.nonBlankTexts.isEmpty && !line.nonBlankTexts.contains(where: isFigure)
    }

    /// A stacked header row below the first (`\t\t\t\t2025\t\t2026…`, `\t\t\t\tT\tPAGU…`): its first cell
    /// is blank and it holds only short labels and years.
    static func isSubHeaderLine(_ line: PhysicalLine) -> Bool {
        guard line.cells.first?.isEmpty ?? true, !line.nonBlankTexts.isEmpty else { return false }
        return line.nonBlankTexts.allSatisfy { $0.count <= maximumSubHeaderLength && !isFigure($0) }
            && !line.nonBlankTexts.contains(where: RowBoundary.startsWithFieldLabel)
    }

    /// A number other than a year: data, not a header.
    static func isFigure(_ text: String) -> Bool {
        NumberParser.parse(text) != nil && YearSpanFinder.year(text) == nil
    }

    /// `(1) (2) (3) (4) … (13) (15)` or `1 2 3 …`: the numbers as written, or nil for any other line.
    static func columnNumbers(_ line: PhysicalLine) -> [Int]? {
        let texts = line.nonBlankTexts
        guard texts.count >= 3 else { return nil }
        let parenthesised = texts.compactMap { text -> Int? in
            guard text.hasPrefix("("), text.hasSuffix(")") else { return nil }
            return Int(text.dropFirst().dropLast())
        }
        if parenthesised.count == texts.count { return parenthesised }
        let plain = texts.compactMap { Int($0) }
        let isCounting = plain.count == texts.count && plain.first == 1 && zip(plain, plain.dropFirst()).allSatisfy { $0 < $1 }
        return isCounting ? plain : nil
    }

    /// The column-number row of a header row: every filled cell a number, plain or in parentheses (the
    /// numbers need not count from one: a row may print `2 3 4 5 9 10 …`, which is for the rules to judge).
    static func columnNumberRow(_ row: Row) -> ColumnNumberRow? {
        let filled = row.cells.filter { !$0.isBlank }
        guard filled.count >= 2 else { return nil }
        var numbers: [Int] = []
        for cell in filled {
            var text = Substring(cell.text)
            if text.first == "(" && text.last == ")" { text = text.dropFirst().dropLast() }
            guard text.count <= 3, let number = Int(text) else { return nil }
            numbers.append(number)
        }
        return ColumnNumberRow(numbers: numbers, cells: row.cells, line: filled[0].line)
    }

    /// Repeats a spanning header over the blank cells to its right that have sub-headers below them:
    /// `TARGET DAN PAGU INDIKATIF TAHUN` over every year, `2025` over its `T` and its `PAGU`.
    static func aligned(_ rows: [[String]], width: Int) -> [[String]] {
        var grid = rows.map { $0 + Array(repeating: "", count: max(0, width - $0.count)) }
        for row in grid.indices.dropLast() {
            var spanning: String?
            for column in 0..<width {
                if !grid[row][column].isEmpty {
                    spanning = grid[row][column]
                } else if let spanning, grid[(row + 1)...].contains(where: { !$0[column].isEmpty }) {
                    grid[row][column] = spanning
                } else {
                    spanning = nil
                }
            }
        }
        return grid
    }
}
