import Ingest

/// How alike two titles are, by their normalised words (Jaccard index over word sets).
enum TitleSimilarity {
    static func score(_ a: String, _ b: String) -> Double {
        let wordsA = Set(NameNormalizer.normalize(a).split(separator: " "))
        let wordsB = Set(NameNormalizer.normalize(b).split(separator: " "))
        guard !wordsA.isEmpty || !wordsB.isEmpty else { return 1 }
        return Double(wordsA.intersection(wordsB).count) / Double(wordsA.union(wordsB).count)
    }

    /// One title is the other with words added (a shortened list entry) or they mostly share words.
    static func sameTable(_ a: String, _ b: String) -> Bool {
        let wordsA = Set(NameNormalizer.normalize(a).split(separator: " "))
        let wordsB = Set(NameNormalizer.normalize(b).split(separator: " "))
        if wordsA.isEmpty || wordsB.isEmpty { return true }
        if wordsA.isSubset(of: wordsB) || wordsB.isSubset(of: wordsA) { return true }
        return score(a, b) >= 0.6
    }
}
