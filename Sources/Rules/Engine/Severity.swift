/// `error` = arithmetic or structural certainty; `warning` = likely wrong, a reviewer should judge;
/// `info` = worth a look.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var label: Localized {
        switch self {
        case .error: return Localized(id: "galat", en: "error")
        case .warning: return Localized(id: "peringatan", en: "warning")
        case .info: return Localized(id: "info", en: "info")
        }
    }
}

/// Rule families; their raw values are part of the JSON output contract.
public enum RuleFamily: String, Sendable, Codable, CaseIterable {
    case totals
    case numbering
    case period
    case duplicates
    case ratios
    case counts
    case crossTable = "cross-table"
    case values
    case references
    case nomenclature
    /// Performance trees (pohon kinerja): labels, boxes and their cascade.
    case tree
    /// Two documents of one cascade compared (a performance tree and its Renstra).
    case crossDocument = "cross-document"

    /// The identifier prefix of the family's rules (`TOT001`).
    public var prefix: String {
        switch self {
        case .totals: return "TOT"
        case .numbering: return "NUM"
        case .period: return "PER"
        case .duplicates: return "DUP"
        case .ratios: return "RAT"
        case .counts: return "CNT"
        case .crossTable: return "XTB"
        case .values: return "VAL"
        case .references: return "REF"
        case .nomenclature: return "NOM"
        case .tree: return "TRE"
        case .crossDocument: return "XDC"
        }
    }

    public var title: Localized {
        switch self {
        case .totals: return Localized(id: "Jumlah", en: "Totals")
        case .numbering: return Localized(id: "Penomoran", en: "Numbering")
        case .period: return Localized(id: "Periode", en: "Period")
        case .duplicates: return Localized(id: "Duplikasi", en: "Duplicates")
        case .ratios: return Localized(id: "Rasio", en: "Ratios")
        case .counts: return Localized(id: "Hitungan", en: "Counts")
        case .crossTable: return Localized(id: "Antartabel", en: "Cross-table")
        case .values: return Localized(id: "Nilai", en: "Values")
        case .references: return Localized(id: "Rujukan", en: "References")
        case .nomenclature: return Localized(id: "Nomenklatur", en: "Nomenclature")
        case .tree: return Localized(id: "Pohon kinerja", en: "Performance tree")
        case .crossDocument: return Localized(id: "Antardokumen", en: "Cross-document")
        }
    }
}
