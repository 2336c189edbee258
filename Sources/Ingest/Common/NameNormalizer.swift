import Foundation

/// Normalises names of programmes, activities and indicators so that spellings that differ only in
/// case, diacritics, spacing, punctuation or PDF word breaks (`Terlaksana nya`) compare equal.
public enum NameNormalizer {
    /// Suffixes that PDF exports split off the word they belong to.
    static let detachedSuffixes: Set<String> = ["nya", "kan", "lah", "pun"]

    public static func normalize(_ name: String) -> String {
        let stripped = MarkupStripper.strip(name)
        if let normalized = asciiNormalized(stripped) { return normalized }
        var text = stripped.lowercased()
        if !text.allSatisfy(\.isASCII) {
            text = text.folding(options: .diacriticInsensitive, locale: nil)
        }
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            if detachedSuffixes.contains(current), let previous = words.last, previous.count > 2 {
                words[words.count - 1] = previous + current
            } else {
                words.append(current)
            }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber { current.append(character) } else { flush() }
        }
        flush()
        return words.joined(separator: " ")
    }

    /// The same reading byte by byte, for ASCII text (nearly every name): letters and digits are
    /// then single bytes, so no Character segmentation is needed. Rules call this on every label.
    static func asciiNormalized(_ text: String) -> String? {
        let bytes = text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previousStart: Int?, currentStart: Int?
        func finishWord() {
            guard let start = currentStart else { return }
            currentStart = nil
            if let previous = previousStart, start - 1 - previous > 2, isDetachedSuffix(output[start...]) {
                output.remove(at: start - 1)
                return
            }
            previousStart = start
        }
        for byte in bytes {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            guard (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || ByteText.isDigit(lower) else {
                finishWord()
                continue
            }
            if currentStart == nil {
                if !output.isEmpty { output.append(UInt8(ascii: " ")) }
                currentStart = output.count
            }
            output.append(lower)
        }
        finishWord()
        return String(decoding: output, as: UTF8.self)
    }

    static let detachedSuffixBytes = detachedSuffixes.map { Array($0.utf8) }

    static func isDetachedSuffix(_ word: ArraySlice<UInt8>) -> Bool {
        detachedSuffixBytes.contains { $0.elementsEqual(word) }
    }
}
