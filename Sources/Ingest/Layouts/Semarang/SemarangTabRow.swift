/// One tab-separated line of a Semarang table, its cells with inline markup (`<b>`, `**`) removed.
struct SemarangTabRow: Sendable {
    let line: Int
    let cells: [String]

    init(line: Int, text: String) {
        self.line = line
        cells = text.split(separator: "\t", omittingEmptySubsequences: false)
            .map { MarkupStripper.strip(String($0)).trimmingWhitespace() }
    }

    /// Whether a raw line can be part of a table: it has a tab and is not a table-of-contents entry.
    static func isCandidate(_ text: String) -> Bool {
        text.contains("\t") && !text.contains("....") && text.contains(where: { !$0.isWhitespace })
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

    /// The cell at `column` as a model cell, parsed as a quantity where it is one.
    func cell(_ column: Int) -> Cell {
        let text = column < cells.count ? cells[column] : ""
        return Cell(text: text, line: line, quantity: NumberParser.parse(text))
    }

    func isBlank(_ column: Int) -> Bool { column >= cells.count || cells[column].isEmpty }
}
