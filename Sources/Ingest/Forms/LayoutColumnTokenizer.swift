/// Columns aligned with spaces, as `pdftotext -layout` writes them.
public struct LayoutColumnTokenizer: TableTokenizer {
    public let form = TextForm.layoutColumns

    public init() {}

    public func drafts(in source: SourceText) -> [TableDraft] { [] }
}
