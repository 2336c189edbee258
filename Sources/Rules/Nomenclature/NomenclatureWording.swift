import Ingest

/// Message pieces the nomenclature rules share: which list, which entry, which node.
enum NomenclatureWording {
    /// `Kepmendagri 050-3708/2020 (kabupaten/kota)`, `Permendagri 13/2006`.
    static func list(_ entry: NomenclatureEntry) -> Localized {
        guard let region = entry.region else {
            return Localized(id: entry.generation.regulation, en: entry.generation.regulation)
        }
        let name = RegionWording.name(region)
        return Localized(id: "\(entry.generation.regulation) (\(name.id))", en: "\(entry.generation.regulation) (\(name.en))")
    }

    /// The lists a review looks names up in, for messages about what was not found.
    static func lists(_ review: NomenclatureReview) -> Localized {
        let lists = review.lists
        guard lists.count == 1, let region = lists[0].region else {
            let regulation = review.generation.regulation
            return Localized(id: regulation, en: regulation)
        }
        let name = RegionWording.name(region)
        return Localized(id: "\(review.generation.regulation) (\(name.id))", en: "\(review.generation.regulation) (\(name.en))")
    }

    /// `2.17.07 "PROGRAM PEMBERDAYAAN …"`.
    static func entry(_ entry: NomenclatureEntry) -> String { "\(entry.code) \"\(entry.name)\"" }

    static func level(_ level: PlanLevel) -> Localized { ChildBudgetSumRule.levelName(level) }

    /// `Kegiatan "…"` with the name shortened for a message; just the quoted name when it starts with its
    /// level word (`"PROGRAM PENUNJANG …"`). `key`: the name's `PlanName.key`, where the caller has it.
    static func node(_ node: PlanNode, key: String? = nil) -> Localized {
        let quoted = "\"\(node.name.shortened(to: 120))\""
        if key ?? PlanName.key(node.name) != NameNormalizer.normalize(node.name) { return Localized(id: quoted, en: quoted) }
        let level = level(node.level)
        return Localized(id: "\(level.id.capitalizedFirst) \(quoted)", en: "\(level.en.capitalizedFirst) \(quoted)")
    }

    /// The later lists that renamed, added and renumbered entries, which the tool does not hold.
    static let laterLists = "050-5889/2021, 900.1.15.5-3406/2024, 900.1-2850/2025"

    /// A finding's subject: the level, the official code it concerns (if any) and the printed name.
    static func subject(_ node: PlanNode, _ code: String? = nil, key: String? = nil) -> String {
        "\(node.level.rawValue)|\(code ?? "")|\(key ?? PlanName.key(node.name))"
    }
}
