import Foundation

/// One official list: Kepmendagri 050-3708/2020 for provinsi or for kabupaten/kota, or the Permendagri
/// 13/2006 programmes. The embedded text is split into rows on first use of the list; the names of a level
/// are normalised and indexed (by name, by content word) only when a plan is first looked up at that level,
/// so a plan whose names all match costs no word index, and none costs the levels it does not have. A lint
/// run builds the kabupaten/kota list's on an idle core while it reads (`prepareInBackground`).
public final class NomenclatureList: @unchecked Sendable {
    // Sendable by hand: `levelIndexes` is read and filled only while holding `lock`.
    public static let kabupatenKota = NomenclatureList(
        kepmendagri050: NomenclatureData.kepmendagri050KabupatenKota, region: .kabupatenKota)
    public static let provinsi = NomenclatureList(kepmendagri050: NomenclatureData.kepmendagri050Provinsi, region: .provinsi)
    public static let permendagri13 = NomenclatureList(
        generation: .permendagri13, region: nil,
        rows: permendagri13Rows(NomenclatureData.permendagri13Programs).map { Row(code: $0.code, name: $0.name, level: .program) })

    /// Kepmendagri 050-3708/2020 for `region`.
    public static func kepmendagri050(_ region: RegionLevel) -> NomenclatureList {
        region == .provinsi ? provinsi : kabupatenKota
    }

    public let generation: NomenclatureGeneration
    /// Nil for Permendagri 13/2006, one list for every region.
    public let region: RegionLevel?
    /// One line of the embedded text.
    struct Row {
        var code: String
        var name: String
        var level: PlanLevel
        var specialRegion: SpecialRegion? = nil
    }

    private let rowsByLevel: [PlanLevel: [Row]]
    /// Level and position within it, by code as the list writes it.
    private let positionByCode: [String: (level: PlanLevel, index: Int)]
    private let lock = NSLock()
    private var levelIndexes: [PlanLevel: NomenclatureLevelIndex] = [:]

    init(generation: NomenclatureGeneration, region: RegionLevel?, rows: [Row]) {
        self.generation = generation
        self.region = region
        var byLevel: [PlanLevel: [Row]] = [:]
        var byCode: [String: (level: PlanLevel, index: Int)] = [:]
        for row in rows {
            byCode[row.code] = (row.level, byLevel[row.level]?.count ?? 0)
            byLevel[row.level, default: []].append(row)
        }
        rowsByLevel = byLevel
        positionByCode = byCode
    }

    convenience init(kepmendagri050 data: String, region: RegionLevel) {
        let rows = Self.rows(data).compactMap { fields -> Row? in
            Self.level(ofCode: fields.code).map { Row(code: fields.code, name: fields.name, level: $0,
                                                     specialRegion: fields.special.flatMap(SpecialRegion.init)) }
        }
        self.init(generation: .kepmendagri050, region: region, rows: rows)
    }

    /// Every entry of every level.
    public var entries: [NomenclatureEntry] {
        PlanLevel.allCases.flatMap { rowsByLevel[$0] == nil ? [] : index($0).entries }
    }

    /// The entries of one level.
    public func entries(at level: PlanLevel) -> [NomenclatureEntry] {
        rowsByLevel[level] == nil ? [] : index(level).entries
    }

    /// The entry with exactly this code as the list writes it (`X.XX.01.2.01`, `2.17.02.2.01.0001`).
    public func entry(code: String) -> NomenclatureEntry? {
        positionByCode[code].map { index($0.level).entries[$0.index] }
    }

    /// The entries a printed official code can stand for: the code itself and, for programme `01` of a bidang,
    /// the support programme listed as `X.XX.01` (Setda and DPRD also have a `4.01.01`/`4.02.01` of their own).
    public func entries(for code: OfficialCode) -> [NomenclatureEntry] {
        var found = entry(code: code.text).map { [$0] } ?? []
        if code.isSupportProgramme, let support = entry(code: code.listCode) { found.append(support) }
        return found
    }

    /// The best official entry at `level` for a name printed without a code, or for a code whose own entry
    /// has another name (see `NomenclatureLevelIndex.match`).
    public func match(_ name: String, level: PlanLevel) -> NameMatch {
        match(key: PlanName.key(name), level: level)
    }

    /// The same for a name already in `PlanName.key` form, for a caller that looks one name up in several
    /// lists or levels.
    public func match(key: String, level: PlanLevel) -> NameMatch {
        guard rowsByLevel[level] != nil else { return NameMatch(agreement: .different, entries: [], similarity: 0) }
        return index(level).match(key: key)
    }

    private func index(_ level: PlanLevel) -> NomenclatureLevelIndex {
        lock.withLock {
            if let known = levelIndexes[level] { return known }
            let entries = (rowsByLevel[level] ?? []).map { row in
                // The source lists the support programme without its region words, as many plans write it.
                NomenclatureEntry(generation: generation, region: region, level: level, code: row.code, name: row.name,
                                  specialRegion: row.specialRegion,
                                  variantNames: row.code == "X.XX.01" && generation == .kepmendagri050 ? [Self.supportProgrammeShortName] : [])
            }
            let built = NomenclatureLevelIndex(entries: entries)
            levelIndexes[level] = built
            return built
        }
    }

    /// Builds, on a thread of its own, what the first look-ups of a kabupaten/kota plan would otherwise build
    /// on their way (the kabupaten/kota list's rows, the name and word indexes of its programmes, kegiatan
    /// and sub kegiatan, the vocabulary that weighs slips of spelling), while the caller reads its input.
    /// Reading a plan's table leaves a core idle for a while, and on a plan of ordinary size these indexes
    /// are a fifth of the run; a plan that needs another list builds it as before.
    public static func prepareInBackground() {
        DispatchQueue.global(qos: .userInitiated).async {
            for level in [PlanLevel.program, .kegiatan, .subKegiatan] { kabupatenKota.index(level).prepareWordIndex() }
            NomenclatureVocabulary.prepare()
        }
    }

    static let supportProgrammeShortName = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"

    /// Two code parts for a bidang, three for a programme, five for a kegiatan, six for a sub kegiatan.
    static func level(ofCode code: String) -> PlanLevel? {
        switch code.utf8.reduce(1, { $1 == UInt8(ascii: ".") ? $0 + 1 : $0 }) {
        case 2: return .bidangUrusan
        case 3: return .program
        case 5: return .kegiatan
        case 6: return .subKegiatan
        default: return nil
        }
    }

    /// `code<TAB>name` lines, some with `<TAB>diy` or `<TAB>aceh` after, read byte by byte.
    static func rows(_ data: String) -> [(code: String, name: String, special: String?)] {
        var rows: [(code: String, name: String, special: String?)] = []
        var text = data
        text.withUTF8 { bytes in
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let tabs = (start..<end).filter { bytes[$0] == UInt8(ascii: "\t") }
                if let first = tabs.first {
                    let nameEnd = tabs.count > 1 ? tabs[1] : end
                    rows.append((text(start..<first), text((first + 1)..<nameEnd), tabs.count > 1 ? text((tabs[1] + 1)..<end) : nil))
                }
                start = end + 1
            }
        }
        return rows
    }

    /// Programmes 01–06 repeat under the same name in every bidang; each becomes one row coded `X.XX.0n`.
    static func permendagri13Rows(_ data: String) -> [(code: String, name: String)] {
        var codesByKey: [String: [String]] = [:]
        var firstSpellings: [(key: String, name: String)] = []
        for row in rows(data) {
            let key = PlanName.key(row.name)
            if codesByKey[key] == nil { firstSpellings.append((key, row.name)) }
            codesByKey[key, default: []].append(row.code)
        }
        return firstSpellings.map { (commonCode(codesByKey[$0.key]!), $0.name) }
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
