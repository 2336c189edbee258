import Ingest

/// A document snippet that a rule must (triggering) or must not (non-triggering) flag.
/// In triggering examples `↓` marks the start of each line where a finding is expected.
public struct RuleExample: Sendable {
    public var layout: Layout
    public var text: String
    /// For a cross-document rule: the other document the example is checked against (its `↓` marks the
    /// findings expected in it). Kept as a list so that an example can hold another.
    public var companions: [RuleExample]

    public init(_ layout: Layout, _ text: String, with companion: RuleExample? = nil) {
        self.layout = layout
        self.text = text
        companions = companion.map { [$0] } ?? []
    }

    public var companion: RuleExample? { companions.first }

    /// The text with markers removed, and the 1-based lines that carried a marker.
    public var markedText: (text: String, lines: [Int]) {
        var lines: [Int] = []
        let clean = text.pieces(separatedBy: "\n", omittingEmptySubsequences: false).enumerated().map { index, line -> String in
            if line.containsLiteral("↓") { lines.append(index + 1) }
            return line.replacingOccurrencesOfMarker()
        }
        return (clean.joined(separator: "\n"), lines)
    }
}

private extension Substring {
    func replacingOccurrencesOfMarker() -> String { String(filter { $0 != "↓" }) }
}

/// Everything a person or a tool needs to know about a rule, as data: shown by `rules`/`explain`,
/// rendered into docs/rules.md, and its examples run as tests.
public struct RuleDescription: Sendable {
    public var id: String
    public var family: RuleFamily
    public var severity: Severity
    public var title: Localized
    public var rationale: Localized
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]

    public init(id: String, family: RuleFamily, severity: Severity, title: Localized, rationale: Localized,
                triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.id = id
        self.family = family
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// Settings that change how rules judge (set by configuration).
public struct RuleContext: Sendable {
    /// Extra tolerance added to the rounding tolerance of sums, as a fraction of the stated value (0 = exact).
    public var relativeTolerance: Double
    /// Accept one year after the declared period as a transition year (Inmendagri 2/2025).
    public var acceptTransitionYear: Bool
    /// What the rules of one run share about the document being checked; set by `RuleRunner.run`.
    var sharedFacts: DocumentFacts?

    public init(relativeTolerance: Double = 0, acceptTransitionYear: Bool = false) {
        self.relativeTolerance = relativeTolerance
        self.acceptTransitionYear = acceptTransitionYear
    }
}

/// A consistency check over the common document model. One rule per file, grouped by family.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding]
    /// The rule as a cross-document rule, if it is one (without a dynamic cast, which costs a conformance search).
    var crossDocument: (any CrossDocumentRule)? { get }
}

extension Rule {
    public var description: RuleDescription { Self.description }

    public var crossDocument: (any CrossDocumentRule)? { nil }

    /// A finding of this rule with the rule's identity filled in.
    public func finding(in document: RenstraDocument, line: Int, endLine: Int? = nil, table: String? = nil,
                        message: Localized, expected: String? = nil, found: String? = nil, subject: String,
                        severity: Severity? = nil) -> Finding {
        Finding(ruleID: Self.description.id, family: Self.description.family,
                severity: severity ?? Self.description.severity, file: document.path, line: line, endLine: endLine,
                table: table, message: message, expected: expected, found: found, subject: subject)
    }
}
