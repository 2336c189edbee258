import Ingest

/// Runs the cross-document rules over the pairs of a run, once every file has been read: pairs each
/// dependent document (a performance tree) with its reference (its Renstra), checks each pair, and says
/// per file what was compared and what could not be.
public struct CrossDocumentRunner: Sendable {
    public var rules: [any CrossDocumentRule]
    public var context: RuleContext
    public var severityOverrides: [String: Severity]

    /// The cross-document rules among `runner`'s, with its context and severities.
    public init(_ runner: RuleRunner) {
        rules = runner.rules.compactMap(\.crossDocument)
        context = runner.context
        severityOverrides = runner.severityOverrides
    }

    public struct Outcome: Sendable {
        /// In file order, then line order, as `RuleRunner` sorts them.
        public var findings: [Finding] = []
        /// What each file (by path) was compared with, or why it was not.
        public var notes: [String: [Localized]] = [:]
    }

    /// `keys` are every file of the run; `load` gives the profile of a document to compare (a run keeps
    /// little of its files, so a document may be read again here, and only when it is paired).
    public func run(keys: [CascadePairing.Key], explicit: [String: String], load: (String) -> CascadeProfile?) -> Outcome {
        var outcome = Outcome()
        guard !rules.isEmpty else { return outcome }
        var loaded: [String: CascadeProfile] = [:]
        for (dependent, pairing) in CascadePairing.pair(keys, explicit: explicit) {
            let kind = Self.kindName(dependent.kind)
            switch pairing {
            case .noReference:
                outcome.notes[dependent.path, default: []].append(Localized(
                    id: "Renstra-nya tidak diberikan: \(kind.id) ini tidak dibandingkan dengan Renstra (periode, tujuan, sasaran, indikator, penandatangan). Periksa bersama Renstra-nya, atau pakai --with BERKAS.",
                    en: "Its Renstra was not given: this \(kind.en) was not compared with a Renstra (period, tujuan, sasaran, indicators, signatory). Lint it together with its Renstra, or use --with FILE."))
            case .ambiguous(let candidates):
                outcome.notes[dependent.path, default: []].append(Localized(
                    id: "Beberapa Renstra cocok (\(candidates.joined(separator: ", "))): \(kind.id) ini tidak dibandingkan; pilih satu dengan --with atau `pairs` di konfigurasi.",
                    en: "Several Renstra match (\(candidates.joined(separator: ", "))): this \(kind.en) was not compared; choose one with --with or `pairs` in the configuration."))
            case .paired(let referencePath):
                if loaded[referencePath] == nil { loaded[referencePath] = load(referencePath) }
                guard let reference = loaded[referencePath], let profile = load(dependent.path) else {
                    outcome.notes[dependent.path, default: []].append(Localized(
                        id: "Renstra \(referencePath) tidak dapat dibaca: \(kind.id) ini tidak dibandingkan.",
                        en: "The Renstra \(referencePath) cannot be read: this \(kind.en) was not compared."))
                    continue
                }
                let read = Self.coverage(of: reference, at: profile.levels)
                outcome.notes[dependent.path, default: []].append(Localized(
                    id: "Dibandingkan dengan Renstra \(referencePath) (terbaca di sana: \(read.id)).",
                    en: "Compared with the Renstra \(referencePath) (read there: \(read.en))."))
                outcome.notes[referencePath, default: []].append(Localized(
                    id: "Dibandingkan dengan \(kind.id) \(dependent.path).", en: "Compared with the \(kind.en) \(dependent.path)."))
                outcome.findings += check(DocumentPair(dependent: profile, reference: reference))
            }
        }
        outcome.findings.sort { ($0.file, $0.line, $0.ruleID, $0.subject) < ($1.file, $1.line, $1.ruleID, $1.subject) }
        return outcome
    }

    /// Every rule's findings on one pair, with configured severities and pages.
    public func check(_ pair: DocumentPair) -> [Finding] {
        rules.flatMap { rule -> [Finding] in
            let override = severityOverrides[type(of: rule).description.id]
            return rule.check(pair, context).map { found in
                var finding = found
                if let override { finding.severity = override }
                let (own, other) = finding.file == pair.dependent.path ? (pair.dependent, pair.reference) : (pair.reference, pair.dependent)
                finding.page = own.page(ofLine: finding.line)
                if let place = finding.placeInOtherDocument { finding.placeInOtherDocument?.page = other.page(ofLine: place.line) }
                return finding
            }
        }
    }

    /// What was read of the reference at the levels compared (`1 tujuan, 2 indikator tujuan, …`), so that a
    /// reviewer sees what the comparison rests on; levels with nothing read say so.
    static func coverage(of profile: CascadeProfile, at levels: Set<CascadeLevel>) -> Localized {
        var id: [String] = [], en: [String] = []
        for level in CascadeLevel.allCases where levels.contains(level) {
            let statements = profile.statements.filter { $0.level == level }
            let objectives = statements.filter { !$0.isIndicator }.count, indicators = statements.count - objectives
            let name = level == .subKegiatan ? "sub kegiatan" : level.rawValue
            id.append("\(objectives) \(name), \(indicators) indikator \(name)")
            en.append("\(objectives) \(name), \(indicators) \(name) indicators")
        }
        return Localized(id: id.joined(separator: "; "), en: en.joined(separator: "; "))
    }

    private static func kindName(_ kind: DocumentKind) -> Localized {
        switch kind {
        case .performanceChart: return Localized(id: "pohon kinerja", en: "performance tree")
        default: return Localized(id: "dokumen", en: "document")
        }
    }
}
