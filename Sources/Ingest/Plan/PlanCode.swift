/// Nomenclature codes as documents print them: `2.17.02.2.01.0001`, `1.02.02`, `X.XX.01`, the older
/// organisation-prefixed `1.2.11.1.2.11.01.18.016`, and the same codes with spaces instead of dots
/// (`01 01 06`) or around them (`1 . 02`). Read into their dotted form, or nil for anything else
/// (a number such as `8.757.518` is not a code: its second part has three digits).
public enum PlanCode {
    /// The dotted code a cell's text spells, or nil. `requiredParts` rejects shorter codes (a row number
    /// `1.1` in front of a label is not a code).
    public static func read(_ text: String, requiredParts: Int = 1) -> String? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == " " || $0 == "\t" }).map(String.init)
        guard parts.count >= requiredParts, parts.count <= 12, isWellFormed(parts) else { return nil }
        // A single number (`2021`, `15`) is no code; one part counts only as an urusan digit or `X`.
        if parts.count == 1, !(parts[0].count == 1) { return nil }
        return parts.joined(separator: ".")
    }

    static func isWellFormed(_ parts: [String]) -> Bool {
        for (index, part) in parts.enumerated() {
            let isPlaceholder = !part.isEmpty && part.allSatisfy { $0 == "X" || $0 == "x" }
            guard isPlaceholder || (!part.isEmpty && part.allSatisfy(\.isASCIIDigit)) else { return false }
            switch index {
            case 0: guard part.count == 1 else { return false }
            case 1: guard part.count <= 2 else { return false }
            default: guard part.count <= 4 else { return false }
            }
        }
        return true
    }

    /// The code at the start of a label (`1.02.02.2.01 Penyediaan …`) and the rest of the label.
    public static func leading(in label: String) -> (code: String, rest: String)? {
        // Asked of every row's label: most start with a letter no code starts with, settled on the first byte
        // (a code's first word starts with a digit, `X`, or a point `read` passes over).
        if let first = label.utf8.first(where: { !ByteText.isWhitespace($0) }), first < 0x80, !ByteText.isDigit(first),
           first != UInt8(ascii: "X"), first != UInt8(ascii: "x"), first != UInt8(ascii: ".") { return nil }
        let words = label.blankSeparatedWords()
        guard let first = words.first, let code = read(String(first), requiredParts: 3) else { return nil }
        let rest = label.dropFirst(label.distance(from: label.startIndex, to: first.endIndex))
        return (code, String(rest).trimmingWhitespace())
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { (0x30...0x39).contains($0) } ?? false }
}
