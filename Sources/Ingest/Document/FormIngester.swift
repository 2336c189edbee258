/// Reads a document of any layout other than the seed exports by its text forms: every tokenizer whose
/// form the text shows finds its tables, and `DocumentAssembler` builds the document around them.
struct FormIngester: LayoutIngester {
    let layout: Layout

    func ingest(_ source: SourceText) -> RenstraDocument {
        var drafts = tokenizers(for: source).flatMap { $0.drafts(in: source) }
        if layout == .delimited, let header = drafts.first?.lines.first?.cells.map(\.text), SIPDExport.matches(header) {
            // The export's one table is handed over, so that its draft goes once the table is read.
            let draft = drafts.removeFirst()
            drafts = []
            return sipd(source, draft: draft, header: header)
        }
        var warnings: [Localized] = []
        switch layout {
        case .unknown where drafts.isEmpty:
            warnings.append(Localized(id: "Tata letak berkas tidak dikenali; hanya judul dan paragraf yang dibaca.",
                                      en: "The file's layout was not recognised; only headings and paragraphs were read."))
        case .pdfReadingOrder:
            warnings.append(Localized(
                id: "Teks PDF dalam urutan baca (pdftotext tanpa -layout): kolom tabel tidak dapat dibaca; "
                    + "gunakan `pdftotext -layout` atau berkas PDF-nya.",
                en: "PDF text in reading order (pdftotext without -layout): table columns cannot be read; "
                    + "use `pdftotext -layout` or the PDF itself."))
        default:
            break
        }
        return DocumentAssembler(source: source, layout: layout).assemble(drafts, warnings: warnings)
    }

    /// A SIPD export: its field names read as headers, its plan from the codes on every row.
    func sipd(_ source: SourceText, draft: consuming TableDraft, header: [String]) -> RenstraDocument {
        let period = SIPDExport.period(of: draft)
        let table = TableInterpreter(source: source, period: period)
            .interpret(SIPDExport.renamingHeader(of: consume draft, period: period), chapter: nil).table
        return RenstraDocument(source: source, layout: layout, metadata: SIPDExport.metadata(of: table, header: header, period: period),
                               blocks: [.table(table)], plan: SIPDExport.plan(of: table, header: header))
    }

    /// The tokenizers for the forms this text can hold.
    func tokenizers(for source: SourceText) -> [any TableTokenizer] {
        switch layout {
        case .delimited: return [DelimitedTokenizer()]
        case .markdown: return [HTMLTableTokenizer(), MarkdownPipeTokenizer(), TabRowTokenizer()]
        case .pdfLayout: return [LayoutColumnTokenizer()]
        case .unknown: return [TabRowTokenizer(), HTMLTableTokenizer(), MarkdownPipeTokenizer()]
        default: return []
        }
    }
}
