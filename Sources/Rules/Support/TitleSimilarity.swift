import Ingest

/// How alike two titles are, by their normalised words (Jaccard index over word sets).
enum TitleSimilarity {
    /// The normalised words of a title, worked out once when one title is compared with many.
    struct Words {
        var set: Set<Substring>

        init(_ title: String) {
            set = Set(NameNormalizer.normalize(title).split(separator: " "))
        }
    }

    static func score(_ a: String, _ b: String) -> Double { score(Words(a), Words(b)) }

    static func score(_ a: Words, _ b: Words) -> Double {
        guard !a.set.isEmpty || !b.set.isEmpty else { return 1 }
        return Double(a.set.intersection(b.set).count) / Double(a.set.union(b.set).count)
    }

    /// One title is the other with words added (a shortened list entry) or they mostly share words.
    static func sameTable(_ a: String, _ b: String) -> Bool { sameTable(Words(a), Words(b)) }

    static func sameTable(_ a: Words, _ b: Words) -> Bool {
        if a.set.isEmpty || b.set.isEmpty { return true }
        if a.set.isSubset(of: b.set) || b.set.isSubset(of: a.set) { return true }
        return score(a, b) >= 0.6
    }
}
