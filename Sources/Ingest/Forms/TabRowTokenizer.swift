/// Tables written one row per line with tab-separated cells (PDF and word-processor exports): a caption
/// (whose title may run on over the next lines) followed by tab-separated lines, or, without a caption, a
/// run of tab lines under a header line such as `No\tIndikator Kinerja\tRumus\tKETERANGAN`. Blank lines
/// inside a run are page breaks: the row above may continue below them.
public struct TabRowTokenizer: TableTokenizer {
    public let form = TextForm.tabRows

    public init() {}

    public func drafts(in source: SourceText) -> [TableDraft] {
        Self.regions(in: source).map { region in
            // Each line's cells are read on their own (on every core for a long table); a blank line is nil.
            let cellsOfLines = Array(region.body).mapOnCoresWhenLarge { number -> [DraftCell]? in
                let text = source.line(number)
                guard !Self.isBlank(text) else { return nil }
                return MarkupStripper.tabSeparatedCells(text).enumerated().map { column, cell in
                    DraftCell(text: cell, line: number, column: column)
                }
            }
            var lines: [DraftLine] = []
            var afterBlank = false
            for (number, cells) in zip(region.body, cellsOfLines) {
                guard let cells else {
                    afterBlank = true
                    continue
                }
                lines.append(DraftLine(line: number, cells: cells, startsPage: afterBlank))
                afterBlank = false
            }
            return TableDraft(form: form, caption: region.caption, lines: lines, linesAreRows: false,
                              span: LineSpan(region.lines.lowerBound, region.lines.upperBound))
        }
    }
}

/// Where a tab-row table stands: its caption and the first and last tab-separated line of its body
/// (blank lines inside it included).
struct TabRowRegion: Equatable {
    var caption: TableCaption?
    var body: ClosedRange<Int>

    var lines: ClosedRange<Int> { (caption?.lines.first ?? body.lowerBound)...body.upperBound }
}

extension TabRowTokenizer {
    /// At most this many title lines may follow a caption line before the table starts.
    static let maximumTitleContinuations = 2
    /// How far below a caption the table must start.
    static let captionReach = 8

    static func regions(in source: SourceText) -> [TabRowRegion] {
        var regions: [TabRowRegion] = []
        var number = 1
        while number <= source.lines.count {
            let region = captionedRegion(at: number, in: source) ?? uncaptionedRegion(at: number, in: source)
            if let region {
                regions.append(region)
                number = region.body.upperBound + 1
            } else {
                number += 1
            }
        }
        return regions
    }

    static func isTabLine(_ text: String) -> Bool { text.containsLiteral("\t") }

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// `Tabel 3.1` / `Tujuan dan Sasaran Renstra` / `Dinas … Tahun 2025-2029`, then the table.
    static func captionedRegion(at number: Int, in source: SourceText) -> TabRowRegion? {
        let text = source.line(number)
        guard !isTabLine(text), var caption = CaptionParser.parse(text, line: number),
              !ProseReader.isContentsEntry(text) else { return nil }
        var titleLines: [String] = []
        var cursor = number + 1
        while cursor <= min(source.lines.count, number + captionReach) {
            let next = source.line(cursor)
            if isTabLine(next) {
                guard !ProseReader.isContentsEntry(next) else { return nil }
                caption.title = ([caption.title] + titleLines).filter { !$0.isEmpty }.joined(separator: " ")
                return TabRowRegion(caption: caption, body: cursor...bodyEnd(from: cursor, in: source))
            }
            if !isBlank(next) {
                let title = MarkupStripper.strip(next).trimmingWhitespace()
                guard titleLines.count < maximumTitleContinuations, isTitleContinuation(title) else { return nil }
                titleLines.append(title)
                caption.lines = LineSpan(number, cursor)
            }
            cursor += 1
        }
        return nil
    }

    /// A wrapped caption title is short and does not read as a sentence.
    static func isTitleContinuation(_ text: String) -> Bool {
        text.count <= 160 && CaptionParser.parse(text, line: 0) == nil && !text.hasSuffix(".") && !text.hasSuffix(":")
    }

    /// A header line with at least three short word cells and no figures, followed by more tab lines.
    static func uncaptionedRegion(at number: Int, in source: SourceText) -> TabRowRegion? {
        let text = source.line(number)
        guard isTabLine(text), isStandaloneHeader(text), isTabLine(source.line(number + 1)),
              !ProseReader.isContentsEntry(text) else { return nil }
        return TabRowRegion(caption: nil, body: number...bodyEnd(from: number, in: source))
    }

    static func isStandaloneHeader(_ text: String) -> Bool {
        let cells = text.pieces(separatedBy: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespaceSubstring() }
        return cells.count >= 3 && cells.allSatisfy { cell in
            !cell.isEmpty && cell.count <= 60 && cell.contains(where: \.isLetter) && !cell.contains(where: \.isNumber)
        }
    }

    /// The last tab line of the run that starts at `first`; blank lines may separate its pages.
    static func bodyEnd(from first: Int, in source: SourceText) -> Int {
        var last = first
        var cursor = first + 1
        while cursor <= source.lines.count {
            let text = source.line(cursor)
            if isTabLine(text) {
                last = cursor
            } else if !isBlank(text) {
                break
            }
            cursor += 1
        }
        return last
    }
}
