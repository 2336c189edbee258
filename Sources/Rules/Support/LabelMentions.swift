import Ingest

/// Mentions of numbered tables and figures in running text (`Tabel 6.1`, `tabel 3.1.`, `Gambar 3.2`,
/// `tabel TC. 24`), with a key that ignores how the label is punctuated (`T-C.24` = `TC. 24`).
struct LabelMention: Hashable {
    enum Kind: String {
        case table = "tabel"
        case figure = "gambar"

        var title: Localized {
            self == .table ? Localized(id: "Tabel", en: "Table") : Localized(id: "Gambar", en: "Figure")
        }
    }

    var kind: Kind
    /// The label as written, without the leading word: `6.1`, `TC. 24`.
    var label: String
    /// Where the mention starts in the text (0 = the text opens with it, as a caption does).
    var offset: Int
    /// Where the label ends in the text.
    var end: Int
    /// The text following the label, up to 80 characters: used to recognise labels of other documents.
    var followingText: String

    var key: String { LabelMention.key(label) }

    /// `T-C.23.` → `tc.23`, `TC. 24` → `tc.24`, `T-C 28` → `tc.28`, `VII – 1` → `vii.1`, `2.5.` → `2.5`.
    static func key(_ label: String) -> String {
        var characters: [Character] = []
        for character in label.lowercased() where character != "-" && character != " " {
            let mark: Character = character == "–" || character == "—" ? "." : character
            // A code runs straight into its number once spaces and hyphens are gone: `tc28` is `tc.28`.
            if let last = characters.last, last.isLetter, mark.isNumber { characters.append(".") }
            characters.append(mark)
        }
        return String(characters).pieces(separatedBy: ".", omittingEmptySubsequences: true).joined(separator: ".")
    }

    /// The display form `Tabel 6.1`.
    func display(_ language: Language) -> String { kind.title.text(language) + " " + label }
}

enum LabelMentions {
    /// A digit and `tabel` or `gambar` in any case: text without them mentions no label.
    static func mayMention(_ text: String) -> Bool {
        TextScan.hasDigit(text) && (text.containsIgnoringCase("tabel") || text.containsIgnoringCase("gambar"))
    }

    /// Every `Tabel …`/`Gambar …` followed by a label that holds a digit. Years (`gambar 2020`) are not labels.
    static func find(in text: String) -> [LabelMention] {
        guard mayMention(text) else { return [] }
        let characters = Array(text)
        let lower = Array(text.lowercased())
        var mentions: [LabelMention] = []
        var index = 0
        while index < lower.count {
            defer { index += 1 }
            guard let (kind, word) = kindWords.first(where: { matches($0.word, lower, at: index) }),
                  index == 0 || !lower[index - 1].isLetter else { continue }
            var cursor = index + word.count
            guard cursor < lower.count, !lower[cursor].isLetter else { continue }
            if lower[cursor] == "." || lower[cursor] == ":" { cursor += 1 }
            while cursor < lower.count, lower[cursor] == " " || lower[cursor] == "\t" { cursor += 1 }
            guard let (label, end) = label(in: characters, from: cursor) else { continue }
            let following = String(characters[end..<min(characters.count, end + 80)])
            mentions.append(LabelMention(kind: kind, label: label, offset: index, end: end, followingText: following))
            index = end - 1
        }
        return mentions
    }

    private static let kindWords: [(kind: LabelMention.Kind, word: [Character])] =
        [LabelMention.Kind.table, .figure].map { ($0, Array($0.rawValue)) }

    private static func matches(_ word: [Character], _ text: [Character], at index: Int) -> Bool {
        guard index + word.count <= text.count else { return false }
        return word.indices.allSatisfy { text[index + $0] == word[$0] }
    }

    /// The labels a caption line gives its table: the one it opens with, others joined to it
    /// (`Tabel 4.3 - Tabel T-C.25.`), and a code in brackets right after it (`Tabel 3.1 (TB 35)`,
    /// `Tabel VII – 1 (T-C 28)`). Empty when the text does not open with a label.
    static func captionLabels(in text: String) -> [LabelMention] {
        let mentions = find(in: text)
        guard var last = mentions.first, last.offset == 0 else { return [] }
        var labels = [last]
        let characters = Array(text)
        for mention in mentions.dropFirst() {
            guard characters[last.end..<mention.offset].allSatisfy({ $0.isWhitespace || "-–—/,;(".contains($0) }) else { break }
            labels.append(mention)
            last = mention
        }
        // `(TB 35)`: a bracketed code label of the same kind.
        var cursor = last.end
        while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
        if cursor < characters.count, characters[cursor] == "(", let (label, end) = label(in: characters, from: cursor + 1),
           label.first?.isUppercase == true, end < characters.count, characters[end] == ")" {
            labels.append(LabelMention(kind: last.kind, label: label, offset: cursor + 1, end: end, followingText: ""))
        }
        return labels
    }

    /// A label: an optional code of up to three capitals (`T-C.`, `TC. `, `VII – `), then numbers joined
    /// by dots. A trailing dot that ends the sentence is not part of it.
    private static func label(in text: [Character], from start: Int) -> (String, Int)? {
        var cursor = start
        var codeLetters = 0
        while cursor < text.count, text[cursor].isUppercase || (codeLetters > 0 && text[cursor] == "-") {
            if text[cursor].isUppercase { codeLetters += 1 }
            cursor += 1
        }
        guard codeLetters <= 3, codeLetters > 0 || cursor == start else { return nil }
        if codeLetters > 0 {
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            if cursor < text.count, text[cursor] == "." || text[cursor] == "–" || text[cursor] == "—" { cursor += 1 }
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
        }
        let numberStart = cursor
        var groups = 0
        while cursor < text.count, text[cursor].isNumber {
            let groupStart = cursor
            while cursor < text.count, text[cursor].isNumber { cursor += 1 }
            guard cursor - groupStart <= 4 else { return nil }
            groups += 1
            if cursor + 1 < text.count, text[cursor] == ".", text[cursor + 1].isNumber { cursor += 1 } else { break }
        }
        guard groups > 0 else { return nil }
        let numbers = String(text[numberStart..<cursor])
        if codeLetters == 0, groups == 1, let value = Int(numbers), value >= 1900 { return nil }
        guard cursor >= text.count || !text[cursor].isLetter else { return nil }
        return (String(text[start..<cursor]), cursor)
    }
}
