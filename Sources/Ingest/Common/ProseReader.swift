/// Classifies a line of running text as a heading, a list item or a paragraph, the same way in
/// every layout: `BAB IV`, `# **BAB I**`, `2.1.3 Kinerja…` are headings; `a.`, `3)`, `-`, `•` start items.
public enum ProseReader {
    /// Roman numerals as chapters and row numbers are written (`I` … `XV`).
    static let romanNumerals: Set<String> = Set(ChapterHeadingReader.romanNumerals.keys)

    public static func block(for rawLine: String, line: Int) -> Block? {
        var markdownDepth = 0
        var text = Substring(rawLine).trimmingWhitespaceSubstring()
        while text.first == "#" { markdownDepth += 1; text = text.dropFirst() }
        let plain = MarkupStripper.strip(String(text.trimmingWhitespaceSubstring())).trimmingWhitespace()
        if plain.isEmpty { return nil }
        // Table-of-contents entries name headings but are not headings themselves.
        if isContentsEntry(rawLine) { return .paragraph(Paragraph(text: plain, lines: LineSpan(line), isContentsEntry: true)) }
        if let heading = chapterHeading(plain, line: line) { return .heading(heading) }
        if let heading = numberedHeading(plain, line: line) { return .heading(heading) }
        if markdownDepth > 0 {
            if let chapter = ChapterHeadingReader.romanNumbered(plain, line: line) { return .heading(chapter) }
            if let item = listItem(plain, line: line) {
                return .heading(Heading(level: markdownDepth, number: item.marker, title: item.text, lines: LineSpan(line)))
            }
            return .heading(Heading(level: markdownDepth, number: nil, title: plain, lines: LineSpan(line)))
        }
        if let item = listItem(plain, line: line) { return .listItem(item) }
        return .paragraph(Paragraph(text: plain, lines: LineSpan(line)))
    }

    /// A line of a table of contents or list of tables: dot leaders, or a tab before a page number
    /// (`1.3.2. Tujuan.....\t8`, `BAB I PENDAHULUAN\t1`, `Kata Pengantar\ti`).
    public static func isContentsEntry(_ line: String) -> Bool {
        if line.containsLiteral("....") { return true }
        // A tab is always a Character of its own, so the byte search finds the same index.
        guard let tab = line.lastIndex(ofByte: UInt8(ascii: "\t")) else { return false }
        let page = line[line.index(after: tab)...].trimmingWhitespaceSubstring()
        let body = line[..<tab].trimmingWhitespaceSubstring()
        let isPage = !page.isEmpty && page.count <= 4
            && (page.allSatisfy(\.isNumber) || page.allSatisfy { "ivxl".contains($0) })
        return isPage && !body.isEmpty && !body.containsLiteral("\t")
    }

    /// A chapter heading in any of the forms `ChapterHeadingReader` knows.
    static func chapterHeading(_ text: String, line: Int) -> Heading? { ChapterHeadingReader.heading(text, line: line) }

    /// `2.1`, `2.1.3.`, `1.3.1. Maksud` followed by a short title: section headings; also `3.3.TELAAHAN`
    /// with the space after the number's last dot lost.
    static func numberedHeading(_ text: String, line: Int) -> Heading? {
        // The number must start with a digit: most lines are rejected on their first byte.
        if let first = text.utf8.first(where: { $0 != UInt8(ascii: ".") }), first < 0x80, !ByteText.isDigit(first) { return nil }
        var token = text.prefix { !$0.isWhitespace }
        let number = token.prefix { $0.isNumber || $0 == "." }
        if number.count < token.count, number.hasSuffix("."), token[number.endIndex].isLetter { token = number }
        let parts = token.trimmingCharacters(".").pieces(separatedBy: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        let title = collapsingBlanks(text.dropFirst(token.count))
        guard let first = title.first, first.isLetter, title.count <= 160, !title.hasSuffix(";") else { return nil }
        return Heading(level: parts.count, number: parts.joined(separator: "."), title: title, lines: LineSpan(line))
    }

    /// The words of a title with one space between them: layout text spreads justified titles
    /// (`TELAAHAN   RENCANA       TATA`).
    static func collapsingBlanks(_ text: Substring) -> String {
        text.blankSeparatedWords().joined(separator: " ")
    }

    /// `a.`, `b)`, `(c)`, `1.`, `12)`, `-`, `•`, `·`, `- a.` list markers, and `16.Pulau` with the space lost.
    /// An item holds words: `24.    26.    28.` is a row of numbers wrapped in a table column.
    static func listItem(_ text: String, line: Int) -> ListItem? {
        let whole = Substring(text)
        let marker: Substring, rest: Substring
        if let head = whole.utf8.first, head == UInt8(ascii: "-") || head >= 0x80, let bullet = whole.first, "-•·▪●◦".contains(bullet) {
            let afterBullet = whole.dropFirst().trimmingWhitespaceSubstring()
            (marker, rest) = enumeratedMarker(afterBullet) ?? (Substring(String(bullet)), afterBullet)
        } else {
            guard let enumerated = enumeratedMarker(whole) ?? gluedMarker(whole) else { return nil }
            (marker, rest) = enumerated
        }
        guard rest.contains(where: \.isLetter) else { return nil }
        return ListItem(marker: String(marker), text: String(rest), lines: LineSpan(line))
    }

    /// `16.Pulau Tidung`, `1.Seksi Data`, `c.因为她 …` (OCR): one to three digits, or one lower-case letter,
    /// and a dot glued to a capitalised word or a non-ASCII letter. Abbreviations (`s.d.`, `a.n.`) go on
    /// in lower case and stay words.
    static func gluedMarker(_ text: Substring) -> (marker: Substring, text: Substring)? {
        var length = 0, isLetter = false
        for byte in text.utf8 {
            if ByteText.isDigit(byte) && !isLetter && length < 3 {
                length += 1
            } else if length == 0 && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                length = 1
                isLetter = true
            } else if length > 0 && byte == UInt8(ascii: ".") {
                break
            } else {
                return nil
            }
        }
        guard let markerEnd = text.utf8.index(text.startIndex, offsetBy: length + 1, limitedBy: text.endIndex),
              let next = text[markerEnd...].first, next.isLetter, next.isUppercase || !next.isASCII else { return nil }
        return (text[..<markerEnd], text[markerEnd...])
    }

    /// An ASCII byte that can begin `(a)`, `a.`, `12)` or `IV)`: a cheap test before reading Characters.
    static func mayStartMarker(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || ByteText.isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X")
    }

    /// Whether the first word, read on bytes, cannot be a marker of two to five Characters ending in `.`
    /// or `)`: six ASCII non-space bytes in a row, or a shorter ASCII word that is too short or ends
    /// otherwise. Exact: each ASCII byte here is a Character of its own, as the byte after it is ASCII too.
    /// Words with non-ASCII bytes, or a non-ASCII byte right after the word, are left to the Character-wise
    /// reading.
    static func asciiFirstWordRulesOutMarker(_ text: Substring) -> Bool {
        var length = 0, last: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return false }
            if ByteText.isWhitespace(byte) { break }
            length += 1
            last = byte
            if length > 5 { return true }
        }
        if let next = text.utf8.dropFirst(length + 1).first, next >= 0x80 { return false }
        return length < 2 || (last != UInt8(ascii: ".") && last != UInt8(ascii: ")"))
    }

    static func enumeratedMarker(_ text: Substring) -> (marker: Substring, text: Substring)? {
        if let head = text.utf8.first, head < 0x80, !mayStartMarker(head) { return nil }
        if asciiFirstWordRulesOutMarker(text) { return nil }
        let token = text.prefix { !$0.isWhitespace }
        guard token.count >= 2, token.count <= 5 else { return nil }
        var body = token
        if body.first == "(" { body = body.dropFirst() }
        guard let close = body.last, close == "." || close == ")" else { return nil }
        body = body.dropLast()
        let isNumber = !body.isEmpty && body.count <= 3 && body.allSatisfy(\.isNumber)
        let isLetter = body.count == 1 && body.first!.isLetter && body.first!.isLowercase
        let isRoman = romanNumerals.contains(String(body)) && close == ")"
        guard isNumber || isLetter || isRoman else { return nil }
        let rest = text.dropFirst(token.count).trimmingWhitespaceSubstring()
        guard !rest.isEmpty else { return nil }
        return (token, rest)
    }
}
