/// Decides whether the text after a number is its unit (`Orang`, `Unit Usaha`, `M`, `m²`).
enum UnitText {
    /// A unit is a short run of at most three words starting with a letter. A word starting with a
    /// digit or a month name means the text is a date (`19 September 2025`), not a count.
    static func isUnit(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 24, let first = text.unicodeScalars.first,
              first.properties.isAlphabetic else { return false }
        let words = text.whitespaceSeparatedWords()
        guard words.count <= 3, !monthNames.contains(words[0].lowercased()) else { return false }
        return !words.contains { word in word.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false }
    }

    static let monthNames: Set<String> = [
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
        "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "sep", "okt",
        "nov", "des", "january", "february", "march", "may", "june", "july", "august", "october", "december",
        "aug", "oct", "dec",
    ]
}
