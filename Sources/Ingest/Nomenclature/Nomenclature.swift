/// How a plan's name relates to the official list.
public struct NomenclatureMatch: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// The normalised names are equal (up to standard spelling).
        case exact
        /// Worded differently but the same official entry: (nearly) the same content words, or a shortened
        /// form of one official name.
        case similar
        /// No official entry is close enough; `entry` is only the closest one, as a hint.
        case unrecognised
    }

    public let kind: Kind
    /// The official entry (exact or similar), or the closest one when unrecognised; nil when nothing shares a word.
    public let entry: NomenclatureEntry?
    public let similarity: Double

    public var recognised: NomenclatureEntry? { kind == .unrecognised ? nil : entry }
}

/// Looks plan names up in the official lists: exact normalised match first, then the most similar name.
public struct Nomenclature: Sendable {
    /// The kabupaten/kota programmes and kegiatan of Kepmendagri 050-3708/2020 and the Permendagri 13/2006
    /// programmes, the names plans are compared by.
    public static let official = Nomenclature(
        entries: NomenclatureList.kabupatenKota.entries.filter { $0.level == .program || $0.level == .kegiatan }
            + NomenclatureList.permendagri13.entries)

    public let entries: [NomenclatureEntry]
    private let exact: [String: [Int]]
    private let entriesByWord: [String: [Int]]

    public init(entries: [NomenclatureEntry]) {
        self.entries = entries
        var exact: [String: [Int]] = [:]
        var entriesByWord: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            exact[Self.lookupKey(entry.level, entry.key), default: []].append(index)
            for word in entry.tokens.words { entriesByWord[word, default: []].append(index) }
        }
        self.exact = exact
        self.entriesByWord = entriesByWord
    }

    /// The best official entry for a plan node's name at `level`, searching the given lists in their order
    /// (an exact match in an earlier list wins; equally similar names resolve to the earlier entry).
    public func match(_ name: String, level: PlanLevel,
                      in generations: [NomenclatureGeneration] = NomenclatureGeneration.allCases) -> NomenclatureMatch {
        let rank = Dictionary(uniqueKeysWithValues: generations.enumerated().map { ($1, $0) })
        func order(_ index: Int) -> (Int, Int) { (rank[entries[index].generation] ?? .max, index) }
        if let exactHits = exact[Self.lookupKey(level, PlanName.key(name))],
           let best = exactHits.filter({ rank[entries[$0].generation] != nil }).min(by: { order($0) < order($1) }) {
            return NomenclatureMatch(kind: .exact, entry: entries[best], similarity: 1)
        }
        let tokens = NameTokens(name)
        var candidates = Set<Int>()
        for word in tokens.words { candidates.formUnion(entriesByWord[word] ?? []) }
        var best: (index: Int, similarity: Double)?
        var containing: [Int] = []
        for index in candidates where entries[index].level == level && rank[entries[index].generation] != nil {
            let similarity = tokens.similarity(to: entries[index].tokens)
            if best == nil || similarity > best!.similarity
                || (similarity == best!.similarity && order(index) < order(best!.index)) {
                best = (index, similarity)
            }
            if tokens.words.isSubset(of: entries[index].tokens.words) { containing.append(index) }
        }
        guard let best else { return NomenclatureMatch(kind: .unrecognised, entry: nil, similarity: 0) }
        if best.similarity >= NameTokens.sameMeaningThreshold {
            return NomenclatureMatch(kind: .similar, entry: entries[best.index], similarity: best.similarity)
        }
        // A shortened official name (Bekasi's `Pemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit
        // Simpan Pinjam`, without `… yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota`) is that entry
        // when its words, five or more, are found together in no other entry.
        if tokens.words.count >= Self.shortenedNameMinimumWords, containing.count == 1, let entry = containing.first {
            return NomenclatureMatch(kind: .similar, entry: entries[entry], similarity: tokens.similarity(to: entries[entry].tokens))
        }
        return NomenclatureMatch(kind: .unrecognised, entry: entries[best.index], similarity: best.similarity)
    }

    /// Fewer content words than this identify a theme (`Pemberdayaan Usaha Mikro`), not one entry.
    static let shortenedNameMinimumWords = 5

    private static func lookupKey(_ level: PlanLevel, _ key: String) -> String { level.rawValue + "|" + key }
}
