/// Reads the Depok export layout (DESIGN.md §2). Tables are not read yet: prose, metadata and the table list only.
struct DepokIngester: LayoutIngester {
    let layout = Layout.depok

    func ingest(_ source: SourceText) -> RenstraDocument {
        ProseDocumentBuilder(source: source).document(layout: layout)
    }
}
