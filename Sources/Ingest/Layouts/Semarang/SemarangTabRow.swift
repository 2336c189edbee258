/// One tab-separated line of a Semarang table, its cells with inline markup (`<b>`, `**`) removed.
struct SemarangTabRow: Sendable {
    let line: Int
    let cells: [String]
    /// The cells as model cells, each parsed once.
    private let parsed: [Cell]

    init(line: Int, text: String) {
        self.line = line
        cells = MarkupStripper.tabSeparatedCells(text)
        parsed = cells.map { Cell(text: $0, line: line, quantity: NumberParser.parse($0)) }
    }

    /// Whether a raw line can be part of a table: it has a tab and is not a table-of-contents entry.
    static func isCandidate(_ text: String) -> Bool {
        text.containsLiteral("\t") && !text.containsLiteral("....") && text.contains(where: { !$0.isWhitespace })
    }

    var nonBlankCount: Int { cells.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }

    /// A row that names the table below it: text in the first cell only, the rest of a wide row empty
    /// (`Kegiatan (Eselon IV) : Penguatan Mutu Produk Usaha Mikro\t\t\t\t\t\t\t`).
    var isTitleRow: Bool { cells.count >= 3 && !cells[0].isEmpty && nonBlankCount == 1 }

    /// A markdown table rule such as `--\t---\t----------`, which carries no data.
    var isRuleRow: Bool {
        cells.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0 == "-" } }
    }

    /// Whether a table can start at this row: two filled cells, or a title row.
    var canStartTable: Bool { nonBlankCount >= 2 || isTitleRow }

    /// The non-blank texts in order, for comparing repeated header rows.
    var filledTexts: [String] { cells.filter { !$0.isEmpty } }

    var filledCells: [Cell] { parsed.filter { !$0.text.isEmpty } }

    /// Only words and years, as in header rows (`Target\t(Rp)\t2017`).
    var holdsOnlyWordsAndYears: Bool {
        filledCells.allSatisfy { $0.quantity == nil || ($0.text.count <= 6 && YearSpanFinder.years(in: $0.text).count == 1) }
    }

    /// The cell at `column` as a model cell, parsed as a quantity where it is one.
    func cell(_ column: Int) -> Cell {
        column < parsed.count ? parsed[column] : Cell(text: "", line: line)
    }

    func isBlank(_ column: Int) -> Bool { column >= cells.count || cells[column].isEmpty }
}
