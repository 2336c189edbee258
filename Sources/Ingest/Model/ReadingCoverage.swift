/// What the reader understood of a document, for reports to say what was checked and what could not
/// be: a file where no table was read must never look like a file that was checked and found clean.
public struct ReadingCoverage: Sendable, Hashable, Codable {
    public var layout: Layout
    /// The text forms its tables were read from.
    public var forms: [TextForm]
    public var kind: DocumentKind
    public var period: PlanPeriod?
    public var tables: Int
    /// Tables with two year columns or more: the target and budget tables most checks need.
    public var tablesWithYears: Int
    /// Tables whose columns were reconstructed from the text's spacing.
    public var reconstructedTables: Int
    public var planNodes: Int
    /// Plan rows with at least one yearly budget.
    public var planNodesWithBudgets: Int
    /// Lines seen but not placed in the model.
    public var unplacedLines: Int

    public init(_ document: RenstraDocument) {
        layout = document.layout
        let tables = document.tables
        var forms: [TextForm] = []
        for form in tables.compactMap(\.form) where !forms.contains(form) { forms.append(form) }
        self.forms = forms
        kind = document.metadata.kind
        period = document.metadata.period
        self.tables = tables.count
        tablesWithYears = tables.count { $0.years.count >= 2 }
        reconstructedTables = tables.count(where: \.readingIsReconstructed)
        let nodes = document.allPlanNodes
        planNodes = nodes.count
        planNodesWithBudgets = nodes.count { $0.budgets.contains { $0.budget != nil } }
        unplacedLines = document.uninterpreted.count
    }

    /// Whether any table carrying figures by year was read.
    public var hasYearTables: Bool { tablesWithYears > 0 }
}

extension RenstraDocument {
    public var coverage: ReadingCoverage { ReadingCoverage(self) }
}
