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

/// Looks the names of a plan's programmes and kegiatan up in the official lists, for aligning plans: the
/// kabupaten/kota programmes and kegiatan of Kepmendagri 050-3708/2020 and the Permendagri 13/2006 programmes.
public struct Nomenclature: Sendable {
    public static let official = Nomenclature(lists: [.kabupatenKota, .permendagri13])

    let lists: [NomenclatureList]

    init(lists: [NomenclatureList]) {
        self.lists = lists
    }

    /// The programmes and kegiatan names are matched against.
    public var entries: [NomenclatureEntry] {
        lists.flatMap(\.entries).filter { $0.level == .program || $0.level == .kegiatan }
    }

    /// The best official entry for a plan node's name at `level`, searching the given lists: the same name
    /// first (an earlier list wins), then a slip of spelling or another wording of one entry, the most
    /// similar first (equally similar names resolve to the earlier list).
    public func match(_ name: String, level: PlanLevel,
                      in generations: [NomenclatureGeneration] = NomenclatureGeneration.allCases) -> NomenclatureMatch {
        let key = PlanName.key(name)
        let matches = generations.flatMap { generation in lists.filter { $0.generation == generation } }
            .map { $0.match(key: key, level: level) }
        if let same = matches.first(where: { $0.agreement == .same }) {
            return NomenclatureMatch(kind: .exact, entry: same.entry, similarity: 1)
        }
        let recognised = matches.filter(\.isRecognised)
        if let best = recognised.indices.min(by: { recognised[$0].similarity > recognised[$1].similarity
            || recognised[$0].similarity == recognised[$1].similarity && $0 < $1 }) {
            return NomenclatureMatch(kind: .similar, entry: recognised[best].entry, similarity: recognised[best].similarity)
        }
        let closest = matches.indices.min { matches[$0].similarity > matches[$1].similarity
            || matches[$0].similarity == matches[$1].similarity && $0 < $1 }
        return NomenclatureMatch(kind: .unrecognised, entry: closest.flatMap { matches[$0].entry },
                                 similarity: closest.map { matches[$0].similarity } ?? 0)
    }
}
