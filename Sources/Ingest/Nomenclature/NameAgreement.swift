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
        self.init(printedKey: PlanName.key(printed), official: official)
    }

    /// The same for a printed name already in `PlanName.key` form.
    public init(printedKey: String, official: NomenclatureEntry) {
        self.init(printedKey: printedKey, officialName: official.name, officialKey: official.key,
                  officialTokens: official.tokens, variantKeys: official.variantKeys)
    }

    /// How two names printed in one plan relate, `other` taking the place of the official name.
    public init(_ name: String, _ other: String) {
        let otherKey = PlanName.key(other)
        self.init(printedKey: PlanName.key(name), officialName: other, officialKey: otherKey,
                  officialTokens: NameTokens(key: otherKey), variantKeys: [])
    }

    private init(printedKey key: String, officialName: String, officialKey: String,
                 officialTokens: @autoclosure () -> NameTokens, variantKeys: [String]) {
        let compact = PlanName.compact(key)
        let officialCompact = PlanName.compact(officialKey)
        if compact == officialCompact || variantKeys.contains(where: { PlanName.compact($0) == compact }) {
            self = .same
            return
        }
        var rows: [Int] = []
        if Self.spellingDistance(Array(compact.utf8), Array(officialCompact.utf8), rows: &rows) != nil {
            self = Self.spelling(printedKey: key, officialName: officialName, officialKey: officialKey)
            return
        }
        let tokens = NameTokens(key: key), officialTokens = officialTokens()
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
    /// spelling: at most three edits, and at most one in five letters of the shorter name. `rows`: room for
    /// the measure (`EditDistance.bounded`), kept from one pair to the next.
    static func spellingDistance(_ a: [UInt8], _ b: [UInt8], rows: inout [Int]) -> Int? {
        let limit = min(maximumSpellingEdits, min(a.count, b.count) / 5)
        guard limit > 0, abs(a.count - b.count) <= limit else { return nil }
        let distance = EditDistance.bounded(a, b, limit: limit, rows: &rows)
        return distance > 0 && distance <= limit ? distance : nil
    }

    static let maximumSpellingEdits = 3

    /// A printed name (its key) whose letters are a slip of spelling of the official name's (`spellingDistance`):
    /// which side misspells. Official words missing from the plan's name are the plan's slip, unless each
    /// is rare in the lists and the plan's own words in their place are five times as common there or more,
    /// in which case the list has the slip (`Pemanfataan` 5 times against `Pemanfaatan` 177, `Pengadaaan` 8
    /// against `Pengadaan` 213, `Keanekaragam` 2 against `Keanekaragaman` 12) and the plan is right. Two common words (`Pemerintah` 144, `Pemerintahan` 204) are
    /// both the list's own, so the official one stands; so does a rare official word against a plan's word
    /// not common enough to be the usual spelling (`Cetakan` 4, `Cetak` 9).
    static func spelling(printedKey: String, officialName: String, officialKey: String) -> NameAgreement {
        let printedWords = printedKey.pieces(separatedBy: " "), officialWords = officialKey.pieces(separatedBy: " ")
        let alignment = SpellingAlignment(printed: printedWords, official: officialWords)
        let missing = alignment.officialWords.sorted().map { String(officialWords[$0]) }
        let added = alignment.printedWords.sorted().map { String(printedWords[$0]) }
        let vocabulary = NomenclatureVocabulary.shared
        if let rarest = missing.map(vocabulary.occurrences).max(), rarest <= NomenclatureVocabulary.rareOccurrences,
           let plans = added.map(vocabulary.occurrences).min(), plans >= NomenclatureVocabulary.prevalenceFactor * max(1, rarest) {
            return .same
        }
        // Letters the plan adds touch no official word: nothing of the official name to read again.
        guard !missing.isEmpty else { return .misspelt(officialWords: []) }
        let missingWords = Set(missing)
        let printedOfficialWords = officialName.whitespaceSeparatedWords().map(String.init).filter { word in
            NameNormalizer.normalize(word).pieces(separatedBy: " ").contains { missingWords.contains(PlanName.standard(String($0))) }
        }
        return .misspelt(officialWords: printedOfficialWords.map { String(Substring($0).trimmingCharacters(",.;:()\"")) })
    }
}

/// How often each word occurs in the official names, to tell the list's own slips (a word found a few
/// times) from the words the lists use throughout. Counted straight from the embedded bytes (lower-cased
/// runs of ASCII letters and digits, in standard spelling) without building the lists, and kept by a 64-bit
/// hash of the word rather than the word itself.
final class NomenclatureVocabulary: Sendable {
    static let shared = NomenclatureVocabulary(texts: [NomenclatureData.kepmendagri050KabupatenKota,
                                                       NomenclatureData.kepmendagri050Provinsi,
                                                       NomenclatureData.permendagri13Programs])

    private let namesByWord: [UInt64: Int]

    /// Counts the words now, if no slip of spelling has been weighed yet.
    static func prepare() { _ = shared }

    /// `texts` hold `code<TAB>name` lines (the name is the second field).
    init(texts: [String]) {
        // Some twenty respellings: looked through sooner than a dictionary hashes each word.
        let respellings = PlanName.standardSpelling.map { (variant: FNV1a.hash($0.key.utf8), standard: FNV1a.hash($0.value.utf8)) }
        var counts: [UInt64: Int] = [:]
        for var text in texts {
            text.withUTF8 { bytes in
                // The words of the name being read, each once: a name has few words, so a list of them is
                // searched sooner than a set is hashed.
                var words: [UInt64] = []
                var tabs = 0, word: FNV1a?
                func finishWord() {
                    guard let hash = word?.value else { return }
                    word = nil
                    let standardWord = respellings.first { $0.variant == hash }?.standard ?? hash
                    if !words.contains(standardWord) { words.append(standardWord) }
                }
                func finishName() {
                    finishWord()
                    for word in words { counts[word, default: 0] += 1 }
                    words.removeAll(keepingCapacity: true)
                }
                for byte in bytes {
                    if byte == UInt8(ascii: "\n") {
                        finishName()
                        tabs = 0
                    } else if byte == UInt8(ascii: "\t") {
                        finishWord()
                        tabs += 1
                    } else if tabs == 1, byte < 0x80, ByteText.isDigit(byte) || (ByteText.lowercased(byte) >= UInt8(ascii: "a") && ByteText.lowercased(byte) <= UInt8(ascii: "z")) {
                        if word == nil { word = FNV1a() }
                        word!.add(ByteText.lowercased(byte))
                    } else {
                        finishWord()
                    }
                }
                finishName()
            }
        }
        namesByWord = counts
    }

    /// The number of official names the word (normalised, in standard spelling) occurs in.
    func occurrences(_ word: String) -> Int { namesByWord[FNV1a.hash(word.utf8)] ?? 0 }

    /// A word found in this many names or fewer may be a slip of the list (`Pengadaaan` is in 8).
    static let rareOccurrences = 10
    /// The plan's word counts as the list's usual spelling when it is found this many times as often.
    static let prevalenceFactor = 5
}

/// Levenshtein distance between two byte strings, computed only within `limit` of the diagonal.
enum EditDistance {
    /// The distance, or `limit + 1` when it exceeds `limit`. The two rows of the table are kept in `rows`,
    /// grown as needed, so that a search measuring one name against many allocates them once; they are read
    /// and written without bounds checks.
    static func bounded(_ a: [UInt8], _ b: [UInt8], limit: Int, rows: inout [Int]) -> Int {
        let beyond = limit + 1
        guard abs(a.count - b.count) <= limit else { return beyond }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        if lettersDiffer(a, b, byMoreThan: limit) { return beyond }
        if rows.count < 2 * (b.count + 1) { rows = [Int](repeating: beyond, count: 2 * (b.count + 1)) }
        return rows.withUnsafeMutableBufferPointer { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...(2 * b.count + 1)])
            for j in 0...b.count {
                previous[j] = j <= limit ? j : beyond
                current[j] = beyond
            }
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

    /// Whether more than `limit` letters of one string have no counterpart in the other, counted without
    /// their order: an edit takes away at most one unmatched letter on each side, so the distance then
    /// exceeds `limit` too. One pass over each string spares the table for most of the names a search meets.
    private static func lettersDiffer(_ a: [UInt8], _ b: [UInt8], byMoreThan limit: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte)] += 1 }
            var unmatchedInB = 0
            for byte in b {
                if counts[Int(byte)] > 0 {
                    counts[Int(byte)] -= 1
                } else {
                    unmatchedInB += 1
                    if unmatchedInB > limit { return true }
                }
            }
            return a.count - (b.count - unmatchedInB) > limit
        }
    }
}
