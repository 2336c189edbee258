import Ingest

/// When two statements of a cascade (a tujuan, sasaran, kegiatan or indicator) in two documents are the
/// same: equal after normalisation (`NameNormalizer`, standard spelling, `PlanName.key`), worded alike by
/// the content-word similarity the comparison of plans uses (`NameTokens`, at least 5/6), or one a
/// shortened form of the other (five content words or more, all in the other: a table that cuts a
/// kegiatan's long name). A result (`Terlaksananya Penerbitan Izin …`) is compared with an activity's name
/// (`Penerbitan Izin …`) without its first word; `Meningkatkan` and `Meningkatnya` open the same sasaran.
/// Indicators that open with different measures (`Jumlah …`, `Persentase …`) measure different things.
enum CascadeName {
    /// The comparable form of a statement.
    struct Key: Sendable {
        var normalized: String
        var tokens: NameTokens

        init(_ text: String, asActivity: Bool = false) {
            self.init(words: PlanName.key(text).pieces(separatedBy: " ").map(String.init), asActivity: asActivity)
        }

        private init(words normalizedWords: [String], asActivity: Bool) {
            var words = normalizedWords
            if let first = words.first, words.count > 1 {
                if asActivity, isResultWord(first) {
                    words.removeFirst()
                } else if first.hasPrefix("me"), first.hasSuffix("kan"), first.count >= 8 {
                    words[0] = String(first.dropLast(3)) + "nya"
                }
            }
            normalized = words.joined(separator: " ")
            tokens = NameTokens(normalized)
        }

        /// The key of the same text compared as an activity: itself unless the text opens with a result.
        var asActivity: Key {
            let words = normalized.pieces(separatedBy: " ").map(String.init)
            guard let first = words.first, words.count > 1, isResultWord(first) else { return self }
            return Key(words: words, asActivity: true)
        }

        /// 1 for the same statement, else the similarity of their content words.
        func similarity(to other: Key) -> Double {
            normalized == other.normalized ? 1 : tokens.similarity(to: other.tokens)
        }

        func means(_ other: Key) -> Bool {
            if normalized == other.normalized { return true }
            if let measure = self.measure, let otherMeasure = other.measure, measure != otherMeasure { return false }
            let (shorter, longer) = tokens.words.count <= other.tokens.words.count ? (tokens, other.tokens) : (other.tokens, tokens)
            if shorter.words.count >= Self.shortenedMinimum, shorter.words.isSubset(of: longer.words) { return true }
            return similarity(to: other) >= NameTokens.sameMeaningThreshold
        }

        /// A shortened name keeps at least this many content words.
        static let shortenedMinimum = 5

        /// The measure an indicator opens with (`jumlah`, `persentase`), in standard spelling.
        var measure: String? {
            let first = normalized.prefix { $0 != " " }
            return CascadeName.measures.contains(String(first)) ? String(first) : nil
        }
    }

    /// The words indicators open with, each a different kind of measure.
    static let measures: Set<String> = ["jumlah", "persentase", "nilai", "indeks", "rasio", "tingkat", "angka", "cakupan",
                                        "proporsi", "pertumbuhan", "laju", "skor", "kontribusi"]

    static func sameMeaning(_ a: String, _ b: String) -> Bool { Key(a).means(Key(b)) }

    /// `terlaksananya`, `tersedianya`, `meningkatnya`, `dilaksanakannya`: how a result opens.
    static func isResultWord(_ word: String) -> Bool {
        word.count >= 8 && word.hasSuffix("nya") && ["ter", "me", "di", "ber"].contains { word.hasPrefix($0) }
    }
}
