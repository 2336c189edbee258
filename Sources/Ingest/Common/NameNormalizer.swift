import Foundation

/// Normalises names of programmes, activities and indicators so that spellings that differ only in
/// case, diacritics, spacing, punctuation or PDF word breaks (`Terlaksana nya`) compare equal.
public enum NameNormalizer {
    /// Suffixes that PDF exports split off the word they belong to.
    static let detachedSuffixes: Set<String> = ["nya", "kan", "lah", "pun"]

    public static func normalize(_ name: String) -> String {
        let stripped = MarkupStripper.strip(name)
        return asciiNormalized(stripped) ?? characterNormalized(stripped)
    }

    /// The reading Character by Character: lower case, diacritics folded, runs of letters and digits.
    static func characterNormalized(_ name: String) -> String {
        var text = name.lowercased()
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

    /// The same reading byte by byte, for text whose letters and digits are all ASCII (nearly every
    /// name): they are then single bytes, and any other scalar (a no-break space, a dash, a quote) only
    /// separates words, as it would Character by Character. Rules call this on every label.
    static func asciiNormalized(_ text: String) -> String? {
        var contiguous = text
        return contiguous.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) || nonASCIIOnlySeparates(text) else { return nil }
            // Each output byte stands for an input byte (a word's space for a separator before it), so the
            // output never outgrows the input; it is written in place, without a growing array.
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var previousStart: Int?, currentStart: Int?
                func finishWord() {
                    guard let start = currentStart else { return }
                    currentStart = nil
                    if let previous = previousStart, start - 1 - previous > 2, isDetachedSuffix(output[start..<count]) {
                        // Join the suffix to the word before it: move it over the space between them.
                        for index in start..<count { output[index - 1] = output[index] }
                        count -= 1
                        return
                    }
                    previousStart = start
                }
                for byte in bytes {
                    let lower = ByteText.lowercased(byte)
                    guard (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || ByteText.isDigit(lower) else {
                        finishWord()
                        continue
                    }
                    if currentStart == nil {
                        if count > 0 {
                            output[count] = UInt8(ascii: " ")
                            count += 1
                        }
                        currentStart = count
                    }
                    output[count] = lower
                    count += 1
                }
                finishWord()
                return count
            }
        }
    }

    /// Every Character is one scalar and every non-ASCII one is a space, punctuation or a maths or
    /// other symbol: neither a letter, nor a digit, nor a modifier that folding could drop.
    static func nonASCIIOnlySeparates(_ text: String) -> Bool {
        text.charactersAreSingleScalars && text.unicodeScalars.allSatisfy { scalar in
            guard !scalar.isASCII else { return true }
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
                return !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
            default:
                return false
            }
        }
    }

    static let detachedSuffixBytes = detachedSuffixes.map { Array($0.utf8) }

    static func isDetachedSuffix(_ word: Slice<UnsafeMutableBufferPointer<UInt8>>) -> Bool {
        detachedSuffixBytes.contains { $0.elementsEqual(word) }
    }
}
