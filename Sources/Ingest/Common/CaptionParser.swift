/// Reads table captions: `Tabel 4.2 Rencana…`, `**Tabel 2.1**`, `Tabel d. Data PNS…`, `Tabel T-C.26`,
/// `Tabel. 4.4 Indikator…`, `TABEL 2.4 ANGGARAN…`, `Tabel 7.1: Indikator…`, `Tabel: 3.2`,
/// `Tabel. T-C. 25.`, `Tabel T-C 24`, `Tabel II.61 Proyeksi…`, `Tabel VII – 1 (T-C 28)`, and unnumbered
/// `Tabel Program Kegiatan…`. Sentences that merely start with "Tabel" are not captions.
public enum CaptionParser {
    public static func parse(_ rawLine: String, line: Int) -> TableCaption? {
        // A caption starts with the Characters `tabel` in any case, and only the ASCII letters lower-case
        // to them: without markup to strip, a line whose bytes lack `tabel` cannot be a caption.
        guard rawLine.containsIgnoringCase("tabel") || MarkupStripper.mayCarryMarkup(rawLine) else { return nil }
        var text = Substring(MarkupStripper.strip(rawLine)).trimmingWhitespaceSubstring()
        guard text.count >= 5, text.prefix(5).lowercased() == "tabel" else { return nil }
        text = text.dropFirst(5)
        if let mark = text.first, mark == "." || mark == ":" { text = text.dropFirst() }
        guard text.isEmpty || text.first!.isWhitespace else { return nil }
        text = text.trimmingWhitespaceSubstring()

        if let (parts, rest) = label(at: text) {
            let title = cleanTitle(rest)
            return TableCaption(label: "Tabel " + joined(parts), numberParts: parts, title: title, lines: LineSpan(line))
        }
        let title = cleanTitle(text)
        guard isPlausibleUnnumberedTitle(title) else { return nil }
        return TableCaption(label: nil, numberParts: [], title: title, lines: LineSpan(line))
    }

    /// The label at the start of `text` and the text after it: `4.2`, `T-C.26`, `d.`, or a code and a
    /// number written apart (`T-C. 25.`, `T-C 24`, `VII – 1`).
    static func label(at text: Substring) -> (parts: [String], rest: Substring)? {
        let token = text.prefix { !$0.isWhitespace && $0 != ":" }
        if let parts = numberParts(of: token.trimmingCharacters(".:")) { return (parts, text[token.endIndex...]) }
        if token.count == 2, token.last == ".", token.first!.isLetter { return ([String(token.first!)], text[token.endIndex...]) }
        let code = token.trimmingCharacters(".")
        guard isCode(code) else { return nil }
        var rest = text[token.endIndex...].trimmingWhitespaceSubstring()
        if let dash = rest.first, "-–—".contains(dash) { rest = rest.dropFirst().trimmingWhitespaceSubstring() }
        let number = rest.prefix { !$0.isWhitespace && $0 != ":" }
        let digits = number.trimmingCharacters(".")
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isNumber) else { return nil }
        return ([String(code), String(digits)], rest[number.endIndex...])
    }

    /// `T-C`, `TC`, `TB` or a roman chapter numeral such as `VII`: the letter part of a label.
    static func isCode(_ piece: Substring) -> Bool {
        guard !piece.isEmpty, piece.count <= 4, piece.first != "-", piece.last != "-" else { return false }
        return piece.allSatisfy { ($0.isUppercase && $0.isASCII) || $0 == "-" } && piece.filter { $0 != "-" }.count <= 3
    }

    /// `4.2` → ["4", "2"]; `T-C.26` → ["T-C", "26"]; `II.61` → ["II", "61"]; `2.5.` → ["2", "5"]; nil for words.
    static func numberParts(of token: Substring) -> [String]? {
        guard !token.isEmpty else { return nil }
        let pieces = token.pieces(separatedBy: ".", omittingEmptySubsequences: false).map(String.init)
        guard pieces.allSatisfy({ !$0.isEmpty }) else { return nil }
        let lastIsNumber = pieces.last!.allSatisfy(\.isNumber)
        let prefixesAreCodes = pieces.dropLast().allSatisfy { piece in piece.allSatisfy(\.isNumber) || isCode(Substring(piece)) }
        return lastIsNumber && prefixesAreCodes ? pieces : nil
    }

    /// How labels are written back: `T-C.26`, `4.2`, `d`.
    static func joined(_ parts: [String]) -> String { parts.joined(separator: ".") }

    static func cleanTitle(_ text: Substring) -> String {
        var title = text.trimmingWhitespaceSubstring()
        while let first = title.first, first == "." || first == ":" || first == "-" || first == "–" {
            title = title.dropFirst().trimmingWhitespaceSubstring()
        }
        return String(title)
    }

    /// `Program Kegiatan disertai Pendanaan` is a caption; `di bawah ini menunjukkan…` is a sentence.
    static func isPlausibleUnnumberedTitle(_ title: String) -> Bool {
        guard let first = title.first, first.isUppercase, title.count <= 160 else { return false }
        let lower = " " + title.lowercased() + " "
        return !lower.containsLiteral(" ini ") && !lower.containsLiteral(" berikut") && !title.hasSuffix(".")
    }
}

extension Substring {
    func trimmingCharacters(_ characters: String) -> Substring {
        var result = self
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        while let first = result.first, characters.contains(first) { result = result.dropFirst() }
        return result
    }
}
