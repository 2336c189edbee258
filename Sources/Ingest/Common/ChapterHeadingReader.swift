/// Reads chapter headings in the ways real documents write them: `BAB IV`, `BAB IV. PROGRAM…`,
/// `BAB  I \tPENDAHULUAN`, `Bab VI Rencana Program…`, `BAB 2 GAMBARAN UMUM` (arabic numbers), and the
/// OCR forms that lost the space, `BABI` and `BABIPENDAHULUAN`. A page header repeating the chapter
/// (`BAB 2 | GAMBARAN UMUM`) reads as the same chapter again.
public enum ChapterHeadingReader {
    static let romanNumerals: [String: Int] = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                                               "IX": 9, "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15]

    /// The chapter number of a heading's numbering: `IV` → 4, `iv` → 4, `2` → 2; nil for section numbers
    /// (`2.1`), list markers (`28.`) and anything else.
    public static func chapterValue(_ numeral: String?) -> Int? {
        guard let numeral, !numeral.isEmpty else { return nil }
        if let value = romanNumerals[numeral.uppercased()] { return value }
        guard numeral.utf8.count <= 2, numeral.utf8.allSatisfy(ByteText.isDigit), let value = Int(numeral), value >= 1 else { return nil }
        return value
    }

    static func heading(_ text: String, line: Int) -> Heading? {
        guard let (numeral, rest) = numeralAndRest(text) else { return nil }
        let title = ProseReader.collapsingBlanks(rest.drop { $0.isWhitespace || ".:|-–—".contains($0) })
        // "Bab IV berisi …" and long sentences are prose, not headings.
        guard title.count <= 160, !title.hasSuffix("."), title.first.map({ !$0.isLowercase }) ?? true else { return nil }
        return Heading(level: 1, number: numeral, title: title, lines: LineSpan(line))
    }

    /// The numeral as written (upper-cased when roman) and the text after it.
    static func numeralAndRest(_ text: String) -> (String, Substring)? {
        // Checked on the first bytes: nearly every line fails here without any allocation.
        var bytes = text.utf8.makeIterator()
        for expected in "BAB".utf8 {
            guard let byte = bytes.next(), byte & 0xDF == expected else { return nil }
        }
        if let fourth = bytes.next(), fourth == UInt8(ascii: " ") || fourth == UInt8(ascii: "\t") {
            let rest = text.dropFirst(3).drop(while: \.isWhitespace)
            let word = rest.prefix { !$0.isWhitespace }
            let numeral = String(word.trimmingCharacters(".:"))
            guard chapterValue(numeral) != nil else { return nil }
            let written = numeral.utf8.allSatisfy(ByteText.isDigit) ? numeral : numeral.uppercased()
            return (written, rest.dropFirst(word.count))
        }
        return gluedNumeral(text)
    }

    /// `BABI`, `BABIV PENDAHULUAN`, `BABIPENDAHULUAN`: upper-case `BAB` with the roman numeral glued to it,
    /// then nothing, a space, or an upper-case title of four letters or more glued in turn. The numeral
    /// is the longest valid one, so `BABIVVISI` reads as IV and `VISI`.
    static func gluedNumeral(_ text: String) -> (String, Substring)? {
        guard text.hasPrefix("BAB") else { return nil }
        let afterWord = text.dropFirst(3)
        let letters = afterWord.prefix { "IVX".contains($0) }
        guard !letters.isEmpty else { return nil }
        for length in stride(from: letters.count, through: 1, by: -1) {
            let numeral = String(letters.prefix(length))
            guard romanNumerals[numeral] != nil else { continue }
            let rest = afterWord.dropFirst(length)
            guard let next = rest.first else { return (numeral, rest) }
            if next.isWhitespace || ".:".contains(next) { return (numeral, rest) }
            let glued = rest.prefix { !$0.isWhitespace }
            if glued.count >= 4, glued.allSatisfy({ $0.isUppercase }) { return (numeral, rest) }
            return nil
        }
        return nil
    }

    /// `# II. GAMBARAN UMUM DAERAH`: a Markdown heading numbered with a roman numeral and a dot, its
    /// title in capitals, as chapters are written without the word `BAB` (sections then read `II.1.`).
    static func romanNumbered(_ text: String, line: Int) -> Heading? {
        let token = text.prefix { !$0.isWhitespace }
        guard token.count >= 2, token.last == ".", romanNumerals[String(token.dropLast())] != nil else { return nil }
        let title = ProseReader.collapsingBlanks(text.dropFirst(token.count))
        guard title.count >= 3, title == title.uppercased(), title.contains(where: \.isLetter) else { return nil }
        return Heading(level: 1, number: String(token.dropLast()), title: title, lines: LineSpan(line))
    }

    /// `BAB` or `B A B` alone on its line: the numeral and title follow on the next lines.
    static func isLoneChapterWord(_ text: String) -> Bool {
        text.count <= 5 && text.filter { !$0.isWhitespace }.uppercased() == "BAB"
    }
}
