import Ingest

/// Two documents of one cascade, compared: the one that cascades from the other (a performance tree;
/// later a Renja, or a Renstra against its RPJMD) and the one it cascades from (its Renstra).
public struct DocumentPair: Sendable {
    public var dependent: CascadeProfile
    public var reference: CascadeProfile

    public init(dependent: CascadeProfile, reference: CascadeProfile) {
        self.dependent = dependent
        self.reference = reference
    }
}

/// A check that compares the two documents of a `DocumentPair`. Alone, a document gives it nothing to
/// compare, so its single-document `check` finds nothing; it is listed, configured and reported like
/// every other rule.
public protocol CrossDocumentRule: Rule {
    func check(_ pair: DocumentPair, _ context: RuleContext) -> [Finding]
}

extension CrossDocumentRule {
    public func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] { [] }

    public var crossDocument: (any CrossDocumentRule)? { self }

    /// A finding in one document of the pair that names its place in the other.
    func finding(in profile: CascadeProfile, line: Int, endLine: Int? = nil, other: CascadeProfile, otherLine: Int,
                 message: Localized, expected: String? = nil, found: String? = nil, subject: String) -> Finding {
        var finding = Finding(ruleID: Self.description.id, family: Self.description.family, severity: Self.description.severity,
                              file: profile.path, line: line, endLine: endLine, message: message, expected: expected,
                              found: found, subject: subject)
        finding.placeInOtherDocument = DocumentPlace(file: other.path, line: otherLine)
        return finding
    }
}
