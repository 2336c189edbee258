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
            let isPercentWord = token.word == "%" || token.word?.lowercased() == "persen"
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
