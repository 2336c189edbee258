import Ingest

/// A programme or kegiatan as one document has it, inside an aligned group: positions, not copies.
struct AlignedItem: Sendable {
    /// The document's position in the input order (0-based).
    var document: Int
    /// The position in that document's `items`.
    var item: Int
}

/// The same programme or kegiatan across documents.
struct PlanItemGroup: Sendable {
    var level: PlanLevel
    /// The official entry every member was recognised as; nil when the group was formed by name alone.
    var official: NomenclatureEntry?
    /// The official name, or the first member's name.
    var title: String
    var members: [AlignedItem]
    /// How many documents have a member here (a document may list a programme twice).
    var documentCount = 0
}

/// An indicator as one document has it, inside an aligned group.
struct AlignedIndicator: Sendable {
    var document: Int
    /// The position in that document's `indicators`.
    var indicator: Int
}

struct IndicatorGroup: Sendable {
    /// The first member's name.
    var title: String
    var members: [AlignedIndicator]
    var documentCount = 0
}

/// The documents side by side: programmes and kegiatan aligned by name (helped by the official
/// nomenclature), and the indicators that more than one document shares.
struct Comparison: Sendable {
    var documents: [DocumentSummary]
    /// Each programme group followed by the kegiatan groups under it; kegiatan found under no programme last.
    var planGroups: [PlanItemGroup]
    /// Indicators found in at least two documents.
    var indicatorGroups: [IndicatorGroup]

    init(documents: [DocumentSummary]) {
        self.documents = documents
        planGroups = Self.alignPlanItems(documents)
        indicatorGroups = Self.alignIndicators(documents)
    }

    func item(_ member: AlignedItem) -> PlanItemSummary { documents[member.document].items[member.item] }

    func indicator(_ member: AlignedIndicator) -> IndicatorSummary {
        documents[member.document].indicators[member.indicator]
    }

    /// The years found in any of `values`, ascending.
    static func years<S: Sequence>(_ values: S) -> [Int] where S.Element == Int { Set(values).sorted() }

    private static func alignPlanItems(_ documents: [DocumentSummary]) -> [PlanItemGroup] {
        var groups: [PlanItemGroup] = []
        var parents: [Int?] = []
        var groupByKey: [String: Int] = [:]
        var clusterers = [PlanLevel.program: NameClusterer(threshold: NameTokens.sameMeaningThreshold),
                          .kegiatan: NameClusterer(threshold: NameTokens.sameMeaningThreshold)]
        for (documentIndex, document) in documents.enumerated() {
            var groupOfItem: [Int] = []
            for (itemIndex, item) in document.items.enumerated() {
                let key: String
                if let entry = item.match?.recognised {
                    key = "official|\(entry.generation.rawValue)|\(entry.level.rawValue)|\(entry.key)"
                } else {
                    key = "name|\(item.level.rawValue)|\(clusterers[item.level]!.cluster(for: item.name))"
                }
                let group: Int
                if let existing = groupByKey[key] {
                    group = existing
                } else {
                    group = groups.count
                    groupByKey[key] = group
                    let official = item.match?.recognised
                    groups.append(PlanItemGroup(level: item.level, official: official,
                                                title: official?.name ?? item.name, members: []))
                    parents.append(item.programme.map { groupOfItem[$0] })
                }
                if groups[group].members.last?.document != documentIndex { groups[group].documentCount += 1 }
                groups[group].members.append(AlignedItem(document: documentIndex, item: itemIndex))
                groupOfItem.append(group)
            }
        }
        var ordered: [PlanItemGroup] = []
        let childrenByParent = Dictionary(grouping: groups.indices.filter { parents[$0] != nil }) { parents[$0]! }
        for index in groups.indices where groups[index].level == .program {
            ordered.append(groups[index])
            ordered += (childrenByParent[index] ?? []).map { groups[$0] }
        }
        ordered += groups.indices.filter { groups[$0].level != .program && parents[$0] == nil }.map { groups[$0] }
        return ordered
    }

    private static func alignIndicators(_ documents: [DocumentSummary]) -> [IndicatorGroup] {
        var clusterer = NameClusterer(threshold: NameTokens.sameMeaningThreshold)
        var groups: [IndicatorGroup] = []
        for (documentIndex, document) in documents.enumerated() {
            for (indicatorIndex, indicator) in document.indicators.enumerated() {
                let cluster = clusterer.cluster(for: indicator.name)
                if cluster == groups.count { groups.append(IndicatorGroup(title: indicator.name, members: [])) }
                if groups[cluster].members.last?.document != documentIndex { groups[cluster].documentCount += 1 }
                groups[cluster].members.append(AlignedIndicator(document: documentIndex, indicator: indicatorIndex))
            }
        }
        return groups.filter { $0.documentCount > 1 }
    }
}
