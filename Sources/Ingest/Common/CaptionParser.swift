/// Reads table captions: `Tabel 4.2 Rencana…`, `**Tabel 2.1**`, `Tabel d. Data PNS…`, `Tabel T-C.26`,
/// `Tabel. 4.4 Indikator…`, `TABEL 2.4 ANGGARAN…`, `Tabel 7.1: Indikator…`, and unnumbered
/// `Tabel Program Kegiatan…`. Sentences that merely start with "Tabel" are not captions.
public enum CaptionParser {
    public static func parse(_ rawLine: String, line: Int) -> TableCaption? {
        // A caption starts with the Characters `tabel` in any case, and only the ASCII letters lower-case
        // to them: without markup to strip, a line whose bytes lack `tabel` cannot be a caption.
        guard rawLine.containsIgnoringCase("tabel") || MarkupStripper.mayCarryMarkup(rawLine) else { return nil }
        var text = Substring(MarkupStripper.strip(rawLine)).trimmingWhitespaceSubstring()
        guard text.count >= 5, text.prefix(5).lowercased() == "tabel" else { return nil }
        text = text.dropFirst(5)
        if text.first == "." { text = text.dropFirst() }
        guard text.isEmpty || text.first!.isWhitespace else { return nil }
        text = text.trimmingWhitespaceSubstring()

        let labelToken = text.prefix { !$0.isWhitespace && $0 != ":" }
        var parts = numberParts(of: labelToken.trimmingCharacters(".:"))
        if parts == nil, labelToken.count == 2, labelToken.last == ".", labelToken.first!.isLetter {
            parts = [String(labelToken.first!)]
        }
        if let parts {
            let title = cleanTitle(text[labelToken.endIndex...])
            let label = "Tabel " + joined(parts)
            return TableCaption(label: label, numberParts: parts, title: title, lines: LineSpan(line))
        }
        let title = cleanTitle(text)
        guard isPlausibleUnnumberedTitle(title) else { return nil }
        return TableCaption(label: nil, numberParts: [], title: title, lines: LineSpan(line))
    }

    /// `4.2` → ["4", "2"]; `T-C.26` → ["T-C", "26"]; `2.5.` → ["2", "5"]; nil for words.
    static func numberParts(of token: Substring) -> [String]? {
        guard !token.isEmpty else { return nil }
        let pieces = token.pieces(separatedBy: ".", omittingEmptySubsequences: false).map(String.init)
        guard pieces.allSatisfy({ !$0.isEmpty }) else { return nil }
        let lastIsNumber = pieces.last!.allSatisfy(\.isNumber)
        let prefixesAreCodes = pieces.dropLast().allSatisfy { piece in
            piece.allSatisfy(\.isNumber) || (piece.containsLiteral("-") && piece.allSatisfy { $0.isUppercase || $0 == "-" })
        }
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
