import Ingest

/// Tables of one pattern, each about another subject: `Capaian Indikator Makro Jakarta Utara` and
/// `Capaian Indikator Makro Jakarta Barat`, one table per region, agency or year. The same indicator is
/// expected to have other figures in each, so their rows are not compared with each other.
enum ParallelTables {
    /// Whether two caption titles are the same title with a few words swapped: at least three words in
    /// common, making at least three fifths of each title, and words of its own in each.
    static func areParallel(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        return areParallel(words(first), words(second))
    }

    /// The same test on titles already split by `words`.
    static func areParallel(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let common = a.intersection(b)
        guard common.count >= 3, a.count > common.count, b.count > common.count else { return false }
        return common.count * 5 >= a.count * 3 && common.count * 5 >= b.count * 3
    }

    /// The title's words, lower case, without the words that join others.
    static func words(_ title: String) -> Set<String> {
        Set(title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !joiningWords.contains($0) })
    }

    private static let joiningWords: Set<String> = ["dan", "yang", "di", "ke", "dari", "pada", "untuk", "serta", "dengan", "tahun"]
}
