import Ingest

/// A word, a number or a punctuation mark of running text, in reading order.
enum ProseToken: Equatable {
    case word(String)
    /// A number as written (`34`, `73.68%`, `4.347.407.744,12`) with its parsed value.
    case number(Quantity)
    case punctuation(Character)

    var word: String? { if case .word(let text) = self { return text } else { return nil } }
    var quantity: Quantity? { if case .number(let quantity) = self { return quantity } else { return nil } }

    func isPunctuation(_ mark: Character) -> Bool { self == .punctuation(mark) }
}

/// Splits a sentence into `ProseToken`s: brackets and sentence punctuation become their own tokens,
/// so `34 Orang (67%).` reads as `34`, `Orang`, `(`, `67%`, `)`, `.`.
enum ProseTokenizer {
    static let leadingMarks: Set<Character> = ["(", "[", "\"", "“", "‘"]
    static let trailingMarks: Set<Character> = [")", "]", "\"", "”", "’", ",", ";", ":", "!", "?", "."]

    static func tokens(_ text: String) -> [ProseToken] {
        var result: [ProseToken] = []
        for chunk in text.whitespaceSeparatedWords() {
            if let token = unmarkedToken(chunk) {
                result.append(token)
                continue
            }
            var core = Substring(chunk)
            while let first = core.first, leadingMarks.contains(first) {
                result.append(.punctuation(first))
                core = core.dropFirst()
            }
            var trailing: [Character] = []
            while let last = core.last, trailingMarks.contains(last) {
                trailing.insert(last, at: 0)
                core = core.dropLast()
            }
            if !core.isEmpty { result.append(token(for: String(core))) }
            result += trailing.map(ProseToken.punctuation)
        }
        return mergingDetachedPercentSigns(result)
    }

    /// Every mark is one scalar: an ASCII one below or a curly quote, whose UTF-8 bytes are all non-ASCII.
    private static let asciiLeadingMarks: [UInt8] = Array("([\"".utf8)
    private static let asciiTrailingMarks: [UInt8] = Array(")]\",;:!?.".utf8)

    /// The token of a chunk that has no mark at either end, told from its first and last bytes (most
    /// words of running text); nil when the chunk may carry a mark and needs the Character-wise path.
    private static func unmarkedToken(_ chunk: Substring) -> ProseToken? {
        guard let first = chunk.utf8.first, let last = chunk.utf8.last, first < 0x80, last < 0x80,
              !asciiLeadingMarks.contains(first), !asciiTrailingMarks.contains(last) else { return nil }
        // A Character opening with an ASCII scalar other than a digit is not a number.
        guard first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return .word(String(chunk)) }
        return token(for: String(chunk))
    }

    private static func token(for text: String) -> ProseToken {
        guard let first = text.first, first.isNumber,
              let quantity = NumberParser.parse(text), quantity.value != nil else {
            return .word(text)
        }
        return .number(quantity)
    }

    /// `67 %` and `67 persen` are one percentage, like `67%`.
    private static func mergingDetachedPercentSigns(_ tokens: [ProseToken]) -> [ProseToken] {
        var merged: [ProseToken] = []
        for token in tokens {
            // Only six ASCII letters lower-case to `persen`, so other lengths need no lower-casing.
            let isPercentWord = token.word.map { $0 == "%" || ($0.utf8.count == 6 && $0.lowercased() == "persen") } ?? false
            if isPercentWord, case .number(let quantity)? = merged.last, quantity.kind == .number, quantity.unit == nil {
                merged[merged.count - 1] = .number(Quantity(
                    spelling: quantity.spelling + "%", kind: .percent, value: quantity.value, decimals: quantity.decimals,
                    reading: quantity.reading, alternativeValue: quantity.alternativeValue))
            } else {
                merged.append(token)
            }
        }
        return merged
    }
}
