/// Reads the Bekasi export layout (DESIGN.md §2): prose, and tables written one row per line with
/// tab-separated cells, whose headers repeat at page breaks and whose long cells and numbers wrap
/// onto the following lines. The programme/funding table also yields the plan hierarchy.
struct BekasiIngester: LayoutIngester {
    let layout = Layout.bekasi

    func ingest(_ source: SourceText) -> RenstraDocument {
        let prose = ProseDocumentBuilder(source: source)
        var document = RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                                       tableList: TableListParser.parse(source))
        let reader = BekasiTableReader(source: source)
        var chapter: String?
        var next = 1
        func addProse(upTo last: Int) {
            guard next <= last else { return }
            for block in prose.proseBlocks(lines: next...last) {
                if case .heading(let heading) = block, heading.level == 1, let number = heading.number { chapter = number }
                document.blocks.append(block)
            }
        }

        for region in BekasiTableLocator.regions(in: source) {
            addProse(upTo: region.lines.lowerBound - 1)
            let result = reader.read(region, chapter: chapter)
            document.blocks.append(.table(result.table))
            document.uninterpreted += result.uninterpreted
            next = region.lines.upperBound + 1
        }
        addProse(upTo: source.lines.count)

        for table in document.tables where BekasiPlanBuilder.isProgrammeTable(table) {
            let plan = BekasiPlanBuilder(table: table).build(source: source)
            document.plan += PlanTreeBuilder.build(plan.nodes)
            document.warnings += plan.warnings
            document.uninterpreted += plan.uninterpreted
        }
        document.uninterpreted.sort { $0.line < $1.line }
        return document
    }
}
