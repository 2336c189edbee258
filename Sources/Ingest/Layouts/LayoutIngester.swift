/// One export layout's reader: turns decoded lines into the common model.
public protocol LayoutIngester: Sendable {
    var layout: Layout { get }
    func ingest(_ source: SourceText) -> RenstraDocument
}
