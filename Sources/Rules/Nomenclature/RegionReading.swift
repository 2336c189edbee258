import Ingest

/// Whether the plan is a provinsi's or a kabupaten/kota's, and how that is known: stated by the document
/// (its city is a `Kota`/`Kabupaten`) or inferred from its own codes and support programme name.
struct RegionReading: Sendable {
    enum Basis: Sendable {
        /// The front matter names the city or regency.
        case stated(city: String)
        /// Most kewenangan digits of the plan's codes say so.
        case kewenanganDigits(matching: Int, of: Int)
        /// The support programme is named for this level (`… KABUPATEN/KOTA`, `… PROVINSI`).
        case supportProgramme(line: Int)
    }

    let level: RegionLevel?
    let basis: Basis?
    /// The kewenangan digit most of the plan's kegiatan and sub kegiatan codes carry (1 or 2), if any.
    let prevailingDigit: Int?

    init(document: RenstraDocument, items: [NomenclatureReview.Item]) {
        let digits = items.compactMap { $0.code?.official?.kewenangan }.filter { RegionLevel(kewenanganDigit: $0) != nil }
        let counts = Dictionary(grouping: digits, by: { $0 }).mapValues(\.count)
        let top = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        // Two thirds of the codes, so that a few slips do not decide the level.
        prevailingDigit = top.flatMap { 3 * $0.value >= 2 * digits.count ? $0.key : nil }

        if let city = document.metadata.city, Self.namesRegency(city) {
            level = .kabupatenKota
            basis = .stated(city: city)
        } else if let digit = prevailingDigit, let top {
            level = RegionLevel(kewenanganDigit: digit)
            basis = .kewenanganDigits(matching: top.value, of: digits.count)
        } else if let support = items.first(where: { Self.supportProgrammeLevel($0) != nil }) {
            level = Self.supportProgrammeLevel(support)
            basis = .supportProgramme(line: support.node.lines.first)
        } else {
            level = nil
            basis = nil
        }
    }

    /// `Kota Bekasi`, `Kabupaten Jember`; not the generic `Kabupaten/Kota` of a nomenclature name read as a city.
    private static func namesRegency(_ city: String) -> Bool {
        let words = PlanName.key(city).pieces(separatedBy: " ")
        guard words.count >= 2, words[0] == "kota" || words[0] == "kabupaten" else { return false }
        return !["kota", "kabupaten", "provinsi"].contains(words[1])
    }

    /// `PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI` or `… KABUPATEN/KOTA`.
    private static func supportProgrammeLevel(_ item: NomenclatureReview.Item) -> RegionLevel? {
        guard item.node.level == .program else { return nil }
        let key = item.key
        guard key.hasPrefix("penunjang urusan pemerintah") else { return nil }
        if key.hasSuffix(" provinsi") { return .provinsi }
        if key.hasSuffix(" kabupaten kota") { return .kabupatenKota }
        return nil
    }

    /// Whether the document states its level and its own codes bear it out: only then is a code with the
    /// other level's digit certainly wrong.
    var isCertain: Bool {
        guard case .stated = basis, let level else { return false }
        return prevailingDigit == level.kewenanganDigit
    }

    /// How the level was found, for messages.
    var explanation: Localized {
        let name = level.map(RegionWording.name) ?? Localized(id: "tidak diketahui", en: "unknown")
        switch basis {
        case .stated(let city)?:
            return Localized(id: "\(name.id) (\(city))", en: "\(name.en) (\(city))")
        case .kewenanganDigits(let matching, let total)?:
            return Localized(id: "\(name.id) (dianggap dari digit kewenangan \(matching) dari \(total) kode)",
                             en: "\(name.en) (assumed from the kewenangan digit of \(matching) of \(total) codes)")
        case .supportProgramme(let line)?:
            return Localized(id: "\(name.id) (dianggap dari nama program penunjang, baris \(line))",
                             en: "\(name.en) (assumed from the support programme's name, line \(line))")
        case nil:
            return name
        }
    }
}

/// Names of region levels and lists in messages.
enum RegionWording {
    static func name(_ level: RegionLevel) -> Localized {
        switch level {
        case .provinsi: return Localized(id: "provinsi", en: "provinsi")
        case .kabupatenKota: return Localized(id: "kabupaten/kota", en: "kabupaten/kota")
        }
    }
}
