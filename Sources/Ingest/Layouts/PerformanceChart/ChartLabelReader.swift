/// Reads the label lines of a chart: lines made only of label words (`TUJUAN`, `SASARAN`, `INDIKATOR`,
/// `KEGIATAN`, …, also one letter off: `INDIKATROR`) and small numbers, such as
/// `SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 5 … SASARAN 17` or `SASARAN KEGIATAN 1SASARAN KEGIATAN 2`.
/// A label broken over two lines (`INDIKATOR` / `KEGIATAN 1`, or `INDIKATOR KEGIATAN` / `1`) is one label.
enum ChartLabelReader {
    struct Token {
        var word: String?
        var printed: String
        var number: Int?
        var line: Int

        var misspelling: LabelMisspelling? {
            guard let word, word != printed else { return nil }
            return LabelMisspelling(printed: printed, expected: word)
        }
    }

    /// Every label of the text, in text order, and the lines they were read from.
    static func read(_ source: SourceText) -> (labels: [ChartLabel], lines: Set<Int>) {
        var labels: [ChartLabel] = []
        var consumed = Set<Int>()
        var index = 0
        let count = source.lines.count
        while index < count {
            guard var tokens = tokens(source.lines[index], line: index + 1) else { index += 1; continue }
            consumed.insert(index + 1)
            // A line ending in a label word continues on the next line when that one starts a label or is a number.
            while tokens.last?.word != nil, index + 1 < count,
                  let next = Self.tokens(source.lines[index + 1], line: index + 2) ?? numberLine(source.lines[index + 1], line: index + 2),
                  next.first?.word != nil || next.count == 1 {
                tokens += next
                index += 1
                consumed.insert(index + 1)
            }
            labels += self.labels(from: tokens)
            index += 1
        }
        return (labels, consumed)
    }

    /// The labels of one (joined) label line. Words before a number form its label: the kind of the
    /// label before it on the line when they end in its words (`SASARAN INDIKATOR SASARAN 1` in a row of
    /// `SASARAN` labels), else the longest kind they end in. Words left over are unnumbered labels
    /// (column headings such as `SASARAN INDIKATOR`).
    static func labels(from tokens: [Token]) -> [ChartLabel] {
        var labels: [ChartLabel] = []
        var pending: [Token] = []
        var previousKind: ChartLabelKind?
        func append(_ kind: ChartLabelKind, _ words: ArraySlice<Token>, number: Token?) {
            let all = Array(words) + (number.map { [$0] } ?? [])
            let lines = all.map(\.line)
            labels.append(ChartLabel(kind: kind, number: number?.number, printed: words.map(\.printed).joined(separator: " "),
                                     misspellings: words.compactMap(\.misspelling),
                                     lines: LineSpan(lines.min() ?? 1, lines.max()), position: labels.count))
        }
        func flushUnnumbered(_ words: ArraySlice<Token>) {
            var start = words.startIndex
            while start < words.endIndex {
                let rest = words[start...]
                if let kind = unnumberedKind(starting: rest) {
                    let length = kindWords.first { $0.kind == kind }!.words.count
                    append(kind, rest.prefix(length), number: nil)
                    start += length
                } else {
                    start += 1
                }
            }
        }
        for token in tokens {
            guard token.number != nil else { pending.append(token); continue }
            let words = pending.map { $0.word! }
            let kind = previousKind.flatMap { endsWith(words, $0) ? $0 : nil }
                ?? ChartLabelKind.vocabulary.first { endsWith(words, $0) }
            guard let kind else { pending = []; continue }
            let length = kindWords.first { $0.kind == kind }!.words.count
            flushUnnumbered(pending.dropLast(length)[...])
            append(kind, pending.suffix(length)[...], number: token)
            previousKind = kind
            pending = []
        }
        flushUnnumbered(pending[...])
        return labels
    }

    /// The vocabulary with each kind's words split once.
    private static let kindWords: [(kind: ChartLabelKind, words: [String])] = ChartLabelKind.vocabulary.map { ($0, $0.wordList) }

    private static func endsWith(_ words: [String], _ kind: ChartLabelKind) -> Bool {
        let kindWords = kindWords.first { $0.kind == kind }!.words
        return words.count >= kindWords.count && words.suffix(kindWords.count).elementsEqual(kindWords)
    }

    /// An unnumbered label: a compound only when it ends in a word that cannot stand alone (`SASARAN
    /// KEGIATAN`), since runs of column headings (`SASARAN INDIKATOR SASARAN INDIKATOR`) alternate.
    private static func unnumberedKind(starting words: ArraySlice<Token>) -> ChartLabelKind? {
        let printed = words.map { $0.word! }
        return kindWords.first { entry in
            guard printed.count >= entry.words.count, printed.prefix(entry.words.count).elementsEqual(entry.words) else { return false }
            return entry.words.count == 1 || !["SASARAN", "INDIKATOR"].contains(entry.words.last!)
        }?.kind
    }

    /// Label words and small numbers, split where the export glued them (`1SASARAN`); nil when the line
    /// holds anything else (running text, positions, NIPs, punctuation).
    static func tokens(_ text: String, line: Int) -> [Token]? {
        // Running text is rejected on bytes: an ASCII byte other than a capital, a digit or whitespace
        // belongs to a Character that is neither an upper-case letter nor a digit nor a separator.
        guard !text.utf8.contains(where: { $0 < 0x80 && !isLabelOrSpaceByte($0) }) else { return nil }
        var tokens: [Token] = []
        for chunk in text.whitespaceSeparatedWords() {
            var piece = ""
            for character in chunk {
                if let last = piece.last, last.isNumber != character.isNumber {
                    guard let token = token(piece, line: line) else { return nil }
                    tokens.append(token)
                    piece = ""
                }
                piece.append(character)
            }
            guard let token = token(piece, line: line) else { return nil }
            tokens.append(token)
        }
        guard tokens.contains(where: { $0.word != nil }) else { return nil }
        return tokens
    }

    /// A line holding only a small number: the number of the label on the line before.
    private static func numberLine(_ text: String, line: Int) -> [Token]? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 3, trimmed.allSatisfy(\.isASCIIDigit), let number = Int(trimmed) else { return nil }
        return [Token(word: nil, printed: trimmed, number: number, line: line)]
    }

    private static func isLabelOrSpaceByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || ByteText.isDigit(byte) || ByteText.isWhitespace(byte)
    }

    private static func token(_ piece: String, line: Int) -> Token? {
        if piece.allSatisfy(\.isNumber) {
            guard piece.count <= 3, let number = Int(piece) else { return nil }
            return Token(word: nil, printed: piece, number: number, line: line)
        }
        guard let word = vocabularyWord(for: piece) else { return nil }
        return Token(word: word, printed: piece, number: nil, line: line)
    }

    /// The label word `piece` is, exactly or one letter off (for words of five letters or more, so that
    /// short words stay themselves).
    static func vocabularyWord(for piece: String) -> String? {
        if ChartLabelKind.vocabularyWords.contains(piece) { return piece }
        guard piece.count >= 5, piece.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        let near = ChartLabelKind.vocabularyWords.filter { $0.count >= 5 && SingleEdit(from: piece, to: $0) != nil }
        return near.count == 1 ? near.first : nil
    }
}
