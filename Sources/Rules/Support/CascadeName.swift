import Ingest

/// When two statements of a cascade (a tujuan, sasaran, kegiatan or indicator) in two documents are the
/// same: equal after normalisation (`NameNormalizer`, standard spelling, `PlanName.key`), or worded alike
/// by the content-word similarity the comparison of plans uses (`NameTokens`, at least 5/6). A result
/// (`Terlaksananya Penerbitan Izin …`) is compared with an activity's name (`Penerbitan Izin …`) without
/// its first word; `Meningkatkan` and `Meningkatnya` open the same sasaran.
enum CascadeName {
    /// The comparable form of a statement.
    struct Key: Sendable {
        var normalized: String
        var tokens: NameTokens

        init(_ text: String, asActivity: Bool = false) {
            var words = PlanName.key(text).pieces(separatedBy: " ").map(String.init)
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

        /// 1 for the same statement, else the similarity of their content words.
        func similarity(to other: Key) -> Double {
            normalized == other.normalized ? 1 : tokens.similarity(to: other.tokens)
        }

        func means(_ other: Key) -> Bool { similarity(to: other) >= NameTokens.sameMeaningThreshold }
    }

    static func sameMeaning(_ a: String, _ b: String) -> Bool { Key(a).means(Key(b)) }

    /// `terlaksananya`, `tersedianya`, `meningkatnya`, `dilaksanakannya`: how a result opens.
    static func isResultWord(_ word: String) -> Bool {
        word.count >= 8 && word.hasSuffix("nya") && ["ter", "me", "di", "ber"].contains { word.hasPrefix($0) }
    }
}
