/// Reads the Bekasi export layout (DESIGN.md §2): prose, and tables written one row per line with
/// tab-separated cells, whose headers repeat at page breaks and whose long cells and numbers wrap
/// onto the following lines. Nothing here is specific to the export any more: it is the tab-row form
/// read by the common pipeline.
struct BekasiIngester: LayoutIngester {
    let layout = Layout.bekasi

    func ingest(_ source: SourceText) -> RenstraDocument {
        DocumentAssembler(source: source, layout: layout).assemble(TabRowTokenizer().drafts(in: source))
    }
}
