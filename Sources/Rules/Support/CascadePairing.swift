import Ingest

/// Which documents of a run are compared: each document of a kind that cascades from another (a
/// performance tree from its Renstra) with the one document of that other kind for the same city and
/// agency, or with the document named for it (`--with`, or the configuration's `pairs`). The kinds are
/// a table, so the next pairs (a Renja and its Renstra, a Renstra and its RPJMD) need only a line here.
public enum CascadePairing {
    /// The kinds a document of `kind` cascades from, most specific first.
    public static func referenceKinds(for kind: DocumentKind) -> [DocumentKind] {
        switch kind {
        case .performanceChart: return [.perubahanRenstra, .renstra]
        default: return []
        }
    }

    /// What pairing needs to know of a document: small enough to keep for every file of a large run.
    public struct Key: Sendable, Hashable {
        public var path: String
        public var kind: DocumentKind
        public var city: String?
        public var agency: String?
        public var period: PlanPeriod?

        public init(path: String, kind: DocumentKind, city: String?, agency: String?, period: PlanPeriod?) {
            self.path = path
            self.kind = kind
            self.city = city
            self.agency = agency
            self.period = period
        }

        public init(_ document: RenstraDocument) {
            self.init(path: document.path, kind: document.metadata.kind, city: document.metadata.city,
                      agency: document.metadata.agency, period: document.metadata.period)
        }

        /// Whether documents of this kind are compared with another document.
        public var isDependent: Bool { !CascadePairing.referenceKinds(for: kind).isEmpty }

        /// City and agency in comparable form (case, punctuation and spacing aside).
        var owner: String? {
            guard let city, let agency else { return nil }
            return NameNormalizer.normalize(city) + "|" + NameNormalizer.normalize(agency)
        }
    }

    /// How a dependent document was paired, or why it was not.
    public enum Outcome: Sendable, Equatable {
        case paired(reference: String)
        /// No document of a reference kind for the same city and agency was given.
        case noReference
        /// Several were, and none was named for it: the candidates.
        case ambiguous([String])
    }

    /// The pairing of every dependent document among `keys`. `explicit` maps a dependent's path to its
    /// reference's path and wins over the automatic pairing.
    public static func pair(_ keys: [Key], explicit: [String: String]) -> [(dependent: Key, outcome: Outcome)] {
        var byOwner: [String: [Key]] = [:]
        for key in keys where !key.isDependent {
            if let owner = key.owner { byOwner[owner, default: []].append(key) }
        }
        return keys.filter(\.isDependent).map { dependent in
            if let reference = explicit[dependent.path] { return (dependent, .paired(reference: reference)) }
            let kinds = referenceKinds(for: dependent.kind)
            let candidates = (dependent.owner.flatMap { byOwner[$0] } ?? []).filter { kinds.contains($0.kind) && $0.path != dependent.path }
            var fitting = candidates
            if let period = dependent.period {
                let covering = candidates.filter { $0.period.map { $0.years.contains(period.start) && $0.years.contains(period.end) } ?? false }
                if !covering.isEmpty { fitting = covering }
            }
            // A Perubahan Renstra replaces the Renstra it amends.
            if let kind = kinds.first(where: { kind in fitting.contains { $0.kind == kind } }) { fitting = fitting.filter { $0.kind == kind } }
            switch fitting.count {
            case 0: return (dependent, .noReference)
            case 1: return (dependent, .paired(reference: fitting[0].path))
            default: return (dependent, .ambiguous(fitting.map(\.path)))
            }
        }
    }
}
