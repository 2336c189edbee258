import Ingest

/// What the nomenclature rules read from one document, worked out once per document (`DocumentFacts`):
/// the official list the plan is checked against and why, the region level its codes must carry, and each
/// programme, kegiatan and sub kegiatan with its printed code read and looked up by code and by name.
struct NomenclatureReview: Sendable {
    /// A plan node the rules look at, with what the lists say about it.
    ///
    /// A reference that never changes once looked up: every nomenclature rule walks the items, and a copy
    /// then costs one retain instead of one for each of its node, texts and lists.
    final class Item: Sendable {
        let node: PlanNode
        /// The node's name in `PlanName.key` form, the form every look-up compares.
        let key: String
        /// The index of the nearest reviewed node above, if any.
        let parent: Int?
        let code: PrintedCode?
        /// The entries the printed code stands for at the node's level (empty when it has no official reading,
        /// is not in the list, or the plan is of the Permendagri 13/2006 generation).
        let codeEntries: [NomenclatureEntry]
        /// The printed name against the best of `codeEntries`.
        let codeAgreement: NameAgreement?
        /// The printed name looked up at its level, when the code does not settle it.
        let nameMatch: NameMatch?

        /// A node not looked up yet.
        init(node: PlanNode, key: String, parent: Int?, code: PrintedCode?) {
            (self.node, self.key, self.parent, self.code) = (node, key, parent, code)
            (codeEntries, codeAgreement, nameMatch) = ([], nil, nil)
        }

        private init(_ item: Item, codeEntries: [NomenclatureEntry], codeAgreement: NameAgreement?, nameMatch: NameMatch?) {
            (node, key, parent, code) = (item.node, item.key, item.parent, item.code)
            (self.codeEntries, self.codeAgreement, self.nameMatch) = (codeEntries, codeAgreement, nameMatch)
        }

        /// The same node with what the lists say about it.
        func lookedUp(codeEntries: [NomenclatureEntry] = [], codeAgreement: NameAgreement? = nil, nameMatch: NameMatch? = nil) -> Item {
            Item(self, codeEntries: codeEntries, codeAgreement: codeAgreement, nameMatch: nameMatch)
        }

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
        // Room for every item at once: grown as it went, a large plan's items took up to twice their memory.
        var items: [Item] = []
        items.reserveCapacity(document.allPlanNodes.reduce(0) { $0 + (Self.reviewedLevels.contains($1.level) ? 1 : 0) })
        func walk(_ node: PlanNode, parent: Int?) {
            var parentOfChildren = parent
            if Self.reviewedLevels.contains(node.level) {
                items.append(Item(node: node, key: PlanName.key(node.name), parent: parent, code: node.code.flatMap(PrintedCode.init)))
                parentOfChildren = items.count - 1
            }
            for child in node.children { walk(child, parent: parentOfChildren) }
        }
        for root in document.plan { walk(root, parent: nil) }

        region = RegionReading(document: document, items: items)
        var matches = NameMatches()
        let (generation, reason) = Self.generation(of: items, document: document, region: region.level, matches: &matches)
        self.generation = generation
        generationReason = reason
        let period = document.metadata.period
        listInForce = generation == .kepmendagri050 && (period.map { $0.start <= 2021 } ?? false)
            && document.metadata.kind != .perubahanRenstra
        let lists = Self.lists(generation, region.level)
        for index in items.indices {
            items[index] = Self.lookUp(items[index], in: lists, generation: generation, matches: &matches)
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
    private static func lookUp(_ item: Item, in lists: [NomenclatureList], generation: NomenclatureGeneration,
                               matches: inout NameMatches) -> Item {
        let level = item.node.level, key = item.key
        if generation == .permendagri13 {
            // Permendagri 13/2006 lists programmes only, and codes there depend on the organisation's numbering.
            guard level == .program else { return item }
            return item.lookedUp(nameMatch: best(lists.map { matches.match(key, level: level, in: $0) }))
        }
        var codeEntries: [NomenclatureEntry] = [], codeAgreement: NameAgreement?
        if let official = item.code?.official, official.level == level {
            // A kegiatan's or sub kegiatan's kewenangan digit says whose list its code is from; other digits
            // (such as the 5 later lists give the Daerah Istimewa Yogyakarta's own affairs) are in neither.
            let codeLists: [NomenclatureList] = official.kewenangan.map { digit in
                RegionLevel(kewenanganDigit: digit).map { [NomenclatureList.kepmendagri050($0)] } ?? []
            } ?? lists
            let entries = codeLists.flatMap { $0.entries(for: official) }
            if !entries.isEmpty {
                let agreements = entries.map { NameAgreement(printedKey: key, official: $0) }
                let best = agreements.indices.min { rank(agreements[$0]) < rank(agreements[$1]) }!
                codeEntries = [entries[best]] + entries.indices.filter { $0 != best }.map { entries[$0] }
                codeAgreement = agreements[best]
                if agreements[best] == .same { return item.lookedUp(codeEntries: codeEntries, codeAgreement: codeAgreement) }
            }
        }
        return item.lookedUp(codeEntries: codeEntries, codeAgreement: codeAgreement,
                             nameMatch: best(lists.map { matches.match(key, level: level, in: $0) }))
    }

    /// Whether the item's code carries the kewenangan digit of the other region level than the plan's (NOM006).
    func hasForeignKewenangan(_ item: Item) -> Bool {
        guard let digit = item.code?.official?.kewenangan, let codeLevel = RegionLevel(kewenanganDigit: digit),
              let level = region.level else { return false }
        return codeLevel != level
    }

    /// Whether the item's name is an official name at another level (a kegiatan's name on a sub kegiatan row,
    /// or a row read at the wrong level): not a name missing from the list.
    func isNamedAtAnotherLevel(_ item: Item) -> Bool {
        [PlanLevel.program, .kegiatan, .subKegiatan].contains { level in
            level != item.node.level && Self.best(lists.map { $0.match(key: item.key, level: level) }).agreement.namesEntry
        }
    }

    /// The best of one name's matches in several lists; the first list wins ties.
    private static func best(_ matches: [NameMatch]) -> NameMatch {
        matches.indices.min { (rank(matches[$0].agreement), -matches[$0].similarity, $0)
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
    private static func generation(of items: [Item], document: RenstraDocument, region: RegionLevel?,
                                   matches: inout NameMatches) -> (NomenclatureGeneration, Localized) {
        let programmes = items.filter { $0.node.level == .program }.map(\.key)
        let newerLists = lists(.kepmendagri050, region)
        let newer = programmes.filter { key in newerLists.contains { matches.match(key, level: .program, in: $0).isRecognised } }.count
        let older = programmes.filter { matches.match($0, level: .program, in: .permendagri13).isRecognised }.count
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

/// One document's look-ups, each name (key), level and list worked out once: plans repeat names (the same
/// sub kegiatan under several programmes or agencies), and the choice of list looks up the programme names
/// the review then looks up again.
private struct NameMatches {
    private struct Query: Hashable {
        var key: String
        var level: PlanLevel
        var list: ObjectIdentifier
    }

    private var known: [Query: NameMatch] = [:]

    mutating func match(_ key: String, level: PlanLevel, in list: NomenclatureList) -> NameMatch {
        let query = Query(key: key, level: level, list: ObjectIdentifier(list))
        if let match = known[query] { return match }
        let match = list.match(key: key, level: level)
        known[query] = match
        return match
    }
}
