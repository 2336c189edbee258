/// How a name printed in a plan relates to one official name.
public enum NameAgreement: Sendable, Hashable {
    /// The same name, up to case, punctuation, spacing, PDF word breaks and standard spelling; or the plan
    /// spells correctly a word the list misspells (`Pemanfaatan` where the list has `Pemanfataan`).
    case same
    /// A near miss of a few letters (`Pemerintah` for `Pemerintahan`, `Penatusahaan` for `Penatausahaan`).
    /// `officialWords` are the words of the official name, as the list writes them, that the plan spells
    /// differently (empty when the difference lies only in letters the plan adds).
    case misspelt(officialWords: [String])
    /// Worded differently but the same entry: nearly the same content words (`NameTokens`), or one name's
    /// content words all within the other's.
    case reworded
    case different

    /// The same name or a slip of its spelling: the name identifies the entry, whatever its wording elsewhere.
    public var namesEntry: Bool {
        switch self {
        case .same, .misspelt: return true
        case .reworded, .different: return false
        }
    }

    public init(printed: String, official: NomenclatureEntry) {
        self.init(printedKey: PlanName.key(printed), officialName: official.name, officialKey: official.key,
                  officialTokens: official.tokens, variantKeys: official.variantKeys)
    }

    /// How two names printed in one plan relate, `other` taking the place of the official name.
    public init(_ name: String, _ other: String) {
        let otherKey = PlanName.key(other)
        self.init(printedKey: PlanName.key(name), officialName: other, officialKey: otherKey,
                  officialTokens: NameTokens(key: otherKey), variantKeys: [])
    }

    private init(printedKey key: String, officialName: String, officialKey: String, officialTokens: NameTokens,
                 variantKeys: [String]) {
        let compact = PlanName.compact(key)
        let officialCompact = PlanName.compact(officialKey)
        if compact == officialCompact || variantKeys.contains(where: { PlanName.compact($0) == compact }) {
            self = .same
            return
        }
        if Self.spellingDistance(compact, officialCompact) != nil {
            self = Self.spelling(printedKey: key, compact: compact, officialName: officialName, officialKey: officialKey,
                                 officialCompact: officialCompact)
            return
        }
        let tokens = NameTokens(key: key)
        let shorter = min(tokens.words.count, officialTokens.words.count)
        if tokens.similarity(to: officialTokens) >= NameTokens.sameMeaningThreshold
            || shorter >= Self.containedNameMinimumWords
            && (tokens.words.isSubset(of: officialTokens.words) || officialTokens.words.isSubset(of: tokens.words)) {
            self = .reworded
        } else {
            self = .different
        }
    }

    /// A name of fewer content words inside another names a theme, not the same entry.
    static let containedNameMinimumWords = 3

    /// The letters by which two names (keys without spaces) differ, when it is few enough to be a slip of
    /// spelling: at most three edits, and at most one in five letters of the shorter name.
    static func spellingDistance(_ printed: String, _ official: String) -> Int? {
        let a = Array(printed.utf8), b = Array(official.utf8)
        let limit = min(maximumSpellingEdits, min(a.count, b.count) / 5)
        guard limit > 0, abs(a.count - b.count) <= limit else { return nil }
        let distance = EditDistance.bounded(a, b, limit: limit)
        return distance > 0 && distance <= limit ? distance : nil
    }

    static let maximumSpellingEdits = 3

    /// Which side misspells: official words missing from the plan's name are the plan's slip, unless each
    /// is rare in the lists and the plan's own words in their place are far more common there, in which case
    /// the list has the slip (`Pemanfataan` 5 times against `Pemanfaatan` 177, `Penyelenggaran` 3 against
    /// `Penyelenggaraan` 322) and the plan is right. Two common words (`Pemerintah`, `Pemerintahan`) are
    /// both the list's own, so the official one stands.
    private static func spelling(printedKey: String, compact: String, officialName: String, officialKey: String,
                                 officialCompact: String) -> NameAgreement {
        let missing = officialKey.pieces(separatedBy: " ").filter { !compact.containsLiteral(String($0)) }.map(String.init)
        let added = printedKey.pieces(separatedBy: " ").filter { !officialCompact.containsLiteral(String($0)) }.map(String.init)
        let vocabulary = NomenclatureVocabulary.shared
        if let rarest = missing.map(vocabulary.occurrences).max(), rarest <= NomenclatureVocabulary.rareOccurrences,
           let plans = added.map(vocabulary.occurrences).min(), plans >= NomenclatureVocabulary.prevalenceFactor * max(1, rarest) {
            return .same
        }
        let missingWords = Set(missing)
        let officialWords = officialName.whitespaceSeparatedWords().map(String.init).filter { word in
            NameNormalizer.normalize(word).pieces(separatedBy: " ").contains { missingWords.contains(PlanName.standard(String($0))) }
        }
        return .misspelt(officialWords: officialWords)
    }
}

/// How often each word occurs in the official names, to tell the list's own slips (a word found once)
/// from the words the lists use throughout. Counted straight from the embedded text, lower-cased runs of
/// letters and digits in standard spelling, without building the lists.
final class NomenclatureVocabulary: Sendable {
    static let shared = NomenclatureVocabulary(texts: [NomenclatureData.kepmendagri050KabupatenKota,
                                                       NomenclatureData.kepmendagri050Provinsi,
                                                       NomenclatureData.permendagri13Programs])

    private let entriesByWord: [String: Int]

    /// `texts` hold `code<TAB>name` lines.
    init(texts: [String]) {
        var counts: [String: Int] = [:]
        for text in texts {
            for line in text.pieces(separatedBy: "\n") {
                guard let name = line.pieces(separatedBy: "\t").last else { continue }
                for word in Set(NameNormalizer.normalize(String(name)).pieces(separatedBy: " ")) {
                    counts[PlanName.standard(String(word)), default: 0] += 1
                }
            }
        }
        entriesByWord = counts
    }

    /// The number of official names the word (normalised, in standard spelling) occurs in.
    func occurrences(_ word: String) -> Int { entriesByWord[word] ?? 0 }

    /// A word found in this many names or fewer may be a slip of the list.
    static let rareOccurrences = 5
    /// The plan's word counts as the list's usual spelling when it is found this many times as often.
    static let prevalenceFactor = 10
}

/// Levenshtein distance between two byte strings, computed only within `limit` of the diagonal.
enum EditDistance {
    /// The distance, or `limit + 1` when it exceeds `limit`.
    static func bounded(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let beyond = limit + 1
        guard abs(a.count - b.count) <= limit else { return beyond }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = [Int](repeating: beyond, count: b.count + 1)
        var current = previous
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = i <= limit ? i : beyond
            if low > 1 { current[low - 1] = beyond }
            var rowMinimum = current[0]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let deletion = previous[j] + 1
                let insertion = current[j - 1] + 1
                current[j] = min(substitution, deletion, insertion, beyond)
                rowMinimum = min(rowMinimum, current[j])
            }
            if high < b.count { current[high + 1] = beyond }
            guard rowMinimum <= limit else { return beyond }
            swap(&previous, &current)
        }
        return min(previous[b.count], beyond)
    }
}
