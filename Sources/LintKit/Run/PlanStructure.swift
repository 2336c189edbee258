import Ingest

/// Whether a document has anything of a plan at all: chapters (`BAB IV`), a list of tables, a table with
/// a caption label or year columns, a programme hierarchy, or a performance chart. A README or a note
/// kept beside the plans has none of these; found in a directory, it is passed over, not linted.
enum PlanStructure {
    static func isPresent(in document: RenstraDocument) -> Bool {
        !document.plan.isEmpty || document.chart != nil || !document.tableList.isEmpty
            || document.tables.contains { $0.caption?.label != nil || !$0.years.isEmpty }
            || document.headings.contains(where: \.isChapter)
    }
}

extension Heading {
    /// `BAB IV` headings: level 1 with a Roman numeral (a markdown `# Title` is level 1 too, but no chapter).
    var isChapter: Bool {
        guard level == 1, let number, !number.isEmpty else { return false }
        return number.allSatisfy { "IVXL".contains($0) }
    }
}
