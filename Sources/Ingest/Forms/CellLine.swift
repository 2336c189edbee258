/// How a single line of a word-processor export with one cell per line reads: a table cell starts with a tab, a row
/// ends at a blank line, and a line without a tab right after a cell is a further paragraph of it.
enum CellLine {
    /// Empty or spaces only. A line holding a no-break space is not blank: it is an empty paragraph
    /// of a cell (`\u{a0}` under a cell line in Tabel 2.4).
    static func isBlank(_ raw: String) -> Bool { raw.utf8.allSatisfy { $0 == UInt8(ascii: " ") } }

    /// A cell line: a tab, possibly after a few stray spaces (` \tTabel f.` is a caption, checked first).
    static func isCell(_ raw: String) -> Bool {
        raw.utf8.first { $0 != UInt8(ascii: " ") } == UInt8(ascii: "\t")
    }

    /// The cell text: what follows the first tab, trimmed (tabs inside a cell stay as spaces).
    static func cellText(_ raw: String) -> String {
        guard let afterTab = afterFirstTab(raw) else { return raw.trimmingWhitespace() }
        return String(raw[afterTab...].trimmingWhitespaceSubstring())
    }

    /// Whether the text after the cell's tab starts with a space (`\t  Penyusunan Dokumen…`): the
    /// funding table indents sub kegiatan this way.
    static func isIndentedCell(_ raw: String) -> Bool {
        guard let afterTab = afterFirstTab(raw) else { return false }
        return raw[afterTab...].first == " "
    }

    /// Where the text after the first tab begins. Found on bytes: a tab is a control character, which is
    /// always a Character of its own, so its byte is exactly where the Character-wise search would stop.
    private static func afterFirstTab(_ raw: String) -> String.Index? {
        raw.utf8.firstIndex(of: UInt8(ascii: "\t")).map { raw.utf8.index(after: $0) }
    }

    /// A caption or a heading ends whatever table is being read: `Tabel 7.2: …`, ` BAB VI`, `3.2. Telaahan…`.
    static func endsTable(_ raw: String, line: Int) -> Bool {
        if CaptionParser.parse(raw, line: line) != nil { return true }
        if isCell(raw) { return false }
        let text = raw.trimmingWhitespace()
        return ProseReader.chapterHeading(text, line: line) != nil || ProseReader.numberedHeading(text, line: line) != nil
    }

    /// Why an embedded-picture line is reported: the appendix table headers are drawn in them.
    static let embeddedImageReason = "gambar tersemat; isinya (mis. kepala tabel) tidak ada dalam teks"

    /// `image3.emf`: an embedded picture the export could not render (the appendix headers are in them).
    static func isEmbeddedImage(_ raw: String) -> Bool {
        // Only A–Z lower-case to ASCII letters of `image`, so other lines are passed over without lower-casing them.
        let trimmed = Substring(raw).trimmingWhitespaceSubstring()
        guard trimmed.utf8.prefix(5).map(ByteText.lowercased).elementsEqual("image".utf8) else { return false }
        let text = trimmed.lowercased()
        guard text.hasPrefix("image"), let dot = text.lastIndex(of: ".") else { return false }
        let number = text[text.index(text.startIndex, offsetBy: 5)..<dot]
        let extensionName = text[text.index(after: dot)...]
        return !number.isEmpty && number.allSatisfy(\.isNumber) && ["emf", "wmf", "png", "jpg", "jpeg", "gif"].contains(String(extensionName))
    }
}
