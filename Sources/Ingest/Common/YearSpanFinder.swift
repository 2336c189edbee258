/// Finds year spans such as `2025-2029`, `2025 – 2029`, `2016 s.d. 2021` and `2016 sampai dengan 2021` in text.
public enum YearSpanFinder {
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
    }

    /// Words between the two years of a span.
    static let joiners: Set<String> = ["-", "–", "—", "s.d.", "s.d", "s/d", "sd", "sampai", "dengan", "hingga"]

    public static func spans(in text: String) -> [Span] {
        guard mayContainYear(text) else { return [] }
        let tokens = tokenize(text)
        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            if let start = year(tokens[index]) {
                var cursor = index + 1
                var sawJoiner = false
                while cursor < tokens.count, joiners.contains(tokens[cursor].lowercased()) {
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
        var text = text
        // On UTF-8 bytes, scalar by scalar, when that reads the same as Character by Character (nearly every line).
        let pieces = text.charactersAreSingleScalars
            ? text.withUTF8 { tokens(of: UTF8Scalars(bytes: $0)) }
            : tokens(of: text)
        return pieces.map { $0.hasSuffix(".") && $0.dropLast().allSatisfy(\.isNumber) ? String($0.dropLast()) : $0 }
    }

    private static func tokens<Text: TokenText>(of text: Text) -> [String] {
        var tokens: [String] = []
        var start = text.startIndex, index = text.startIndex
        var last: Text.Element?
        func flush(before end: Text.Index) {
            if start < end { tokens.append(text.token(start..<end)) }
        }
        while index < text.endIndex {
            let unit = text[index]
            let next = text.index(after: index)
            if unit.isDash {
                flush(before: index)
                tokens.append(text.token(index..<next))
                (start, last) = (next, nil)
            } else if unit.isWhitespace || unit.isTokenBreak {
                flush(before: index)
                (start, last) = (next, nil)
            } else {
                if let previous = last, previous.isNumber != unit.isNumber, !unit.isDotOrSlash, !previous.isDotOrSlash {
                    flush(before: index)
                    start = index
                }
                last = unit
            }
            index = next
        }
        flush(before: text.endIndex)
        return tokens
    }
}

/// Text the tokenizer reads: a `String` by Characters, or UTF-8 bytes by scalars.
private protocol TokenText: Collection where Element: TokenUnit {
    func token(_ range: Range<Index>) -> String
}

/// What the tokenizer asks of a Character or, for text where the two agree, of a Unicode scalar.
private protocol TokenUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isWhitespace: Bool { get }
    var isNumber: Bool { get }
}

extension TokenUnit {
    var isDash: Bool { self == "-" || self == "–" || self == "—" }
    var isTokenBreak: Bool { self == "(" || self == ")" || self == "," || self == ";" }
    var isDotOrSlash: Bool { self == "." || self == "/" }
}

extension String: TokenText {
    fileprivate func token(_ range: Range<Index>) -> String { String(self[range]) }
}

extension Character: TokenUnit {}

/// The scalars of valid UTF-8 text, indexed by byte offset.
private struct UTF8Scalars: TokenText {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }

    func index(after index: Int) -> Int {
        let lead = bytes[index]
        return index + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
    }

    subscript(index: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return Unicode.Scalar(UInt8(lead)) }
        let length = self.index(after: index) - index
        var value = lead & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)!
    }

    func token(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
}

extension Unicode.Scalar: TokenUnit {
    fileprivate var isWhitespace: Bool { isASCII ? ByteText.isWhitespace(UInt8(value)) : properties.isWhitespace }
    fileprivate var isNumber: Bool { isASCII ? ByteText.isDigit(UInt8(value)) : properties.numericType != nil }
}
