/// Reads lines made only of numbered box labels, such as
/// `SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 5 … SASARAN 17 SASARAN 1 SASARAN 2`, into runs: one run per
/// label while the numbers rise, a new run where the numbering restarts or the label changes.
/// Unnumbered labels between them (`SASARAN INDIKATOR SASARAN 1`) are skipped.
enum NumberedLabelRunReader {
    static func runs(in text: String, line: Int) -> [NumberedLabelRun] {
        guard let tokens = labelTokens(text), tokens.contains(where: { $0.number != nil }) else { return [] }
        var runs: [NumberedLabelRun] = []
        var currentWords: [String] = []
        var words: [String] = []
        for token in tokens {
            guard let number = token.number else { words.append(token.word!); continue }
            guard !words.isEmpty else { return [] }
            let continuesLabel = !currentWords.isEmpty && words.count >= currentWords.count
                && Array(words.suffix(currentWords.count)) == currentWords
            let labelWords = continuesLabel ? currentWords : words
            let label = labelWords.joined(separator: " ")
            if let last = runs.last, last.label == label, continuesLabel, let previous = last.numbers.last, number > previous {
                runs[runs.count - 1].numbers.append(number)
            } else {
                runs.append(NumberedLabelRun(label: label, numbers: [number], line: line))
            }
            currentWords = labelWords
            words = []
        }
        return runs
    }

    struct Token {
        var word: String?
        var number: Int?
    }

    /// Upper-case words and small numbers, split where the export glued them (`1SASARAN`); nil when
    /// the line has anything else (running text, NIPs, punctuation).
    static func labelTokens(_ text: String) -> [Token]? {
        // Running text is rejected on bytes: an ASCII byte other than a capital, a digit or whitespace
        // belongs to a Character that is neither an upper-case letter nor a digit nor a separator.
        guard !text.utf8.contains(where: { $0 < 0x80 && !isLabelOrSpaceByte($0) }) else { return nil }
        var tokens: [Token] = []
        for chunk in text.whitespaceSeparatedWords() {
            var piece = ""
            for character in chunk {
                if let last = piece.last, last.isNumber != character.isNumber {
                    guard let token = token(piece) else { return nil }
                    tokens.append(token)
                    piece = ""
                }
                piece.append(character)
            }
            guard let token = token(piece) else { return nil }
            tokens.append(token)
        }
        return tokens
    }

    private static func isLabelOrSpaceByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || ByteText.isDigit(byte)
            || ByteText.isWhitespace(byte)
    }

    private static func token(_ piece: String) -> Token? {
        if piece.allSatisfy(\.isNumber) {
            guard piece.count <= 3, let number = Int(piece) else { return nil }
            return Token(number: number)
        }
        guard piece.count >= 2, piece.allSatisfy({ $0.isLetter && $0.isUppercase }) else { return nil }
        return Token(word: piece)
    }
}
