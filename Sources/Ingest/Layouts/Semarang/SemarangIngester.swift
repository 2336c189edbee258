/// Reads the Semarang export layout (DESIGN.md §2): Markdown `#` headings and `**bold**`, tables of
/// tab-separated rows with `<b>` markup, one row per line. The tables go through the common pipeline;
/// what is Semarang's own is where its tables and captions stand (`SemarangTableFinder`: bold captions
/// over several lines, title rows, captions referred to in the sentence above) and the programme/funding
/// table (Tabel 6.1), whose activities often span two lines with cells shifted between them
/// (`SemarangPlanTableReader`).
///
/// Plan hierarchy: programmes (8-part codes) hold their kegiatan (9 parts) by level. The salary rows
/// of the indirect-spending part (`1.2.11.1.2.11.01.5.1.1…`, deeper than a kegiatan) are budget lines,
/// level `.detail`; they form their own subtree, nested by code prefix (Belanja Pegawai > Gaji dan
/// Tunjangan > Gaji Pokok …), beside the programmes.
struct SemarangIngester: LayoutIngester {
    let layout = Layout.semarang

    func ingest(_ source: SourceText) -> RenstraDocument {
        let drafts = SemarangTableFinder(source: source).regions().map(SemarangTableDraft.init)
        var document = DocumentAssembler(source: source, layout: layout).assemble(drafts.map(\.draft)) { _ in nil }
        let byFirstLine = Dictionary(drafts.map { ($0.draft.span.first, $0) }, uniquingKeysWith: { first, _ in first })
        document.blocks = document.blocks.map { block in
            guard case .table(var table) = block, let draft = byFirstLine[table.lines.first],
                  let reader = SemarangPlanTableReader(columns: table.columns, tableName: table.displayName) else { return block }
            let plan = reader.read(draft.body)
            table.rows = plan.rows
            document.plan += nested(plan.nodes)
            document.uninterpreted += plan.uninterpreted
            return .table(table)
        }
        document.uninterpreted.sort { $0.line < $1.line }
        return document
    }

    func nested(_ flat: [PlanNode]) -> [PlanNode] {
        let budgetLines = flat.filter { $0.level == .detail }
        let programmes = PlanTreeBuilder.build(flat.filter { $0.level != .detail })
        return programmes + PlanTreeBuilder.build(budgetLines) { ancestor, node in
            guard let outer = ancestor.code, let inner = node.code else { return false }
            return inner.hasPrefix(outer + ".")
        }
    }
}
