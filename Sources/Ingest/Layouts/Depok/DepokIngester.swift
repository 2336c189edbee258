/// Reads the Depok export layout (DESIGN.md §2): a word-processor export with one table cell per line,
/// read by the cell-per-line form of the common pipeline. What is Depok's own: the appendix of review
/// tables (T-C.23, T-C.24) printed after the last chapter as long space-separated lines in US number
/// format (`DepokAppendixReader`), and the funding table's plan, whose levels show only in how the
/// names are indented (`DepokPlanBuilder`).
struct DepokIngester: LayoutIngester {
    let layout = Layout.depok

    func ingest(_ source: SourceText) -> RenstraDocument {
        var extras = DocumentAssembler.Extras()
        var index = 0
        while index < source.lines.count {
            let raw = source.lines[index]
            if DepokAppendixReader.startsTable(source.lines, at: index) {
                let output = DepokAppendixReader(source: source).read(from: index)
                extras.tables += output.tables.map { ($0, (index + 1)...max(index + 1, output.next)) }
                extras.setAside += output.uninterpreted
                extras.warnings += output.warnings
                index = max(index + 1, output.next)
                continue
            }
            if CellLine.isEmbeddedImage(raw) {
                extras.setAside.append(UninterpretedLine(line: index + 1, text: raw.trimmingWhitespace(), reason: CellLine.embeddedImageReason))
            }
            index += 1
        }
        let claimed = Set(extras.tables.flatMap { Array($0.claimed) } + extras.setAside.map(\.line))
        let drafts = CellPerLineTokenizer(setAside: claimed).drafts(in: source)
        return DocumentAssembler(source: source, layout: layout).assemble(drafts, extras: extras) { table in
            DepokPlanBuilder(source: source, table: table)?.build()
        }
    }
}
