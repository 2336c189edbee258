/// The official lists of programme and kegiatan names a plan is written against (data/nomenclature/README.md).
public enum NomenclatureGeneration: String, Sendable, Codable, CaseIterable {
    /// Kepmendagri 050-3708/2020, the Permendagri 90/2019 generation (plans from 2021 on).
    case kepmendagri050 = "kepmendagri-050-3708-2020"
    /// Permendagri 13/2006 (plans before 2021).
    case permendagri13 = "permendagri-13-2006"

    public var title: String {
        switch self {
        case .kepmendagri050: return "Kepmendagri 050-3708/2020 (Permendagri 90/2019)"
        case .permendagri13: return "Permendagri 13/2006"
        }
    }
}

/// One official programme or kegiatan.
public struct NomenclatureEntry: Sendable, Hashable {
    public let generation: NomenclatureGeneration
    public let level: PlanLevel
    /// The code in that list; `X.XX` stands for the agency's own urusan and bidang.
    public let code: String
    public let name: String
    public let tokens: NameTokens
    /// `PlanName.key(name)`.
    public let key: String

    init(generation: NomenclatureGeneration, level: PlanLevel, code: String, name: String) {
        self.generation = generation
        self.level = level
        self.code = code
        self.name = name
        self.tokens = NameTokens(name)
        self.key = PlanName.key(name)
    }
}

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
    /// Both lists, parsed once from the embedded data.
    public static let official = Nomenclature(entries: parseKepmendagri050() + parsePermendagri13())

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

    static func parseKepmendagri050() -> [NomenclatureEntry] {
        NomenclatureData.kepmendagri050KabupatenKota.pieces(separatedBy: "\n").compactMap { line in
            let fields = line.pieces(separatedBy: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let level = PlanLevel(rawValue: fields[0]) else { return nil }
            return NomenclatureEntry(generation: .kepmendagri050, level: level, code: fields[1], name: fields[2])
        }
    }

    /// Programmes 01–06 repeat under the same name in every bidang; each becomes one entry coded `X.XX.0n`.
    static func parsePermendagri13() -> [NomenclatureEntry] {
        var codesByKey: [String: [String]] = [:]
        var firstSpellings: [(key: String, name: String)] = []
        for line in NomenclatureData.permendagri13Programs.pieces(separatedBy: "\n") {
            let fields = line.pieces(separatedBy: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 else { continue }
            let key = PlanName.key(fields[1])
            if codesByKey[key] == nil { firstSpellings.append((key, fields[1])) }
            codesByKey[key, default: []].append(fields[0])
        }
        return firstSpellings.map { spelling in
            NomenclatureEntry(generation: .permendagri13, level: .program,
                              code: commonCode(codesByKey[spelling.key]!), name: spelling.name)
        }
    }

    /// `1.01.01`, `2.11.01` → `X.XX.01`: parts that differ become `X`s.
    static func commonCode(_ codes: [String]) -> String {
        guard codes.count > 1 else { return codes.first ?? "" }
        let split = codes.map { $0.pieces(separatedBy: ".").map(String.init) }
        return split[0].indices.map { part in
            let values = Set(split.map { part < $0.count ? $0[part] : "" })
            return values.count == 1 ? split[0][part] : String(repeating: "X", count: split[0][part].count)
        }.joined(separator: ".")
    }
}
