/// Removes the inline markup some exports carry (`**bold**`, `*italic*`, `<b>…</b>`, `\*`,
/// `<ul style="…">`, `<p>` block tags), keeping the text.
public enum MarkupStripper {
    public static func strip(_ text: String) -> String {
        guard mayCarryMarkup(text) else { return text }
        var result = removingBlockTags(text)
        for token in ["<b>", "</b>", "<B>", "</B>", "<i>", "</i>", "<br>", "<br/>", "**"] {
            result = result.replacingAll(token, with: "")
        }
        result = result.replacingAll("\\*", with: "*")
        if result.hasPrefix("*") && result.hasSuffix("*") && result.count > 2 {
            result = String(result.dropFirst().dropLast())
        }
        return result
    }

    /// Whether `strip` can change the text: it holds `*`, `<` or `\\`. Checked on bytes, not Characters:
    /// this runs on every line, and most lines carry no markup at all.
    public static func mayCarryMarkup(_ text: String) -> Bool { text.containsByte(where: isMarkupByte) }

    /// A byte that opens markup: `*` (emphasis), `<` (a tag), `\` (an escape).
    private static func isMarkupByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\")
    }

    /// The cells of a tab-separated line, markup stripped and whitespace trimmed.
    static func tabSeparatedCells(_ line: String) -> [String] {
        if let cells = asciiTabSeparatedCells(line) { return cells }
        let pieces = line.pieces(separatedBy: "\t", omittingEmptySubsequences: false)
        // Without markup in the line stripping changes no cell: each trimmed piece is the cell text.
        guard mayCarryMarkup(line) else { return pieces.map { String($0.trimmingWhitespaceSubstring()) } }
        return pieces.map { strip(String($0)).trimmingWhitespace() }
    }

    /// `tabSeparatedCells` for a line of ASCII without markup (nearly every table line): the cells are cut
    /// at tabs and trimmed of whitespace on the bytes, each made a String once. In ASCII the whitespace
    /// Characters are the whitespace bytes and a tab stands alone, so the cells are the same. Nil for any
    /// other line.
    private static func asciiTabSeparatedCells(_ line: String) -> [String]? {
        var line = line
        return line.withUTF8 { bytes -> [String]? in
            var cells: [String] = []
            var start = 0
            for offset in bytes.indices {
                let byte = bytes[offset]
                guard byte < 0x80, !isMarkupByte(byte) else { return nil }
                guard byte == 0x09 else { continue }
                cells.append(trimmedText(bytes[start..<offset]))
                start = offset + 1
            }
            cells.append(trimmedText(bytes[start...]))
            return cells
        }
    }

    private static func trimmedText(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: ByteText.trimmed(UnsafeBufferPointer(rebasing: bytes)), as: UTF8.self)
    }

    /// Tags of lists and paragraphs carry no text (`<ul style="list-style-type: none"> Pemetaan…`,
    /// `<p>Jumlah 1+2+3 / 3</p>`).
    static let blockTags: Set<String> = ["ul", "ol", "li", "p"]

    static func removingBlockTags(_ text: String) -> String {
        guard text.containsLiteral("<") else { return text }
        var result = ""
        var remainder = Substring(text)
        while let open = remainder.firstIndex(of: "<") {
            result += remainder[..<open]
            let tag = remainder[remainder.index(after: open)...]
            let body = tag.first == "/" ? tag.dropFirst() : tag
            let name = body.prefix { $0.isLetter }
            let nameEnd = body.dropFirst(name.count).first
            guard blockTags.contains(name.lowercased()), nameEnd == ">" || nameEnd == " ",
                  let close = tag.firstIndex(of: ">") else {
                result.append("<")
                remainder = tag
                continue
            }
            remainder = tag[tag.index(after: close)...]
        }
        return result + remainder
    }
}
