/// Reads the Semarang export layout (DESIGN.md §2): markdown `#` headings and `**bold**`, tables of
/// tab-separated rows with `<b>` markup, captions spread over several bold lines, and the
/// programme/funding table (Tabel 6.1) whose activities often span two lines.
///
/// Plan hierarchy: programmes (8-part codes) hold their kegiatan (9 parts) by level. The salary rows
/// of the indirect-spending part (`1.2.11.1.2.11.01.5.1.1…`, deeper than a kegiatan) are budget lines,
/// level `.detail`; they form their own subtree, nested by code prefix (Belanja Pegawai > Gaji dan
/// Tunjangan > Gaji Pokok …), beside the programmes.
struct SemarangIngester: LayoutIngester {
    let layout = Layout.semarang

    func ingest(_ source: SourceText) -> RenstraDocument {
        var claimed = Set<Int>()
        var tables: [Table] = []
        var plan: [PlanNode] = []
        var uninterpreted: [UninterpretedLine] = []
        let builder = SemarangTableBuilder()
        for region in SemarangTableFinder(source: source).regions() {
            claimed.formUnion(region.claimedLines)
            let output = builder.build(region)
            tables.append(output.table)
            plan += nested(output.planNodes)
            uninterpreted += output.uninterpreted
        }
        let proseLines = source.lines.indices.map { $0 + 1 }.filter { !claimed.contains($0) }
        let prose = ProseDocumentBuilder(source: source).proseBlocks(lines: proseLines)
        return RenstraDocument(source: source, layout: layout, metadata: MetadataExtractor.extract(from: source),
                               blocks: inReadingOrder(prose: prose, tables: tables),
                               tableList: TableListParser.parse(source), plan: plan,
                               uninterpreted: uninterpreted.sorted { $0.line < $1.line })
    }

    /// Prose and tables by first line, each table told the chapter (`BAB VI`) it stands under.
    func inReadingOrder(prose: [Block], tables: [Table]) -> [Block] {
        let merged = (prose + tables.map(Block.table)).sorted { $0.lines.first < $1.lines.first }
        var chapter: String?
        return merged.map { block in
            switch block {
            case .heading(let heading) where heading.level == 1 && heading.number != nil:
                chapter = "BAB " + heading.number!
                return block
            case .table(var table):
                table.chapter = chapter
                return .table(table)
            default:
                return block
            }
        }
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
