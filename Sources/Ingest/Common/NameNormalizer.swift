import Foundation

/// Normalises names of programmes, activities and indicators so that spellings that differ only in
/// case, diacritics, spacing, punctuation or PDF word breaks (`Terlaksana nya`) compare equal.
public enum NameNormalizer {
    /// Suffixes that PDF exports split off the word they belong to.
    static let detachedSuffixes: Set<String> = ["nya", "kan", "lah", "pun"]

    public static func normalize(_ name: String) -> String {
        var text = MarkupStripper.strip(name).lowercased()
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
}
