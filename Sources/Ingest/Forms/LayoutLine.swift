/// A word of a `pdftotext -layout` line with the character columns it occupies.
struct LayoutToken: Sendable, Hashable {
    var text: String
    /// First character column (0-based) and the column after the last character.
    var start: Int
    var end: Int

    var center: Double { Double(start + end) / 2 }
    var width: Int { end - start }

    /// A figure other than a year or a column number: what makes a line a table row.
    var isFigure: Bool { TableHeader.isFigure(text) || (text.count > 1 && SplitNumber.isNumeric(text) && Int(text) == nil) }
}

/// One line of layout text cut into words with their positions. The form feed `pdftotext` puts before
/// a page's first line takes no column.
struct LayoutLine: Sendable {
    var number: Int
    var tokens: [LayoutToken]

    init(tokens: [LayoutToken], number: Int) {
        self.number = number
        self.tokens = tokens
    }

    init(number: Int, text: String) {
        self.number = number
        var tokens: [LayoutToken] = []
        var column = 0
        var current = ""
        var start = 0
        for scalar in text.unicodeScalars {
            if scalar == "\u{0C}" { continue }
            if scalar == " " || scalar == "\t" || scalar == "\u{A0}" {
                if !current.isEmpty {
                    tokens.append(LayoutToken(text: current, start: start, end: column))
                    current = ""
                }
                // A tab moves to the next multiple of eight, as a terminal shows it.
                column = scalar == "\t" ? (column / 8 + 1) * 8 : column + 1
                continue
            }
            if current.isEmpty { start = column }
            current.unicodeScalars.append(scalar)
            // Combining marks take no column of their own.
            if !scalar.properties.isGraphemeExtend { column += 1 }
        }
        if !current.isEmpty { tokens.append(LayoutToken(text: current, start: start, end: column)) }
        self.tokens = tokens
    }

    var isBlank: Bool { tokens.isEmpty }
    var indent: Int { tokens.first?.start ?? 0 }
    var end: Int { tokens.last?.end ?? 0 }
    /// The figures of the line; a number after `Tahun` or `ke` names a plan year (`Tahun 1`), not a value.
    var figureCount: Int {
        tokens.indices.count { index in
            guard tokens[index].isFigure else { return false }
            let previous = index > 0 ? tokens[index - 1].text.lowercased() : ""
            return previous != "tahun" && previous != "ke" && previous != "ke-"
        }
    }

    /// The runs of words separated by single spaces: the pieces a wide gap separates.
    var segments: [LayoutToken] {
        var segments: [LayoutToken] = []
        for token in tokens {
            if let last = segments.last, token.start - last.end <= 1 {
                segments[segments.count - 1] = LayoutToken(text: last.text + " " + token.text, start: last.start, end: token.end)
            } else {
                segments.append(token)
            }
        }
        return segments
    }

    /// Running text rather than a table row: many words, hardly a figure, and either a long run of
    /// single-spaced words or the evenly spread one-word pieces of a justified line.
    var looksLikeProse: Bool {
        let words = tokens.count
        guard words >= 6, figureCount <= 1 else { return false }
        let pieces = segments
        if pieces.count <= 2, pieces.contains(where: { $0.width >= 45 }) { return true }
        let wordsPerPiece = Double(words) / Double(pieces.count)
        let gaps = zip(pieces, pieces.dropFirst()).map { $1.start - $0.end }
        guard let widest = gaps.max() else { return false }
        // Justified text: every piece one or two words, gaps of a few spaces, none a column gutter.
        return wordsPerPiece <= 1.6 && widest <= 7 && end - indent >= 50
    }

    /// `1 2 3 … 23`, `(1) (2) …`: the column-number row under a table header, with each number's token.
    var columnNumbers: [(number: Int, token: LayoutToken)]? {
        guard tokens.count >= 4 else { return nil }
        var numbers: [(Int, LayoutToken)] = []
        for token in tokens {
            var text = Substring(token.text)
            if text.first == "(" && text.last == ")" { text = text.dropFirst().dropLast() }
            guard text.count <= 3, let number = Int(text) else { return nil }
            numbers.append((number, token))
        }
        // Counting from one, mostly by one: a wrapped number (`2` over `0` for 20) may break the run.
        guard numbers.first?.0 == 1 else { return nil }
        let steps = zip(numbers, numbers.dropFirst()).count { $1.0 == $0.0 + 1 }
        return steps >= numbers.count - 3 && steps * 4 >= (numbers.count - 1) * 3 ? numbers : nil
    }
}
