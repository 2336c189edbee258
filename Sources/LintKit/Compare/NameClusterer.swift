import Ingest

/// Puts names into clusters of the same meaning, in the order they arrive: a name joins the cluster with
/// the same normalised name, else the most similar cluster (by its first name's content words) at or above
/// the threshold, else starts a new one. Cost grows with the clusters sharing a word, not with all clusters.
struct NameClusterer {
    let threshold: Double
    private var clusterByKey: [String: Int] = [:]
    private var representatives: [NameTokens] = []
    private var clustersByWord: [String: [Int]] = [:]

    init(threshold: Double) { self.threshold = threshold }

    var count: Int { representatives.count }

    /// The cluster of `name` (0-based, in order of creation).
    mutating func cluster(for name: String) -> Int {
        let key = PlanName.key(name)
        if let existing = clusterByKey[key] { return existing }
        let tokens = NameTokens(name)
        var candidates = Set<Int>()
        for word in tokens.words { candidates.formUnion(clustersByWord[word] ?? []) }
        var best: (cluster: Int, similarity: Double)?
        for candidate in candidates.sorted() {
            let similarity = tokens.similarity(to: representatives[candidate])
            if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (candidate, similarity) }
        }
        let cluster = best?.cluster ?? newCluster(tokens)
        clusterByKey[key] = cluster
        return cluster
    }

    private mutating func newCluster(_ tokens: NameTokens) -> Int {
        let cluster = representatives.count
        representatives.append(tokens)
        for word in tokens.words { clustersByWord[word, default: []].append(cluster) }
        return cluster
    }
}
