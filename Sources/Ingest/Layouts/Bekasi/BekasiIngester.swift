/// Reads the Bekasi export layout (DESIGN.md §2). Tables are not read yet: prose, metadata and the table list only.
struct BekasiIngester: LayoutIngester {
    let layout = Layout.bekasi

    func ingest(_ source: SourceText) -> RenstraDocument {
        ProseDocumentBuilder(source: source).document(layout: layout)
    }
}
