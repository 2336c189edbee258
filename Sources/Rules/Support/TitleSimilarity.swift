import Ingest

/// How alike two titles are, by their normalised words (Jaccard index over word sets).
enum TitleSimilarity {
    /// The normalised words of a title, worked out once when one title is compared with many.
    struct Words {
        var set: Set<Substring>

        init(_ title: String) {
            set = Set(NameNormalizer.normalize(title).pieces(separatedBy: " "))
        }
    }

    static func score(_ a: String, _ b: String) -> Double { score(Words(a), Words(b)) }

    static func score(_ a: Words, _ b: Words) -> Double {
        guard !a.set.isEmpty || !b.set.isEmpty else { return 1 }
        let shared = a.set.sharedCount(with: b.set)
        return Double(shared) / Double(a.set.count + b.set.count - shared)
    }

    /// One title is the other with words added (a shortened list entry) or they mostly share words.
    static func sameTable(_ a: String, _ b: String) -> Bool { sameTable(Words(a), Words(b)) }

    static func sameTable(_ a: Words, _ b: Words) -> Bool {
        if a.set.isEmpty || b.set.isEmpty { return true }
        // One title's words are all in the other when they share as many words as it has.
        let shared = a.set.sharedCount(with: b.set)
        if shared == a.set.count || shared == b.set.count { return true }
        return score(a, b) >= 0.6
    }
}

extension Set {
    /// The number of elements both sets hold, counted without building the intersection.
    func sharedCount(with other: Set) -> Int {
        let (smaller, larger) = count <= other.count ? (self, other) : (other, self)
        return smaller.reduce(0) { larger.contains($1) ? $0 + 1 : $0 }
    }
}
