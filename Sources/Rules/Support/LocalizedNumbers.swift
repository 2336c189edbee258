import Ingest

/// Numbers in messages and values, as each language writes them: Indonesian `1.234.567,5` (dots group
/// thousands, the comma marks decimals) and English `1,234,567.5`. A message built from these reads right
/// in both languages: "about 1,045–1,050" in English is never about a thousand.
extension Localized {
    /// `number(14257236000)` → `14.257.236.000` / `14,257,236,000`; `number(102.928, decimals: 2)` → `102,93` / `102.93`.
    public static func number(_ value: Double, decimals: Int = 0) -> Localized {
        indonesianNumber(IndonesianNumberFormat.format(value, decimals: decimals))
    }

    /// As many decimals as needed, up to `maximumDecimals`: `30,3` / `30.3`, `100`.
    public static func compactNumber(_ value: Double, maximumDecimals: Int = 2) -> Localized {
        indonesianNumber(IndonesianNumberFormat.formatCompact(value, maximumDecimals: maximumDecimals))
    }

    /// A run of whole digits of any length, grouped without passing through a `Double`: `1.234.567` / `1,234,567`.
    public static func grouped(wholeDigits: String) -> Localized {
        indonesianNumber(IndonesianNumberFormat.grouped(wholeDigits: wholeDigits))
    }

    /// A number our formatter wrote the Indonesian way, with its English spelling beside it (the marks swapped).
    private static func indonesianNumber(_ text: String) -> Localized {
        Localized(id: text, en: String(text.map { $0 == "." ? "," : $0 == "," ? "." : $0 }))
    }

    /// Text that reads the same in both languages (a name, a code, a year).
    public init(_ both: String) { self.init(id: both, en: both) }

    public static func + (lhs: Localized, rhs: Localized) -> Localized { Localized(id: lhs.id + rhs.id, en: lhs.en + rhs.en) }
    public static func + (lhs: Localized, rhs: String) -> Localized { Localized(id: lhs.id + rhs, en: lhs.en + rhs) }
    public static func + (lhs: String, rhs: Localized) -> Localized { Localized(id: lhs + rhs.id, en: lhs + rhs.en) }
}

extension Sequence where Element == Localized {
    /// The texts joined in each language.
    public func joined(separator: String) -> Localized {
        let items = Array(self)
        return Localized(id: items.map(\.id).joined(separator: separator), en: items.map(\.en).joined(separator: separator))
    }
}

extension Cell {
    /// The figure the cell states, written the way each language writes it: as the document wrote it where
    /// that already reads right (`2000`, `1.025` in Indonesian), re-spelt where it does not (the `1.5` of a
    /// US-style export is `1,5` in Indonesian; `1.025` is `1,025` in English). A text that is no figure, or
    /// whose reading is uncertain (`2.946`: thousands or decimals?), is quoted as it is.
    var stated: Localized {
        let written = text.trimmingWhitespace()
        guard let quantity, let value = quantity.value, !quantity.isAmbiguous,
              quantity.kind == .number || quantity.kind == .percent else { return Localized(written) }
        let suffix = quantity.kind == .percent ? "%" : quantity.unit.map { " " + $0 } ?? ""
        let respelt = .number(value, decimals: quantity.decimals) + suffix
        switch quantity.reading {
        case .plain: return Localized(written)
        case .indonesian: return Localized(id: written, en: respelt.en)
        case .english: return Localized(id: respelt.id, en: written)
        }
    }
}
