/// Markdown pipe tables: a header row, a separator row of dashes (`|---|:--:|`), then one row per line.
/// Cells are split at unescaped `|`; a table ends at the first line that is not a pipe row.
public struct MarkdownPipeTokenizer: TableTokenizer {
    public let form = TextForm.markdownPipe
    /// How far above a table its caption may stand (non-blank lines).
    static let captionReach = 2

    public init() {}

    public func drafts(in source: SourceText) -> [TableDraft] {
        var drafts: [TableDraft] = []
        var number = 2
        while number <= source.lines.count {
            guard Self.isSeparator(source.line(number)), Self.isPipeRow(source.line(number - 1)) else {
                number += 1
                continue
            }
            let headerLine = number - 1
            var lines = [DraftLine(line: headerLine, cells: Self.cells(of: source.line(headerLine), line: headerLine))]
            var last = number
            while last + 1 <= source.lines.count, Self.isPipeRow(source.line(last + 1)) {
                last += 1
                lines.append(DraftLine(line: last, cells: Self.cells(of: source.line(last), line: last)))
            }
            let caption = HTMLTableTokenizer.caption(above: headerLine, in: source, after: drafts.last?.span.last ?? 0)
            drafts.append(TableDraft(form: form, caption: caption, lines: lines, linesAreRows: true,
                                     span: LineSpan(caption?.lines.first ?? headerLine, last), headerLineCount: 1))
            number = last + 1
        }
        return drafts
    }

    static func isPipeRow(_ line: String) -> Bool {
        let text = Substring(line).trimmingWhitespaceSubstring()
        return text.first == "|" && text.dropFirst().containsLiteral("|")
    }

    /// `|---|:--:|`, `--- | ---`: only dashes, colons, pipes and spaces, with at least three dashes.
    static func isSeparator(_ line: String) -> Bool {
        // Asked of every line of every file: most lines hold no pipe, found on the contiguous bytes.
        guard line.containsByte(where: { $0 == UInt8(ascii: "|") }) else { return false }
        let bytes = line.utf8
        guard bytes.count(where: { $0 == UInt8(ascii: "-") }) >= 3 else { return false }
        return bytes.allSatisfy { "|-: \t".utf8.contains($0) }
    }

    /// The cells between the pipes, markup stripped; `\|` is a pipe inside a cell.
    static func cells(of line: String, line number: Int) -> [DraftCell] {
        var texts: [String] = []
        var current = ""
        var escaped = false
        for character in Substring(line).trimmingWhitespaceSubstring() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                texts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        texts.append(current)
        // The leading and trailing pipes close no cell.
        if texts.first?.allSatisfy(\.isWhitespace) == true { texts.removeFirst() }
        if texts.last?.allSatisfy(\.isWhitespace) == true { texts.removeLast() }
        return texts.enumerated().map { column, text in
            DraftCell(text: MarkupStripper.strip(text).trimmingWhitespace(), line: number, column: column)
        }
    }
}
