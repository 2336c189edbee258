/// Finds year spans such as `2025-2029`, `2025 – 2029`, `2016 s.d. 2021` and `2016 sampai dengan 2021` in text.
public enum YearSpanFinder {
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
    }

    public static func spans(in text: String) -> [Span] {
        guard mayContainYear(text) else { return [] }
        let tokens = tokenize(text)
        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            if let start = year(tokens[index]) {
                var cursor = index + 1
                var sawJoiner = false
                while cursor < tokens.count, ["-", "–", "—", "s.d.", "s.d", "s/d", "sd", "sampai", "dengan", "hingga"].contains(tokens[cursor].lowercased()) {
                    sawJoiner = true
                    cursor += 1
                }
                // "2025 sampai dengan tahun 2030"
                if sawJoiner, cursor < tokens.count, tokens[cursor].lowercased() == "tahun" { cursor += 1 }
                if sawJoiner, cursor < tokens.count, let end = year(tokens[cursor]), end > start, end - start <= 25 {
                    spans.append(Span(start: start, end: end))
                    index = cursor + 1
                    continue
                }
            }
            index += 1
        }
        return spans
    }

    /// All four-digit years 1990–2100 mentioned on their own (not inside codes such as NIPs).
    public static func years(in text: String) -> [Int] {
        guard mayContainYear(text) else { return [] }
        return tokenize(text).compactMap(year)
    }

    /// A year token is four ASCII digits, so text without four in a row has none: this byte scan
    /// spares most cells and headers the Character-wise tokenizing.
    static func mayContainYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = ByteText.isDigit(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// The years of `text` that are not the ends of a span: `Sasaran … Tahun 2018-2023` has none.
    public static func yearsOutsideSpans(in text: String) -> [Int] {
        var remaining = years(in: text)
        for span in spans(in: text) {
            for end in [span.start, span.end] {
                if let index = remaining.firstIndex(of: end) { remaining.remove(at: index) }
            }
        }
        return remaining
    }

    static func year(_ token: String) -> Int? {
        guard token.count == 4, let value = Int(token), (1990...2100).contains(value) else { return nil }
        return value
    }

    /// Splits into words, digit runs and dashes, so `2025-2029` becomes `2025`, `-`, `2029`.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        func flush() { if !current.isEmpty { tokens.append(current); current = "" } }
        for character in text {
            if character == "-" || character == "–" || character == "—" {
                flush(); tokens.append(String(character))
            } else if character.isWhitespace || character == "(" || character == ")" || character == "," || character == ";" {
                flush()
            } else if let last = current.last, last.isNumber != character.isNumber, character != "." && character != "/" && last != "." && last != "/" {
                flush(); current.append(character)
            } else {
                current.append(character)
            }
        }
        flush()
        return tokens.map { $0.hasSuffix(".") && $0.dropLast().allSatisfy(\.isNumber) ? String($0.dropLast()) : $0 }
    }
}
