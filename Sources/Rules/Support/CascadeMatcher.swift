import Ingest

/// Finds, for a statement of one document, the statements of another that mean the same, or the closest
/// one when none does. Candidates come through an exact-name lookup and through the content words they
/// share; a word shared by very many candidates (`jumlah`, `koperasi`) is not followed, so the work per
/// statement is bounded however long both documents are, and a statement made only of such words is
/// matched by its exact name only.
struct CascadeMatcher {
    let candidates: [CascadeStatement]
    private let keys: [CascadeName.Key]
    private let activityKeys: [CascadeName.Key]
    private let byName: [String: [Int]]
    private let byWord: [String: [Int]]

    /// Words in more candidates than this are too common to look candidates up by.
    static let commonWordLimit = 200
    /// How many printings of one exact name are kept for lookup.
    static let samePrintingsKept = 16

    init(_ candidates: [CascadeStatement]) {
        self.candidates = candidates
        keys = candidates.map { CascadeName.Key($0.text) }
        activityKeys = keys.map(\.asActivity)
        var byName: [String: [Int]] = [:]
        var byWord: [String: [Int]] = [:]
        for index in candidates.indices {
            for name in Set([keys[index].normalized, activityKeys[index].normalized]) { byName[name, default: []].append(index) }
            for word in activityKeys[index].tokens.words.union(keys[index].tokens.words) { byWord[word, default: []].append(index) }
        }
        // The first printings of a name are enough to find it; a name printed thousands of times costs no more.
        self.byName = byName.mapValues { Array($0.prefix(Self.samePrintingsKept)) }
        self.byWord = byWord.filter { $0.value.count <= Self.commonWordLimit }
    }

    struct Match {
        var statement: CascadeStatement
        var similarity: Double
        /// The two mean the same (`CascadeName.Key.means`).
        var means: Bool
    }

    /// The candidate accepted by `accepts` most like `statement`. Programmes, kegiatan and sub kegiatan
    /// are compared as activities: a result (`Terlaksananya X`) against a name (`X`).
    func closest(to statement: CascadeStatement, accepting accepts: (CascadeStatement) -> Bool) -> Match? {
        Self.best(of: matches(for: statement), accepting: accepts)
    }

    /// The best of `matches` whose statement `accepts` takes: one meaning the same, else the most similar.
    static func best(of matches: [(index: Int, match: Match)], accepting accepts: (CascadeStatement) -> Bool) -> Match? {
        var best: Match?
        for (_, match) in matches where accepts(match.statement) {
            // A candidate that means the same wins over a merely more similar one.
            if let current = best, (current.means && !match.means) || (current.means == match.means && current.similarity >= match.similarity) {
                continue
            }
            best = match
        }
        return best
    }

    /// The candidates (by index, in order) sharing a name or an uncommon word with `statement`, compared.
    func matches(for statement: CascadeStatement) -> [(index: Int, match: Match)] {
        let asActivity = !statement.isIndicator && (statement.level ?? .tujuan) > .sasaran
        let key = CascadeName.Key(statement.text, asActivity: asActivity)
        var indices = Set(byName[key.normalized] ?? [])
        for word in key.tokens.words { indices.formUnion(byWord[word] ?? []) }
        return indices.sorted().map { index in
            let other = asActivity ? activityKeys[index] : keys[index]
            return (index, Match(statement: candidates[index], similarity: key.similarity(to: other), means: key.means(other)))
        }
    }
}
