/// Decides whether a physical line starts a new logical row or continues the row above it.
///
/// The PDF export writes each visual line of a table row as a line of its own: the first carries
/// the first line of every cell, the next ones carry what wrapped (the rest of a long name, the
/// tail of a number that did not fit: `8.998` above `.000`). At a page break the rest of a row
/// continues on the next page after a blank line (and, in some tables, the repeated header).
enum RowBoundary {
    enum Verdict: Equatable {
        case newRow
        case continuation
    }

    static func verdict(for line: PhysicalLine, after row: RowDraft?, afterBreak: Bool,
                        budgetColumns: Set<Int>) -> Verdict {
        guard let row else { return .newRow }
        // Most lines of a programme table open their row with a level word: told before the cells are gathered.
        if let label = line.cells.first, !label.isEmpty, isRowStarter(label) { return .newRow }
        let pieces = line.cells.enumerated().filter { !$0.element.isEmpty }
        if pieces.contains(where: { startsWithFieldLabel($0.element) }) { return .newRow }

        let values = pieces.filter { isValue($0.element) }
        if values.contains(where: { SplitNumber.cutsNumber(head: row.text($0.offset), tail: $0.element,
                                                           inBudgetColumn: budgetColumns.contains($0.offset)) }) {
            return .continuation
        }
        if !values.isEmpty {
            // Within a page, values that do not finish a cut number belong to a row of their own
            // (`8.448.363.274 …` below a programme's indicators is its total).
            guard afterBreak, let leading = row.leadingValueColumn else { return .newRow }
            // After a page break, a row's own first values (baseline, unit, first target) start it;
            // lone figures further right are left-overs of the row above.
            return values.contains(where: { $0.offset <= leading }) ? .newRow : .continuation
        }
        if afterBreak { return .continuation }
        let continues = pieces.contains { continuesList($0.element, above: row.text($0.offset)) }
            || pieces.allSatisfy { startsMidSentence($0.element) }
        return continues ? .continuation : .newRow
    }

    /// Longer cells are words: even `Rp. 324.836.375.142` or `1,179,513,000.00 Rp` stay well below this.
    static let maximumValueLength = 32

    /// A figure, a dash, `N/A` or a piece of a number.
    static func isValue(_ text: String) -> Bool {
        SplitNumber.isNumeric(text) || text.count <= maximumValueLength && NumberParser.parse(text) != nil
    }

    /// A first cell that always opens a row: a plan level (`PROGRAM …`, `Sub Kegiatan …`), a row
    /// number (`7`, `12.`) or a total line.
    static func isRowStarter(_ label: String) -> Bool {
        if PlanLevelClassifier.level(forLabel: label) != nil { return true }
        let number = Substring(label).trimmingCharacters(".)")
        if !number.isEmpty, number.count <= 3, number.allSatisfy(\.isNumber) { return true }
        // No ASCII label longer than `jumlah total` lower-cases to one of these.
        guard label.utf8.count <= 12 || !label.isAllASCII else { return false }
        return ["jumlah", "total", "jumlah total"].contains(label.lowercased())
    }

    /// `Output: …`, `Indikator Sub kegiatan : …`, `IKU: …`, `Sub kegiatan 6:`: a cell that opens an entry.
    static func startsWithFieldLabel(_ text: String) -> Bool {
        guard let colon = text.firstColon else { return false }
        let name = text[..<colon].trimmingWhitespaceSubstring()
        let words = name.pieces(separatedBy: " ")
        guard (1...5).contains(words.count), name.count <= 40, name.first?.isUppercase == true else { return false }
        let after = text[text.index(after: colon)...]
        return (after.first?.isWhitespace ?? true)
            && words.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "." } }
    }

    /// Text that cannot begin a cell: it starts in lower case or with punctuation that ends a phrase.
    static func startsMidSentence(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLowercase || ",;:.)".contains(first)
    }

    static let bullets: Set<Character> = ["•", "·", "▪", "●", "◦"]

    /// `b. Tujuan …` under a cell holding `a. …`, `8. …` under `7. …`, `• …` under `• …`: the next item
    /// of a list that the cell above started.
    static func continuesList(_ text: String, above: String) -> Bool {
        guard let first = text.first, !above.isEmpty else { return false }
        if bullets.contains(first) { return above.contains(first) }
        let token = text.prefix { !$0.isWhitespace }
        guard token.count < text.count else { return false }
        var core = token
        var closer = ""
        if let last = core.last, last == "." || last == ")" {
            closer = String(last)
            core = core.dropLast()
        }
        let previous: String
        if let number = Int(core), core.count <= 2, number > 1 {
            previous = String(number - 1)
        } else if core.count == 1, let letter = core.unicodeScalars.first, ("b"..."z").contains(letter), !closer.isEmpty {
            previous = String(Character(Unicode.Scalar(letter.value - 1)!))
        } else {
            return false
        }
        return [previous + ".", previous + ")"].contains { above.hasPrefix($0 + " ") || above.containsLiteral(" " + $0 + " ") }
    }
}
