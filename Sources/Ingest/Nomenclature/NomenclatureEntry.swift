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

    /// The regulation's short name, for messages that say which list a finding used.
    public var regulation: String {
        switch self {
        case .kepmendagri050: return "Kepmendagri 050-3708/2020"
        case .permendagri13: return "Permendagri 13/2006"
        }
    }
}

/// Whose list an entry of the Permendagri 90/2019 generation belongs to: kegiatan and sub kegiatan carry the
/// level in their kewenangan digit (`2.17.02.`**`2`**`.01`), programmes are listed for each level separately.
public enum RegionLevel: String, Sendable, Codable, CaseIterable {
    case provinsi
    case kabupatenKota = "kabupaten-kota"

    /// The kewenangan digit of this level's kegiatan and sub kegiatan codes.
    public var kewenanganDigit: Int {
        switch self {
        case .provinsi: return 1
        case .kabupatenKota: return 2
        }
    }

    public init?(kewenanganDigit: Int) {
        switch kewenanganDigit {
        case 1: self = .provinsi
        case 2: self = .kabupatenKota
        default: return nil
        }
    }
}

/// The regions the regulation gives entries of their own, by their special autonomy.
public enum SpecialRegion: String, Sendable, Codable {
    case aceh
    /// Daerah Istimewa Yogyakarta.
    case diy
}

/// One official bidang urusan, programme, kegiatan or sub kegiatan.
public struct NomenclatureEntry: Sendable, Hashable {
    public let generation: NomenclatureGeneration
    /// The list the entry is from; nil for Permendagri 13/2006, which has one list for every region.
    public let region: RegionLevel?
    public let level: PlanLevel
    /// The code in that list; `X.XX` stands for the agency's own urusan and bidang.
    public let code: String
    public let name: String
    /// `PlanName.key(name)`.
    public let key: String
    /// Set for the entries only Aceh or the Daerah Istimewa Yogyakarta have (run across their agencies under
    /// their special autonomy).
    public let specialRegion: SpecialRegion?
    /// Keys of other forms the list accepts for this entry (the support programme without its region words).
    let variantKeys: [String]

    init(generation: NomenclatureGeneration, region: RegionLevel?, level: PlanLevel, code: String, name: String,
         specialRegion: SpecialRegion? = nil, variantNames: [String] = []) {
        self.generation = generation
        self.region = region
        self.level = level
        self.code = code
        self.name = name
        self.specialRegion = specialRegion
        self.key = PlanName.key(name)
        self.variantKeys = variantNames.map(PlanName.key)
    }

    /// The name's content words (worked out on each use; lists keep them where they search by word).
    public var tokens: NameTokens { NameTokens(key: key) }

    /// The code of the bidang urusan the entry belongs to (`2.17`), nil for the support programme `X.XX.01…`
    /// that every agency has and for the Aceh block whose urusan digit is unknown.
    public var bidangCode: String? {
        let parts = code.pieces(separatedBy: ".")
        guard parts.count >= 2, parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber) else { return nil }
        return "\(parts[0]).\(parts[1])"
    }

    /// The code of the entry above this one: the kegiatan of a sub kegiatan, the programme of a kegiatan,
    /// the bidang of a programme.
    public var parentCode: String? {
        let parts = code.pieces(separatedBy: ".")
        switch level {
        case .subKegiatan: return parts.dropLast().joined(separator: ".")
        case .kegiatan: return parts.dropLast(2).joined(separator: ".")
        case .program: return parts.dropLast().joined(separator: ".")
        default: return nil
        }
    }
}
