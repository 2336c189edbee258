import Ingest
import Rules

/// A figure as the comparison shows it: a number where the document printed one, otherwise its text.
enum ComparisonValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case number(Double)
    case empty

    /// A cell's number (money, percent or count), its text when it is not a number, `.empty` when blank.
    init(_ cell: Cell?) {
        guard let cell, !cell.isBlank else { self = .empty; return }
        if let quantity = cell.quantity, let value = quantity.value,
           [.number, .percent, .money].contains(quantity.kind) {
            self = .number(value)
        } else {
            self = .text(cell.text.trimmingWhitespace())
        }
    }

    init(_ number: Double?) { self = number.map(ComparisonValue.number) ?? .empty }
    init(_ text: String?) { self = text.map(ComparisonValue.text) ?? .empty }
}

struct YearAmount: Sendable, Hashable {
    var year: Int
    var amount: Double
}

/// A programme or kegiatan of one document, with its nomenclature match and yearly budgets.
struct PlanItemSummary: Sendable {
    var level: PlanLevel
    var code: String?
    var name: String
    var line: Int
    /// Nil when no official list covers this level for the document's generation (kegiatan of a
    /// Permendagri 13/2006 plan: that list names programmes only).
    var match: NomenclatureMatch?
    var budgets: [YearAmount]
    var endOfPeriodBudget: Double?
    /// The position, in the document's items, of the programme a kegiatan belongs to.
    var programme: Int?
}

/// An indicator of a plan node, with its baseline and yearly targets.
struct IndicatorSummary: Sendable {
    var name: String
    var unit: String?
    /// The programme, kegiatan or sub kegiatan the indicator measures.
    var ownerName: String
    var ownerLevel: PlanLevel
    var baseline: ComparisonValue
    /// Targets in year order.
    var targets: [YearValue]
    var endOfPeriodTarget: ComparisonValue
    var line: Int

    func target(for year: Int) -> ComparisonValue { targets.first { $0.year == year }?.value ?? .empty }
}

struct YearValue: Sendable, Hashable {
    var year: Int
    var value: ComparisonValue
}

/// Which nomenclature a document's programme names come from.
struct NomenclatureProfile: Sendable, Hashable {
    var programmes: Int
    var recognised: [NomenclatureGeneration: Int]

    /// The list most programmes were found in; nil when none was found or two lists tie.
    var generation: NomenclatureGeneration? {
        let ranked = recognised.filter { $0.value > 0 }.sorted { $0.value > $1.value }
        guard let top = ranked.first, ranked.dropFirst().first?.value != top.value else { return nil }
        return top.key
    }

    var recognisedInGeneration: Int { generation.map { recognised[$0] ?? 0 } ?? 0 }
}

/// Everything the comparison needs from one document: small enough to keep thousands in memory once the
/// document itself has been dropped.
struct DocumentSummary: Sendable {
    var path: String
    var city: String?
    var agency: String?
    var kind: DocumentKind
    var period: PlanPeriod?
    /// The years of the plan's budgets and targets and of the year columns of its plan and target tables.
    var years: [Int]
    var programmeCount: Int
    var kegiatanCount: Int
    var subKegiatanCount: Int
    /// Programmes and kegiatan in document order.
    var items: [PlanItemSummary]
    var indicators: [IndicatorSummary]
    var nomenclature: NomenclatureProfile
    var findingsBySeverity: [Severity: Int]
    var findingsByFamily: [RuleFamily: Int]

    /// The indicative budget per year: the sum over programmes of that year's budget.
    var budgetByYear: [YearAmount] {
        var sums: [Int: Double] = [:]
        for item in items where item.level == .program {
            for budget in item.budgets { sums[budget.year, default: 0] += budget.amount }
        }
        return sums.keys.sorted().map { YearAmount(year: $0, amount: sums[$0]!) }
    }

    /// The sum of the yearly budgets within the declared period (all years when none is declared): a
    /// transition-year column such as Bekasi's 2030 is shown by year but is not part of the period.
    var periodBudget: Double? {
        let years = budgetByYear.filter { period?.years.contains($0.year) ?? true }
        return years.isEmpty ? nil : years.reduce(0) { $0 + $1.amount }
    }

    init(document: RenstraDocument, findings: [Finding], nomenclature: Nomenclature = .official) {
        path = document.path
        city = document.metadata.city
        agency = document.metadata.agency
        kind = document.metadata.kind
        period = document.metadata.period
        let nodes = document.allPlanNodes
        programmeCount = nodes.filter { $0.level == .program }.count
        kegiatanCount = nodes.filter { $0.level == .kegiatan }.count
        subKegiatanCount = nodes.filter { $0.level == .subKegiatan }.count

        var items: [PlanItemSummary] = []
        var indicators: [IndicatorSummary] = []
        Self.collect(document.plan, programme: nil, into: &items, indicators: &indicators)
        let programmeMatches = items.map { item in
            item.level == .program ? nomenclature.match(item.name, level: .program) : nil
        }
        var recognised: [NomenclatureGeneration: Int] = [:]
        for case let entry? in programmeMatches.map({ $0?.recognised }) { recognised[entry.generation, default: 0] += 1 }
        let profile = NomenclatureProfile(programmes: programmeCount, recognised: recognised)
        // Only Kepmendagri 050 lists kegiatan; a Permendagri 13/2006 plan's kegiatan have nothing to match.
        let kegiatanChecked = profile.generation != .permendagri13
        for index in items.indices {
            if items[index].level == .program {
                items[index].match = programmeMatches[index]
            } else if kegiatanChecked {
                items[index].match = nomenclature.match(items[index].name, level: .kegiatan, in: [.kepmendagri050])
            }
        }
        self.items = items
        self.indicators = indicators
        self.nomenclature = profile

        // Plan and target tables only: year columns of targets or budgets, without realisation or achievement
        // ratio (past performance) and not of unspecified figures (statistics such as members per year 2010–2016).
        let planTables = document.tables.filter { table in
            let measures = Set(table.columns.compactMap { column -> Measure? in
                if case .year(_, let measure) = column.role { return measure } else { return nil }
            })
            return !measures.isDisjoint(with: [.target, .budget]) && measures.isDisjoint(with: [.realisation, .ratio])
        }
        var years = Set(planTables.flatMap(\.years))
        for node in nodes {
            years.formUnion(node.budgets.map(\.year))
            for indicator in node.indicators { years.formUnion(indicator.targets.map(\.year)) }
        }
        self.years = years.sorted()

        var bySeverity: [Severity: Int] = [:]
        var byFamily: [RuleFamily: Int] = [:]
        for finding in findings {
            bySeverity[finding.severity, default: 0] += 1
            byFamily[finding.family, default: 0] += 1
        }
        findingsBySeverity = bySeverity
        findingsByFamily = byFamily
    }

    /// Walks the plan depth first, keeping programmes and kegiatan (with the programme above each kegiatan)
    /// and the indicators of every node.
    private static func collect(_ nodes: [PlanNode], programme: Int?, into items: inout [PlanItemSummary],
                                indicators: inout [IndicatorSummary]) {
        for node in nodes {
            var childProgramme = programme
            if node.level == .program || node.level == .kegiatan {
                items.append(PlanItemSummary(
                    level: node.level, code: node.code, name: node.name, line: node.lines.first, match: nil,
                    budgets: node.budgets.compactMap { figure in
                        figure.budget?.quantity?.additiveValue.map { YearAmount(year: figure.year, amount: $0) }
                    },
                    endOfPeriodBudget: node.endOfPeriodBudget?.quantity?.additiveValue,
                    programme: node.level == .kegiatan ? programme : nil))
                if node.level == .program { childProgramme = items.count - 1 }
            }
            for indicator in node.indicators {
                indicators.append(IndicatorSummary(
                    name: indicator.name, unit: indicator.unit, ownerName: node.name, ownerLevel: node.level,
                    baseline: ComparisonValue(indicator.baseline),
                    targets: indicator.targets.map { YearValue(year: $0.year, value: ComparisonValue($0.target)) },
                    endOfPeriodTarget: ComparisonValue(indicator.endOfPeriodTarget), line: indicator.line))
            }
            collect(node.children, programme: childProgramme, into: &items, indicators: &indicators)
        }
    }
}
