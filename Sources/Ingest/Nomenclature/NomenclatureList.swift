/// One official list, parsed on first use from the embedded data, with its entries found by code, by name
/// and by content word: Kepmendagri 050-3708/2020 for provinsi or for kabupaten/kota, or the Permendagri
/// 13/2006 programmes.
public final class NomenclatureList: Sendable {
    public static let kabupatenKota = NomenclatureList(
        kepmendagri050: NomenclatureData.kepmendagri050KabupatenKota, region: .kabupatenKota)
    public static let provinsi = NomenclatureList(kepmendagri050: NomenclatureData.kepmendagri050Provinsi, region: .provinsi)
    public static let permendagri13 = NomenclatureList(generation: .permendagri13, region: nil,
                                                       entries: parsePermendagri13(NomenclatureData.permendagri13Programs))

    /// Kepmendagri 050-3708/2020 for `region`.
    public static func kepmendagri050(_ region: RegionLevel) -> NomenclatureList {
        region == .provinsi ? provinsi : kabupatenKota
    }

    public let generation: NomenclatureGeneration
    /// Nil for Permendagri 13/2006, one list for every region.
    public let region: RegionLevel?
    public let entries: [NomenclatureEntry]
    private let indexByCode: [String: Int]
    /// Entry indexes by level and name key without spaces, so that PDF word breaks (`Pemberday aan`) and
    /// `Kerjasama`/`Kerja Sama` find the entry; variant forms are indexed too.
    private let indexByCompactKey: [PlanLevel: [String: [Int]]]
    private let indexByWord: [PlanLevel: [String: [Int]]]

    init(generation: NomenclatureGeneration, region: RegionLevel?, entries: [NomenclatureEntry]) {
        self.generation = generation
        self.region = region
        self.entries = entries
        var byCode: [String: Int] = [:]
        var byCompactKey: [PlanLevel: [String: [Int]]] = [:]
        var byWord: [PlanLevel: [String: [Int]]] = [:]
        for (index, entry) in entries.enumerated() {
            byCode[entry.code] = index
            for key in [entry.key] + entry.variantKeys {
                byCompactKey[entry.level, default: [:]][PlanName.compact(key), default: []].append(index)
            }
            for word in entry.tokens.words { byWord[entry.level, default: [:]][word, default: []].append(index) }
        }
        indexByCode = byCode
        indexByCompactKey = byCompactKey
        indexByWord = byWord
    }

    convenience init(kepmendagri050 data: String, region: RegionLevel) {
        self.init(generation: .kepmendagri050, region: region, entries: Self.parseKepmendagri050(data, region: region))
    }

    /// The entry with exactly this code as the list writes it (`X.XX.01.2.01`, `2.17.02.2.01.0001`).
    public func entry(code: String) -> NomenclatureEntry? { indexByCode[code].map { entries[$0] } }

    /// The entries a printed official code can stand for: the code itself and, for programme `01` of a bidang,
    /// the support programme listed as `X.XX.01` (Setda and DPRD also have a `4.01.01`/`4.02.01` of their own).
    public func entries(for code: OfficialCode) -> [NomenclatureEntry] {
        var found = entry(code: code.text).map { [$0] } ?? []
        if code.isSupportProgramme, let support = entry(code: code.listCode) { found.append(support) }
        return found
    }

    /// The best official entry at `level` for a name printed without a code, or for a code whose own entry
    /// has another name.
    public func match(_ name: String, level: PlanLevel) -> NameMatch {
        let key = PlanName.key(name)
        let compact = PlanName.compact(key)
        if let exact = indexByCompactKey[level]?[compact], !exact.isEmpty {
            return NameMatch(agreement: .same, entries: exact.map { entries[$0] }, similarity: 1)
        }
        let tokens = NameTokens(key: key)
        var candidates = Set<Int>()
        let byWord = indexByWord[level] ?? [:]
        for word in tokens.words { candidates.formUnion(byWord[word] ?? []) }
        let ordered = candidates.sorted()

        // A near miss in spelling: the closest names within a few letters.
        var closest: (distance: Int, indexes: [Int])?
        for index in ordered {
            let entryCompact = PlanName.compact(entries[index].key)
            guard let distance = NameAgreement.spellingDistance(compact, entryCompact) else { continue }
            if closest == nil || distance < closest!.distance {
                closest = (distance, [index])
            } else if distance == closest!.distance {
                closest!.indexes.append(index)
            }
        }
        if let closest {
            let found = closest.indexes.map { entries[$0] }
            return NameMatch(agreement: NameAgreement(printed: name, official: found[0]), entries: found,
                             similarity: tokens.similarity(to: found[0].tokens))
        }

        var best: (index: Int, similarity: Double)?
        var containing: [Int] = []
        for index in ordered {
            let similarity = tokens.similarity(to: entries[index].tokens)
            if best == nil || similarity > best!.similarity { best = (index, similarity) }
            if tokens.words.isSubset(of: entries[index].tokens.words) { containing.append(index) }
        }
        guard let best else { return NameMatch(agreement: .different, entries: [], similarity: 0) }
        if best.similarity >= NameTokens.sameMeaningThreshold {
            return NameMatch(agreement: .reworded, entries: [entries[best.index]], similarity: best.similarity)
        }
        // A shortened official name is that entry when its words, enough to name one entry, are found
        // together in no other entry (see `Nomenclature.shortenedNameMinimumWords`).
        if tokens.words.count >= Nomenclature.shortenedNameMinimumWords, containing.count == 1, let only = containing.first {
            return NameMatch(agreement: .reworded, entries: [entries[only]], similarity: tokens.similarity(to: entries[only].tokens))
        }
        return NameMatch(agreement: .different, entries: [entries[best.index]], similarity: best.similarity)
    }

    /// `code<TAB>name` lines; the level follows from the number of code parts.
    static func parseKepmendagri050(_ data: String, region: RegionLevel) -> [NomenclatureEntry] {
        data.pieces(separatedBy: "\n").compactMap { line in
            let fields = line.pieces(separatedBy: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            let code = String(fields[0]), name = String(fields[1])
            let level: PlanLevel
            switch code.pieces(separatedBy: ".").count {
            case 2: level = .bidangUrusan
            case 3: level = .program
            case 5: level = .kegiatan
            case 6: level = .subKegiatan
            default: return nil
            }
            // The source lists the support programme without its region words, as many plans write it.
            let variants = code == "X.XX.01" ? [supportProgrammeShortName] : []
            return NomenclatureEntry(generation: .kepmendagri050, region: region, level: level, code: code, name: name,
                                     variantNames: variants)
        }
    }

    static let supportProgrammeShortName = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"

    /// Programmes 01–06 repeat under the same name in every bidang; each becomes one entry coded `X.XX.0n`.
    static func parsePermendagri13(_ data: String) -> [NomenclatureEntry] {
        var codesByKey: [String: [String]] = [:]
        var firstSpellings: [(key: String, name: String)] = []
        for line in data.pieces(separatedBy: "\n") {
            let fields = line.pieces(separatedBy: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 else { continue }
            let key = PlanName.key(fields[1])
            if codesByKey[key] == nil { firstSpellings.append((key, fields[1])) }
            codesByKey[key, default: []].append(fields[0])
        }
        return firstSpellings.map { spelling in
            NomenclatureEntry(generation: .permendagri13, region: nil, level: .program,
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

/// The official entries a printed name corresponds to, and how closely.
public struct NameMatch: Sendable, Hashable {
    public let agreement: NameAgreement
    /// The entries of that agreement, several when one name is listed under several codes; for `.different`
    /// the closest entry as a hint, or none when no entry shares a word.
    public let entries: [NomenclatureEntry]
    public let similarity: Double

    public var entry: NomenclatureEntry? { entries.first }
    /// Whether the name is recognised as an official entry (`.same`, `.misspelt` or `.reworded`).
    public var isRecognised: Bool { agreement != .different }
}
