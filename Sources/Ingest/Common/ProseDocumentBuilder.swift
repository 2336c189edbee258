/// Builds the parts every layout shares: metadata, the list of tables, and prose blocks for the
/// lines a layout did not claim as table lines.
public struct ProseDocumentBuilder {
    public let source: SourceText

    public init(source: SourceText) { self.source = source }

    /// Prose blocks for every non-blank line in `lines` (1-based line numbers).
    public func proseBlocks<S: Sequence>(lines: S) -> [Block] where S.Element == Int {
        lines.compactMap { ProseReader.block(for: source.line($0), line: $0) }
    }

    /// A document of headings, list items and paragraphs only, with metadata and the table list.
    public func document(layout: Layout, warnings: [Localized] = []) -> RenstraDocument {
        RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                        blocks: proseBlocks(lines: 1...max(1, source.lines.count)),
                        tableList: TableListParser.parse(source), warnings: warnings)
    }
}
