/// Reads the PerformanceChart export layout (DESIGN.md §2). Tables are not read yet: prose, metadata and the table list only.
struct PerformanceChartIngester: LayoutIngester {
    let layout = Layout.performanceChart

    func ingest(_ source: SourceText) -> RenstraDocument {
        ProseDocumentBuilder(source: source).document(layout: layout)
    }
}
