/// HTML `<table>` blocks inside Markdown, as OCR tools write them: rows of `<td>` cells with `rowspan`
/// and `colspan`, laid out on a grid here. A table that a page break cut in two arrives as two `<table>`
/// blocks, the second often repeating the header: they are joined again when nothing but blank lines,
/// images or page debris stands between them and their widths agree.
public struct HTMLTableTokenizer: TableTokenizer {
    public let form = TextForm.htmlTable
    /// A `<table>` not closed within this many lines ends there: OCR output never has longer tables on
    /// so many lines, and a runaway table must not swallow the document.
    static let longestTable = 4000
    /// At most this many non-blank lines between two blocks for the second to continue the first.
    static let continuationGap = 3
    /// How far above a table its caption may stand (non-blank lines).
    static let captionReach = 3

    public init() {}

    public func drafts(in source: SourceText) -> [TableDraft] {
        var drafts: [TableDraft] = []
        var number = 1
        while number <= source.lines.count {
            guard Self.opensTable(source.line(number)) else {
                number += 1
                continue
            }
            let last = Self.closingLine(from: number, in: source)
            let block = Self.grid(of: Self.rows(from: number, to: last, in: source))
            if !block.lines.isEmpty {
                if let previous = drafts.last, let joined = Self.continuing(previous, with: block, endingAt: last, in: source) {
                    drafts[drafts.count - 1] = joined
                } else {
                    let caption = Self.caption(above: number, in: source, after: drafts.last?.span.last ?? 0)
                    let span = LineSpan(caption?.lines.first ?? number, last)
                    drafts.append(TableDraft(form: form, caption: caption, lines: block.lines, linesAreRows: true, span: span,
                                             headerLineCount: block.headerRows))
                }
            }
            number = last + 1
        }
        return drafts
    }

    static func opensTable(_ line: String) -> Bool { line.containsIgnoringCase("<table") }

    static func closingLine(from first: Int, in source: SourceText) -> Int {
        let limit = min(source.lines.count, first + longestTable)
        var number = first
        while number < limit, !source.line(number).containsIgnoringCase("</table") { number += 1 }
        return number
    }

    static func rows(from first: Int, to last: Int, in source: SourceText) -> [[HTMLTableParser.WrittenCell]] {
        var text = (first...last).map { source.line($0) }.joined(separator: "\n")
        return text.withUTF8 { bytes in
            let lowered = bytes.lazy.map(ByteText.lowercased)
            let pattern = Array("<table".utf8)
            var start = 0
            while start + pattern.count <= bytes.count, !lowered[start..<(start + pattern.count)].elementsEqual(pattern) { start += 1 }
            return HTMLTableParser.rows(bytes, from: start, to: bytes.count, firstLine: first)
        }
    }

    /// A block laid out on the grid, and how many of its first rows are the header.
    struct Block {
        var lines: [DraftLine]
        var headerRows: Int
    }

    /// Lays the written cells out on the grid: a spanning cell covers the positions to its right
    /// (`colspan`) and below it (`rowspan`), which later cells of those rows skip.
    static func grid(of rows: [[HTMLTableParser.WrittenCell]]) -> Block {
        var pending: [Int: (rows: Int, cell: DraftCell)] = [:]
        var lines: [DraftLine] = []
        for written in rows {
            var cells: [DraftCell] = []
            var column = 0
            let covered = pending
            func skipCovered() {
                while let span = covered[column] {
                    cells.append(DraftCell(text: span.cell.text, line: span.cell.line, column: column, isOrigin: false))
                    column += 1
                }
            }
            for cell in written {
                skipCovered()
                for offset in 0..<cell.columnSpan {
                    let placed = DraftCell(text: cell.text, line: cell.line, column: column + offset, isOrigin: offset == 0)
                    cells.append(placed)
                    if cell.rowSpan > 1 { pending[column + offset] = (cell.rowSpan, placed) }
                }
                column += cell.columnSpan
            }
            for (spanColumn, span) in covered where spanColumn >= column {
                cells.append(DraftCell(text: span.cell.text, line: span.cell.line, column: spanColumn, isOrigin: false))
            }
            pending = pending.compactMapValues { span in span.rows > 1 ? (span.rows - 1, span.cell) : nil }
            let line = written.first?.line ?? cells.first?.line ?? 0
            lines.append(DraftLine(line: line, cells: cells.sorted { $0.column < $1.column }))
        }
        return Block(lines: lines, headerRows: headerRows(of: rows))
    }

    /// The first row's tallest `rowspan` when the first row is a header (no figures), else none.
    static func headerRows(of rows: [[HTMLTableParser.WrittenCell]]) -> Int {
        guard let first = rows.first, !first.contains(where: { TableHeader.isFigure($0.text) }) else { return 0 }
        return min(rows.count, first.map(\.rowSpan).max() ?? 1)
    }

    /// The block joined to the table before it, when it continues that table after a page break.
    static func continuing(_ previous: TableDraft, with block: Block, endingAt last: Int, in source: SourceText) -> TableDraft? {
        let firstLine = block.lines.first?.line ?? last
        let between = (previous.span.last + 1)..<max(previous.span.last + 1, firstLine)
        let debris = between.map { source.line($0) }.filter { !$0.allSatisfy(\.isWhitespace) }
        guard debris.count <= continuationGap,
              !debris.contains(where: { CaptionParser.parse($0, line: 0) != nil || isHeading($0) }),
              abs(previous.width - blockWidth(block)) <= 1 else { return nil }
        var joined = previous
        var lines = block.lines
        if let headerCount = previous.headerLineCount, block.headerRows == headerCount, headerCount > 0,
           repeatsHeader(Array(previous.lines.prefix(headerCount)), Array(lines.prefix(headerCount))) {
            lines.removeFirst(headerCount)
        } else if block.headerRows > 0 {
            return nil
        }
        if var first = lines.first {
            first.startsPage = true
            lines[0] = first
        }
        joined.lines += lines
        joined.span = joined.span.union(LineSpan(last))
        return joined
    }

    static func blockWidth(_ block: Block) -> Int { (block.lines.flatMap { $0.cells.map(\.column) }.max() ?? -1) + 1 }

    /// Whether a block's header repeats the table's: most of its words are the table's header words, as
    /// OCR misreads a few of them anew on every page (`Indikator`/`Indicator`, `Satuan`/`Satan`).
    static func repeatsHeader(_ header: [DraftLine], _ candidate: [DraftLine]) -> Bool {
        func words(_ lines: [DraftLine]) -> Set<String> {
            Set(lines.flatMap(\.cells).filter(\.isOrigin).flatMap { NameNormalizer.normalize($0.text).pieces(separatedBy: " ").map(String.init) })
        }
        let original = words(header), repeated = words(candidate)
        guard !repeated.isEmpty else { return false }
        return original.intersection(repeated).count * 3 >= repeated.count * 2
    }

    static func isHeading(_ line: String) -> Bool {
        if case .heading = ProseReader.block(for: line, line: 0) { return true }
        return false
    }

    /// The caption standing just above the table (`Tabel II.11 Realisasi Kinerja …`), below any earlier table.
    static func caption(above first: Int, in source: SourceText, after floor: Int) -> TableCaption? {
        var seen = 0
        var number = first - 1
        while number > floor, seen < captionReach {
            let text = source.line(number)
            if !text.allSatisfy(\.isWhitespace) {
                if let caption = CaptionParser.parse(text, line: number) { return caption }
                seen += 1
            }
            number -= 1
        }
        return nil
    }
}
