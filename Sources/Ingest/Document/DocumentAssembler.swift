/// Builds the document from the table drafts its text forms hold and the prose around them, the same
/// way for every form: prose blocks for the lines no table claims, tables interpreted under the chapter
/// they stand in, the plan hierarchy from the programme tables, metadata and the list of tables.
struct DocumentAssembler {
    let source: SourceText
    let layout: Layout

    /// What a layout reads on its own besides the drafts: tables of a form only it has, with the lines
    /// they claim, and lines set aside as not placeable (with their reasons).
    struct Extras {
        var tables: [(table: Table, claimed: ClosedRange<Int>)] = []
        var setAside: [UninterpretedLine] = []
        var warnings: [Localized] = []
    }

    /// A programme table's plan, as a layout reads it where the generic reading does not serve.
    typealias PlanReading = (Table) -> PlanBuilder.Result?

    /// Takes the drafts over and lets each go once its table is read: a draft holds every cell of its
    /// lines as the tokenizer cut them, and a large table's draft weighs as much as the table.
    func assemble(_ drafts: consuming [TableDraft], extras: Extras = Extras(), warnings: [Localized] = [],
                  planReading: PlanReading? = nil) -> RenstraDocument {
        let prose = ProseDocumentBuilder(source: source)
        var document = RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                                       tableList: TableListParser.parse(source), uninterpreted: extras.setAside,
                                       warnings: warnings + extras.warnings)
        let interpreter = TableInterpreter(source: source, period: document.metadata.period)
        let setAside = Set(extras.setAside.map(\.line))
        var chapter: String?
        var next = 1
        func addProse(upTo last: Int) {
            guard next <= last else { return }
            for block in prose.proseBlocks(lines: (next...last).filter { !setAside.contains($0) }) {
                if case .heading(let heading) = block, heading.level == 1, let number = heading.number {
                    chapter = "BAB " + number
                }
                document.blocks.append(block)
            }
        }

        enum Piece {
            case draft(TableDraft)
            case read(Table, ClosedRange<Int>)
            /// A draft whose table has been read: its lines were asked for before it was let go.
            case done

            var lines: ClosedRange<Int> {
                switch self {
                case .draft(let draft): return draft.span.first...draft.span.last
                case .read(_, let claimed): return claimed
                case .done: preconditionFailure("a piece's lines are read before its draft is let go")
                }
            }
        }
        var pieces = (Self.nonOverlapping(consume drafts).map(Piece.draft) + extras.tables.map { Piece.read($0.table, $0.claimed) })
            .sorted { $0.lines.lowerBound < $1.lines.lowerBound }
        for index in pieces.indices {
            let lines = pieces[index].lines
            addProse(upTo: lines.lowerBound - 1)
            switch pieces[index] {
            case .draft(let draft):
                pieces[index] = .done
                let result = interpreter.interpret(consume draft, chapter: chapter)
                document.blocks.append(.table(result.table))
                document.uninterpreted += result.uninterpreted
            case .read(let table, _):
                document.blocks.append(.table(table))
            case .done:
                break
            }
            next = max(next, lines.upperBound + 1)
        }
        addProse(upTo: source.lines.count)

        for table in document.tables {
            guard let plan = planReading.map({ $0(table) }) ?? Self.genericPlan(of: table, source: source) else { continue }
            document.plan += PlanTreeBuilder.build(plan.nodes)
            document.warnings += plan.warnings
            document.uninterpreted += plan.uninterpreted
        }
        document.uninterpreted.sort { $0.line < $1.line }
        return document
    }

    static func genericPlan(of table: Table, source: SourceText) -> PlanBuilder.Result? {
        PlanBuilder.isProgrammeTable(table) ? PlanBuilder(table: table).build(source: source) : nil
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
