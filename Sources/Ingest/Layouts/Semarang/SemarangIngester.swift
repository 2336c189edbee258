/// Reads the Semarang export layout (DESIGN.md §2). Tables are not read yet: prose, metadata and the table list only.
struct SemarangIngester: LayoutIngester {
    let layout = Layout.semarang

    func ingest(_ source: SourceText) -> RenstraDocument {
        ProseDocumentBuilder(source: source).document(layout: layout)
    }
}
