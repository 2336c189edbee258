import Ingest

extension DocumentKind {
    /// The plan whose period a document's tables and text are held to, as a reviewer names it: the
    /// document itself, or for a one-year document the plan it cites (a Renja its Renstra, an RKPD its
    /// RPJMD). A text of no known kind is taken for a Renstra.
    func planName(english: Bool) -> String {
        switch self {
        case .rpjmd, .rpjpd, .perubahanRenstra: return name(english: english)
        case .rkpd: return DocumentKind.rpjmd.name(english: english)
        default: return DocumentKind.renstra.name(english: english)
        }
    }

    /// Whether the document's plan tables give a target for every year of the period: not a twenty-year
    /// plan (targets by five-year stage) nor a one-year document (its own year beside the cited plan's).
    var hasYearlyPlanTables: Bool { !isLongTerm && !coversOneYear }
}

extension DocumentMetadata {
    /// The transition year accepted after the plan period: the configuration's or the document's own.
    func acceptedTransitionYear(_ context: RuleContext) -> Int? {
        guard let period = planPeriod else { return nil }
        return context.acceptTransitionYear ? period.end + 1 : transitionYear
    }
}
