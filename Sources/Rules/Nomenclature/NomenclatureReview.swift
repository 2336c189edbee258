import Ingest

/// What the nomenclature rules read from one document, worked out once per document (`DocumentFacts`):
/// the official list the plan is checked against and why, the region level its codes must carry, and each
/// programme, kegiatan and sub kegiatan with its printed code read and looked up by code and by name.
struct NomenclatureReview: Sendable {
    /// A plan node the rules look at, with what the lists say about it.
    struct Item: Sendable {
        var node: PlanNode
        /// The index of the nearest reviewed node above, if any.
        var parent: Int?
        var code: PrintedCode?
        /// The entries the printed code stands for at the node's level (empty when it has no official reading,
        /// is not in the list, or the plan is of the Permendagri 13/2006 generation).
        var codeEntries: [NomenclatureEntry]
        /// The printed name against the best of `codeEntries`.
        var codeAgreement: NameAgreement?
        /// The printed name looked up at its level, when the code does not settle it.
        var nameMatch: NameMatch?

        /// Whether the list holds the node's code or (something close to) its name.
        var isFoundInList: Bool { !codeEntries.isEmpty || nameMatch?.isRecognised == true }

        /// The official entries the node is taken to be: its code's when the name agrees with it, otherwise the
        /// entries its name is found under (same name or a slip of spelling).
        var officialEntries: [NomenclatureEntry] {
            if let codeAgreement, codeAgreement != .different, !codeEntries.isEmpty { return codeEntries }
            guard let nameMatch, nameMatch.agreement.namesEntry else { return [] }
            return nameMatch.entries
        }
    }

    /// The list the plan is checked against.
    let generation: NomenclatureGeneration
    let generationReason: Localized
    /// Whether the Kepmendagri 050-3708/2020 list was the one in force when the plan was drafted: the plan's
    /// period starts in 2021 or earlier and it is not a later revision. Later plans follow lists that
    /// renamed, added and renumbered entries (050-5889/2021, 900.1.15.5-3406/2024, 900.1-2850/2025), so
    /// for them only what those lists cannot explain is reported.
    let listInForce: Bool
    let region: RegionReading
    let items: [Item]
    /// The levels at which at least two thirds of the plan's names (or codes) are found in the list. Only
    /// there is a name the list does not hold an outlier worth reporting: where most are not found, the
    /// plan follows another list or its table was not read as printed.
    let mostlyOfficialLevels: Set<PlanLevel>

    /// The lists names and codes are looked up in: the region's, or both when the region is unknown.
    var lists: [NomenclatureList] { Self.lists(generation, region.level) }

    private static func lists(_ generation: NomenclatureGeneration, _ region: RegionLevel?) -> [NomenclatureList] {
        guard generation == .kepmendagri050 else { return [.permendagri13] }
        return region.map { [.kepmendagri050($0)] } ?? [.kabupatenKota, .provinsi]
    }

    static let reviewedLevels: Set<PlanLevel> = [.bidangUrusan, .program, .kegiatan, .subKegiatan]

    init(_ document: RenstraDocument) {
        var items: [Item] = []
        func walk(_ node: PlanNode, parent: Int?) {
            var parentOfChildren = parent
            if Self.reviewedLevels.contains(node.level) {
                items.append(Item(node: node, parent: parent, code: node.code.flatMap(PrintedCode.init),
                                  codeEntries: [], codeAgreement: nil, nameMatch: nil))
                parentOfChildren = items.count - 1
            }
            for child in node.children { walk(child, parent: parentOfChildren) }
        }
        for root in document.plan { walk(root, parent: nil) }

        region = RegionReading(document: document, items: items)
        let (generation, reason) = Self.generation(of: items, document: document, region: region.level)
        self.generation = generation
        generationReason = reason
        let period = document.metadata.period
        listInForce = generation == .kepmendagri050 && (period.map { $0.start <= 2021 } ?? false)
            && document.metadata.kind != .perubahanRenstra
        let lists = Self.lists(generation, region.level)
        for index in items.indices {
            Self.lookUp(&items[index], in: lists, generation: generation)
        }
        self.items = items
        mostlyOfficialLevels = Set([PlanLevel.program, .kegiatan, .subKegiatan].filter { level in
            let atLevel = items.filter { $0.node.level == level }
            let found = atLevel.filter { $0.isFoundInList }.count
            return !atLevel.isEmpty && 3 * found >= 2 * atLevel.count
        })
    }

    /// Looks the node up by its code (Permendagri 90/2019 generation only) and, unless the code's entry bears
    /// its name, by its name.
    private static func lookUp(_ item: inout Item, in lists: [NomenclatureList], generation: NomenclatureGeneration) {
        let level = item.node.level
        if generation == .permendagri13 {
            // Permendagri 13/2006 lists programmes only, and codes there depend on the organisation's numbering.
            if level == .program { item.nameMatch = bestMatch(item.node.name, level: level, in: lists) }
            return
        }
        if let official = item.code?.official, official.level == level {
            // A kegiatan's or sub kegiatan's kewenangan digit says whose list its code is from; other digits
            // (such as the 5 later lists give the Daerah Istimewa Yogyakarta's own affairs) are in neither.
            let codeLists: [NomenclatureList] = official.kewenangan.map { digit in
                RegionLevel(kewenanganDigit: digit).map { [NomenclatureList.kepmendagri050($0)] } ?? []
            } ?? lists
            let entries = codeLists.flatMap { $0.entries(for: official) }
            if !entries.isEmpty {
                let agreements = entries.map { NameAgreement(printed: item.node.name, official: $0) }
                let best = agreements.indices.min { rank(agreements[$0]) < rank(agreements[$1]) }!
                item.codeEntries = [entries[best]] + entries.indices.filter { $0 != best }.map { entries[$0] }
                item.codeAgreement = agreements[best]
                if agreements[best] == .same { return }
            }
        }
        item.nameMatch = bestMatch(item.node.name, level: level, in: lists)
    }

    /// Whether the item's code carries the kewenangan digit of the other region level than the plan's (NOM006).
    func hasForeignKewenangan(_ item: Item) -> Bool {
        guard let digit = item.code?.official?.kewenangan, let codeLevel = RegionLevel(kewenanganDigit: digit),
              let level = region.level else { return false }
        return codeLevel != level
    }

    /// Whether the node's name is an official name at another level (a kegiatan's name on a sub kegiatan row,
    /// or a row read at the wrong level): not a name missing from the list.
    func isNamedAtAnotherLevel(_ node: PlanNode) -> Bool {
        [PlanLevel.program, .kegiatan, .subKegiatan].contains { level in
            level != node.level && Self.bestMatch(node.name, level: level, in: lists).agreement.namesEntry
        }
    }

    /// The best match over several lists; the first list wins ties.
    static func bestMatch(_ name: String, level: PlanLevel, in lists: [NomenclatureList]) -> NameMatch {
        let matches = lists.map { $0.match(name, level: level) }
        return matches.indices.min { (rank(matches[$0].agreement), -matches[$0].similarity, $0)
            < (rank(matches[$1].agreement), -matches[$1].similarity, $1) }.map { matches[$0] }!
    }

    private static func rank(_ agreement: NameAgreement) -> Int {
        switch agreement {
        case .same: return 0
        case .misspelt: return 1
        case .reworded: return 2
        case .different: return 3
        }
    }

    /// The list most programme names are found in; the plan period decides when the names do not (plans
    /// starting before 2021 were drafted under Permendagri 13/2006).
    private static func generation(of items: [Item], document: RenstraDocument,
                                   region: RegionLevel?) -> (NomenclatureGeneration, Localized) {
        let programmes = items.filter { $0.node.level == .program }.map(\.node.name)
        let newerLists = lists(.kepmendagri050, region)
        let newer = programmes.filter { name in newerLists.contains { $0.match(name, level: .program).isRecognised } }.count
        let older = programmes.filter { NomenclatureList.permendagri13.match($0, level: .program).isRecognised }.count
        if newer != older {
            let generation: NomenclatureGeneration = newer > older ? .kepmendagri050 : .permendagri13
            let found = max(newer, older)
            return (generation, Localized(
                id: "\(found) dari \(programmes.count) nama program ditemukan dalam \(generation.regulation)",
                en: "\(found) of \(programmes.count) programme names are found in \(generation.regulation)"))
        }
        if let period = document.metadata.period, period.start < 2021 {
            return (.permendagri13, Localized(
                id: "periode rencana \(period.start)–\(period.end) dimulai sebelum 2021",
                en: "the plan period \(period.start)–\(period.end) starts before 2021"))
        }
        return (.kepmendagri050, Localized(id: "rencana generasi Permendagri 90/2019", en: "a Permendagri 90/2019-generation plan"))
    }
}
