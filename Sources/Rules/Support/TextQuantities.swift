import Ingest

/// Quantities written inside running text or inside a cell that holds more than one figure,
/// each with the source line it stands on.
enum TextQuantities {
    struct Occurrence {
        var quantity: Quantity
        var line: Int
    }

    static let openingMarks: Set<Character> = ["(", "[", "\"", "'", "“", "”"]
    static let closingMarks: Set<Character> = [",", ".", ";", ":", ")", "]", "\"", "'", "“", "”"]

    /// The quantities of one line of text, token by token (`Rp` and `%` may stand apart from the digits).
    static func quantities(in text: String) -> [Quantity] {
        guard TextScan.hasDigitOrHash(text) else { return [] }
        return text.whitespaceSeparatedWords().compactMap { token -> Quantity? in
            guard TextScan.mayHoldFigure(token) else { return nil }
            let trimmed = token.trimmingCharacters(in: Self.openingMarks, trailing: Self.closingMarks)
            guard trimmed.contains(where: { $0.isNumber || $0 == "#" }) else { return nil }
            return NumberParser.parse(String(trimmed))
        }
    }
}

private extension Substring {
    func trimmingCharacters(in leading: Set<Character>, trailing: Set<Character>) -> Substring {
        var result = self
        while let first = result.first, leading.contains(first) { result = result.dropFirst() }
        while let last = result.last, trailing.contains(last) { result = result.dropLast() }
        return result
    }
}
