/// Fallback for exports of no known layout: headings, list items and paragraphs, plus a warning.
struct UnknownLayoutIngester: LayoutIngester {
    let layout = Layout.unknown

    func ingest(_ source: SourceText) -> RenstraDocument {
        ProseDocumentBuilder(source: source).document(
            layout: .unknown,
            warnings: [Localized(id: "Tata letak berkas tidak dikenali; hanya judul dan paragraf yang dibaca.",
                                en: "The file's layout was not recognised; only headings and paragraphs were read.")])
    }
}
