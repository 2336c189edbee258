/// Reads the rows and cells of one HTML `<table>` element as OCR Markdown writes them: `<tr>`, `<td>`
/// and `<th>` with `rowspan`/`colspan`, inline tags dropped, entities decoded, each cell keeping the
/// line its text starts on. One pass over the bytes; anything it does not know is text.
struct HTMLTableParser {
    /// A cell as written, before the spans are laid out on the grid.
    struct WrittenCell {
        var text: String
        var line: Int
        var rowSpan: Int
        var columnSpan: Int
    }

    /// Spans beyond these are OCR noise or hostile input; they would only blow the grid up.
    static let largestColumnSpan = 64
    static let largestRowSpan = 500

    /// The rows of the table whose text runs from `bytes[start]` (just after `<table`) to `end`, the
    /// first line being `firstLine`.
    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, firstLine: Int) -> [[WrittenCell]] {
        var rows: [[WrittenCell]] = []
        var line = firstLine
        var index = start
        var cell: WrittenCell?
        var text: [UInt8] = []
        func closeCell() {
            guard var open = cell else { return }
            open.text = Self.cleaned(text)
            if rows.isEmpty { rows.append([]) }
            rows[rows.count - 1].append(open)
            cell = nil
            text = []
        }
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard byte == UInt8(ascii: "<") else {
                if cell != nil { text.append(byte) }
                index += 1
                continue
            }
            let tagEnd = Self.tagEnd(bytes, from: index, to: end)
            let tag = TagName(bytes, from: index + 1, to: tagEnd)
            switch (tag.name, tag.isClosing) {
            case ("tr", false):
                closeCell()
                rows.append([])
            case ("tr", true):
                closeCell()
            case ("td", false), ("th", false):
                closeCell()
                let attributes = bytes[index..<tagEnd]
                cell = WrittenCell(text: "", line: line,
                                   rowSpan: min(Self.largestRowSpan, Self.attribute("rowspan", in: attributes) ?? 1),
                                   columnSpan: min(Self.largestColumnSpan, Self.attribute("colspan", in: attributes) ?? 1))
            case ("td", true), ("th", true):
                closeCell()
            case ("br", _), ("p", _), ("div", _), ("li", _):
                if cell != nil { text.append(UInt8(ascii: " ")) }
            default:
                break
            }
            // Line breaks inside a tag still count.
            for offset in index..<min(tagEnd + 1, end) where bytes[offset] == UInt8(ascii: "\n") && offset > index { line += 1 }
            index = tagEnd + 1
        }
        closeCell()
        return rows.filter { !$0.isEmpty }
    }

    /// The index of the `>` that closes the tag opened at `start`, or the last index before `end`.
    static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start + 1
        while index < end, bytes[index] != UInt8(ascii: ">") { index += 1 }
        return min(index, end - 1)
    }

    /// A tag's lower-cased name and whether it closes (`</td>`).
    struct TagName {
        var name: String
        var isClosing: Bool

        init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            var index = start
            isClosing = index < end && bytes[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            var name: [UInt8] = []
            while index < end, name.count < 8, ByteText.isLetter(bytes[index]) {
                name.append(ByteText.lowercased(bytes[index]))
                index += 1
            }
            self.name = String(decoding: name, as: UTF8.self)
        }
    }

    /// The value of `name="3"` (or `name=3`) inside a tag, when it is a positive number.
    static func attribute(_ name: String, in tag: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let lowered = tag.map(ByteText.lowercased)
        let key = Array(name.utf8)
        guard let start = lowered.indices.first(where: { lowered[$0...].starts(with: key) }) else { return nil }
        var index = start + key.count
        while index < lowered.count, lowered[index] == UInt8(ascii: " ") || lowered[index] == UInt8(ascii: "=")
                || lowered[index] == UInt8(ascii: "\"") || lowered[index] == UInt8(ascii: "'") { index += 1 }
        var value = 0, digits = 0
        while index < lowered.count, ByteText.isDigit(lowered[index]), digits < 6 {
            value = value * 10 + Int(lowered[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        return digits > 0 && value > 0 ? value : nil
    }

    /// Cell text with entities decoded and runs of whitespace made one space.
    static func cleaned(_ bytes: [UInt8]) -> String {
        let decoded = HTMLEntities.decode(String(decoding: bytes, as: UTF8.self))
        return decoded.whitespaceSeparatedWords().joined(separator: " ")
    }
}

/// The character references OCR Markdown uses in table cells.
enum HTMLEntities {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    static func decode(_ text: String) -> String {
        guard text.containsByte(where: { $0 == UInt8(ascii: "&") }) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let character = reference(after[..<semicolon]) {
                result += character
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func reference(_ name: Substring) -> String? {
        if let named = named[String(name)] { return named }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
