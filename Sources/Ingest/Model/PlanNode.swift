/// A level of the plan hierarchy in a programme/funding table.
public enum PlanLevel: String, Sendable, Codable, Comparable, CaseIterable {
    case urusan
    case bidangUrusan = "bidang-urusan"
    /// An agency-wide row (e.g. `DINAS KOPERASI DAN USAHA MIKRO`) that sums every programme.
    case agency
    case program
    /// An outcome row between programme and kegiatan (2025-2029 generation).
    case outcome
    case kegiatan
    case subKegiatan = "sub-kegiatan"
    /// A budget line below sub-kegiatan (e.g. Semarang's `Belanja Pegawai` details).
    case detail

    private var depth: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: PlanLevel, rhs: PlanLevel) -> Bool { lhs.depth < rhs.depth }
}

/// A figure for one plan year: the target and/or the indicative budget.
public struct YearFigure: Sendable, Hashable, Codable {
    public var year: Int
    public var target: Cell?
    public var budget: Cell?

    public init(year: Int, target: Cell? = nil, budget: Cell? = nil) {
        self.year = year
        self.target = target
        self.budget = budget
    }
}

/// One performance indicator of a plan node with its per-year targets.
public struct PlanIndicator: Sendable, Hashable, Codable {
    public var name: String
    public var unit: String?
    public var baseline: Cell?
    /// Targets by plan year, in year order.
    public var targets: [YearFigure]
    public var endOfPeriodTarget: Cell?
    public var line: Int

    public init(name: String, unit: String? = nil, baseline: Cell? = nil, targets: [YearFigure] = [],
                endOfPeriodTarget: Cell? = nil, line: Int) {
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.targets = targets
        self.endOfPeriodTarget = endOfPeriodTarget
        self.line = line
    }
}

/// An end-of-period budget that closes one printed line of a node spread over several: it sums the
/// budgets that line carries, not all of the period's.
public struct PartialEndOfPeriod: Sendable, Hashable, Codable {
    public var stated: Cell
    /// The plan years whose budgets stand on the same line.
    public var years: [Int]
    /// Whether the line also carries the baseline-year budget, which the sum then includes.
    public var includesBaseline: Bool

    public init(stated: Cell, years: [Int], includesBaseline: Bool) {
        self.stated = stated
        self.years = years
        self.includesBaseline = includesBaseline
    }
}

/// A programme, outcome, kegiatan or sub kegiatan, recovered from a programme/funding table,
/// so rules reason about the plan rather than the layout.
public struct PlanNode: Sendable, Hashable, Codable {
    public var level: PlanLevel
    /// The nomenclature code where the table prints one (`1.2.11.1.2.11.01.18.016`).
    public var code: String?
    public var name: String
    public var indicators: [PlanIndicator]
    /// The indicative budget for each plan year, in year order (the cell keeps its line).
    public var budgets: [YearFigure]
    /// The baseline-year budget where the table has one (Semarang's 2016 column).
    public var baselineBudget: Cell?
    public var endOfPeriodBudget: Cell?
    /// Each line's own end-of-period budget, where the node is printed over several lines (Semarang's
    /// activities: 2016–2017 on one line, 2018–2021 on the next, each closing with its own sum).
    public var partialEndOfPeriodBudgets: [PartialEndOfPeriod] = []
    public var children: [PlanNode]
    public var lines: LineSpan
    /// The label of the table the node was read from.
    public var table: String

    public init(level: PlanLevel, code: String? = nil, name: String, indicators: [PlanIndicator] = [],
                budgets: [YearFigure] = [], baselineBudget: Cell? = nil, endOfPeriodBudget: Cell? = nil,
                children: [PlanNode] = [], lines: LineSpan, table: String) {
        self.level = level
        self.code = code
        self.name = name
        self.indicators = indicators
        self.budgets = budgets
        self.baselineBudget = baselineBudget
        self.endOfPeriodBudget = endOfPeriodBudget
        self.children = children
        self.lines = lines
        self.table = table
    }

    /// The budget cell for `year`, if the node has one.
    public func budget(for year: Int) -> Cell? { budgets.first { $0.year == year }?.budget }

    /// This node and all its descendants, depth first.
    public var allNodes: [PlanNode] {
        var nodes: [PlanNode] = []
        appendAllNodes(to: &nodes)
        return nodes
    }

    private func appendAllNodes(to nodes: inout [PlanNode]) {
        nodes.append(self)
        for child in children { child.appendAllNodes(to: &nodes) }
    }
}
