import Ingest

/// Finds, for a statement of one document, the statements of another that mean the same, or the closest
/// one when none does. Candidates come through the content words they share, so the cost follows the
/// statements that share a word, not all pairs.
struct CascadeMatcher {
    let candidates: [CascadeStatement]
    private let keys: [CascadeName.Key]
    private let activityKeys: [CascadeName.Key]
    private let byWord: [String: [Int]]

    init(_ candidates: [CascadeStatement]) {
        self.candidates = candidates
        keys = candidates.map { CascadeName.Key($0.text) }
        activityKeys = candidates.map { CascadeName.Key($0.text, asActivity: true) }
        var byWord: [String: [Int]] = [:]
        for (index, key) in activityKeys.enumerated() {
            for word in key.tokens.words.union(keys[index].tokens.words) { byWord[word, default: []].append(index) }
        }
        self.byWord = byWord
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
        let asActivity = !statement.isIndicator && (statement.level ?? .tujuan) > .sasaran
        let key = CascadeName.Key(statement.text, asActivity: asActivity)
        var indices = Set<Int>()
        for word in key.tokens.words { indices.formUnion(byWord[word] ?? []) }
        var best: Match?
        for index in indices.sorted() where accepts(candidates[index]) {
            let other = asActivity ? activityKeys[index] : keys[index]
            let match = Match(statement: candidates[index], similarity: key.similarity(to: other), means: key.means(other))
            // A candidate that means the same wins over a merely more similar one.
            if let current = best, (current.means && !match.means) || (current.means == match.means && current.similarity >= match.similarity) {
                continue
            }
            best = match
        }
        return best
    }
}
