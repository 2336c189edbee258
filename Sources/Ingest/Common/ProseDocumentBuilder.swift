/// Builds the parts every layout shares: metadata, the list of tables, and prose blocks for the
/// lines a layout did not claim as table lines.
public struct ProseDocumentBuilder {
    public let source: SourceText
    let regions: ProseRegions

    public init(source: SourceText) {
        self.source = source
        regions = ProseRegions(source)
    }

    /// Prose blocks for every non-blank line in `lines` (1-based line numbers). Lines of the table of
    /// contents and of the lists of tables are entries, never headings or list items; lines inside an
    /// HTML table are table cells, not prose, and give no block.
    public func proseBlocks<S: Sequence>(lines: S) -> [Block] where S.Element == Int {
        lines.compactMap { line -> Block? in
            if regions.isHTMLTable(line) { return nil }
            let block = ProseReader.block(for: source.line(line), line: line)
            guard regions.isContents(line), let block else { return block }
            let text: String
            switch block {
            case .heading(let heading):
                text = [ChapterHeadingReader.chapterValue(heading.number) != nil && heading.level == 1 ? "BAB" : "",
                        heading.number ?? "", heading.title].filter { !$0.isEmpty }.joined(separator: " ")
            case .listItem(let item): text = item.marker + " " + item.text
            case .paragraph(let paragraph): text = paragraph.text
            case .table: return block
            }
            return .paragraph(Paragraph(text: text, lines: block.lines, isContentsEntry: true))
        }
    }

    /// A document of headings, list items and paragraphs only, with metadata and the table list.
    public func document(layout: Layout, warnings: [String] = []) -> RenstraDocument {
        RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                        blocks: proseBlocks(lines: 1...max(1, source.lines.count)),
                        tableList: TableListParser.parse(source), warnings: warnings + htmlTableWarnings)
    }

    /// Says which HTML tables were left unread, so that no one takes their silence for a clean check.
    var htmlTableWarnings: [String] {
        guard let first = regions.htmlTables.first else { return [] }
        let count = regions.htmlTables.count
        return ["\(count) tabel HTML (yang pertama di baris \(first.lowerBound)) tidak dibaca sebagai tabel; isinya tidak diperiksa."]
    }
}
