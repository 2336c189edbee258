/// Feeds body lines one by one into logical rows, skipping the header a page break repeats.
struct RowAssembler {
    let header: HeaderBlock
    let width: Int
    let budgetColumns: Set<Int>
    let columns: [Column]

    /// The header rows' signatures, to recognise their repetition.
    private let headerSignatures: [[String]]
    private var drafts: [RowDraft] = []
    private(set) var uninterpreted: [UninterpretedLine] = []
    private var afterBreak = false
    /// How many header lines of a repetition have been seen; nil outside a repetition.
    private var repeatedHeaderLines: Int?
    /// Where the columns of this page sit in the original header, when the repeated header moved them.
    private var columnMap: [Int]?
    /// A first body row that is only a section label (`Jabatan Fungsional Tertentu`), repeated with the header.
    private var sectionLine: [String]?

    init(header: HeaderBlock, width: Int, budgetColumns: Set<Int>, columns: [Column]) {
        self.header = header
        self.width = width
        self.budgetColumns = budgetColumns
        self.columns = columns
        headerSignatures = header.rows.map(\.signature)
    }

    /// Adds the next physical line; `startsPage` when blank lines or a page break stand above it.
    mutating func take(_ line: PhysicalLine, startsPage: Bool, source: SourceText) {
        if startsPage { afterBreak = true }
        if isRepeatedHeader(line) { return }
        let placed = PhysicalLine(number: line.number, cells: mapped(line.cells))
        let verdict = RowBoundary.verdict(for: placed, after: drafts.last, afterBreak: afterBreak,
                                                budgetColumns: budgetColumns)
        afterBreak = false
        switch verdict {
        case .newRow:
            drafts.append(RowDraft(placed))
            if drafts.count == 1, placed.nonBlankTexts.count == 1, placed.cells.first?.isEmpty == false {
                sectionLine = placed.signature
            }
        case .continuation:
            let strays = drafts[drafts.count - 1].absorb(placed, budgetColumns: budgetColumns)
            for stray in strays {
                uninterpreted.append(UninterpretedLine(line: line.number, text: source.line(line.number),
                                                       reason: strayReason(stray)))
            }
        }
    }

    /// Each row finished on its own: its split numbers rejoined, its figures read.
    func finishedRows() -> [Row] {
        let budgetColumns = budgetColumns
        return drafts.mapOnCoresWhenLarge { $0.row(budgetColumns: budgetColumns) }
    }

    /// Recognises the header rows, column-number row and section line that a page break repeats,
    /// and learns where the repeated header put the columns.
    private mutating func isRepeatedHeader(_ line: PhysicalLine) -> Bool {
        guard let first = header.rows.first else { return false }
        if line.hasSignature(headerSignatures[0]) {
            repeatedHeaderLines = 1
            columnMap = columnMapping(original: first.cells, repeated: line.cells)
            afterBreak = true
            return true
        }
        guard let seen = repeatedHeaderLines else { return false }
        if seen < headerSignatures.count, line.hasSignature(headerSignatures[seen]) {
            repeatedHeaderLines = seen + 1
            return true
        }
        if header.columnNumbers != nil, TableHeader.columnNumbers(line) != nil {
            repeatedHeaderLines = headerSignatures.count + 1
            return true
        }
        repeatedHeaderLines = nil
        return sectionLine.map(line.hasSignature) ?? false
    }

    /// For each column of the repeated header, the original column it stands for; a blank cell
    /// belongs to the header on its left. Nil when the columns did not move.
    private func columnMapping(original: [String], repeated: [String]) -> [Int]? {
        let originalPositions = original.indices.filter { !original[$0].isEmpty }
        let repeatedPositions = repeated.indices.filter { !repeated[$0].isEmpty }
        guard originalPositions != repeatedPositions, originalPositions.count == repeatedPositions.count,
              let lastOriginal = originalPositions.last, let lastRepeated = repeatedPositions.last else { return nil }
        var map: [Int] = []
        var current = 0
        for column in 0..<max(repeated.count, width) {
            if let position = repeatedPositions.firstIndex(of: column) {
                current = originalPositions[position]
            } else if column > lastRepeated {
                current = lastOriginal + column - lastRepeated
            }
            map.append(current)
        }
        return map
    }

    /// Cells placed in the original columns; two cells landing in one column join with a space.
    private func mapped(_ cells: [String]) -> [String] {
        guard let columnMap else { return cells }
        var placed: [String] = []
        for (column, text) in cells.enumerated() where !text.isEmpty {
            let target = column < columnMap.count ? columnMap[column] : column
            while placed.count <= target { placed.append("") }
            placed[target] = placed[target].isEmpty ? text : placed[target] + " " + text
        }
        return placed
    }

    private func strayReason(_ stray: RowDraft.StrayPiece) -> String {
        let header = stray.column < columns.count && !columns[stray.column].header.isEmpty
            ? " (\(columns[stray.column].header))" : ""
        let above = stray.above.isEmpty ? "sel di atasnya kosong" : "isi sel di atasnya `\(stray.above)`"
        return "pecahan `\(stray.text)` di kolom ke-\(stray.column + 1)\(header) tidak menyambung baris di atasnya; \(above)"
    }
}
