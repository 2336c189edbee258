/// Builds the document from the table drafts its text forms hold and the prose around them, the same
/// way for every form: prose blocks for the lines no table claims, tables interpreted under the chapter
/// they stand in, the plan hierarchy from the programme tables, metadata and the list of tables.
struct DocumentAssembler {
    let source: SourceText
    let layout: Layout

    func assemble(_ drafts: [TableDraft], warnings: [Localized] = []) -> RenstraDocument {
        let prose = ProseDocumentBuilder(source: source)
        var document = RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                                       tableList: TableListParser.parse(source), warnings: warnings)
        let interpreter = TableInterpreter(source: source, period: document.metadata.period)
        var chapter: String?
        var next = 1
        func addProse<S: Sequence>(_ lines: S) where S.Element == Int {
            for block in prose.proseBlocks(lines: lines) {
                if case .heading(let heading) = block, heading.level == 1, let number = heading.number {
                    chapter = "BAB " + number
                }
                document.blocks.append(block)
            }
        }

        for draft in Self.nonOverlapping(drafts) {
            if next < draft.span.first { addProse(next..<draft.span.first) }
            let result = interpreter.interpret(draft, chapter: chapter)
            document.blocks.append(.table(result.table))
            document.uninterpreted += result.uninterpreted
            next = draft.span.last + 1
        }
        if next <= source.lines.count { addProse(next...source.lines.count) }

        for table in document.tables where PlanBuilder.isProgrammeTable(table) {
            let plan = PlanBuilder(table: table).build(source: source)
            document.plan += PlanTreeBuilder.build(plan.nodes)
            document.warnings += plan.warnings
            document.uninterpreted += plan.uninterpreted
        }
        document.uninterpreted.sort { $0.line < $1.line }
        return document
    }

    /// The drafts in line order; a draft overlapping one before it (two forms claiming the same lines) is
    /// left out, the earlier one being the table that starts first.
    static func nonOverlapping(_ drafts: [TableDraft]) -> [TableDraft] {
        var kept: [TableDraft] = []
        for draft in drafts.sorted(by: { $0.span.first < $1.span.first }) {
            if let last = kept.last, draft.span.first <= last.span.last { continue }
            kept.append(draft)
        }
        return kept
    }
}
