import Ingest

/// How much of one title another title covers, word by word, forgiving one-letter typos
/// (`PEYELENGGARAAN` for `PENYELENGGARAAN`) and ignoring words that carry no meaning of their own.
enum WordOverlap {
    static let fillerWords: Set<String> = ["dan", "serta", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "atau",
                                           "dalam", "terhadap", "kota", "kabupaten", "dinas", "badan", "perangkat", "daerah"]

    /// The meaningful words of a title, normalised.
    static func contentWords(_ text: String) -> [String] {
        NameNormalizer.normalize(text).pieces(separatedBy: " ").map(String.init).filter { !fillerWords.contains($0) }
    }

    /// The share (0…1) of the shorter title's words that the longer title also has; nil when either is empty.
    static func coverageOfShorter(_ a: String, _ b: String) -> Double? {
        let wordsA = contentWords(a), wordsB = contentWords(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return nil }
        let (shorter, longer) = wordsA.count <= wordsB.count ? (wordsA, wordsB) : (wordsB, wordsA)
        let matched = shorter.filter { word in longer.contains { sameWord(word, $0) } }
        return Double(matched.count) / Double(shorter.count)
    }

    /// Equal, or long words one edit apart.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard min(a.count, b.count) >= 6, abs(a.count - b.count) <= 1 else { return false }
        return editDistance(Array(a), Array(b)) <= 1
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, charB) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
