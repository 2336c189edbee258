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
///
/// Held behind one reference, copied on write: rules walk the flattened plan and keep nodes in their
/// findings and indexes, so a copy costs a pointer and one retain instead of one for each of its texts,
/// cells and lists; a change to a node shared with a copy first gives it its own storage.
public struct PlanNode: Sendable, Hashable, Codable {
    private var storage: Storage

    public init(level: PlanLevel, code: String? = nil, name: String, indicators: [PlanIndicator] = [],
                budgets: [YearFigure] = [], baselineBudget: Cell? = nil, endOfPeriodBudget: Cell? = nil,
                children: [PlanNode] = [], lines: LineSpan, table: String) {
        storage = Storage(level: level, code: code, name: name, indicators: indicators, budgets: budgets,
                          baselineBudget: baselineBudget, endOfPeriodBudget: endOfPeriodBudget, partialEndOfPeriodBudgets: [],
                          children: children, lines: lines, table: table)
    }

    public var level: PlanLevel {
        get { storage.level }
        _modify { makeUnique(); yield &storage.level }
    }

    /// The nomenclature code where the table prints one (`1.2.11.1.2.11.01.18.016`).
    public var code: String? {
        get { storage.code }
        _modify { makeUnique(); yield &storage.code }
    }

    public var name: String {
        get { storage.name }
        _modify { makeUnique(); yield &storage.name }
    }

    public var indicators: [PlanIndicator] {
        get { storage.indicators }
        _modify { makeUnique(); yield &storage.indicators }
    }

    /// The indicative budget for each plan year, in year order (the cell keeps its line).
    public var budgets: [YearFigure] {
        get { storage.budgets }
        _modify { makeUnique(); yield &storage.budgets }
    }

    /// The baseline-year budget where the table has one (Semarang's 2016 column).
    public var baselineBudget: Cell? {
        get { storage.baselineBudget }
        _modify { makeUnique(); yield &storage.baselineBudget }
    }

    public var endOfPeriodBudget: Cell? {
        get { storage.endOfPeriodBudget }
        _modify { makeUnique(); yield &storage.endOfPeriodBudget }
    }

    /// Each line's own end-of-period budget, where the node is printed over several lines (Semarang's
    /// activities: 2016–2017 on one line, 2018–2021 on the next, each closing with its own sum).
    public var partialEndOfPeriodBudgets: [PartialEndOfPeriod] {
        get { storage.partialEndOfPeriodBudgets }
        _modify { makeUnique(); yield &storage.partialEndOfPeriodBudgets }
    }

    public var children: [PlanNode] {
        get { storage.children }
        _modify { makeUnique(); yield &storage.children }
    }

    public var lines: LineSpan {
        get { storage.lines }
        _modify { makeUnique(); yield &storage.lines }
    }

    /// The label of the table the node was read from.
    public var table: String {
        get { storage.table }
        _modify { makeUnique(); yield &storage.table }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// The fields of a node. Changed only through `PlanNode`'s accessors, which first make it unique to
    /// the node being changed, so no two threads ever change one storage.
    private final class Storage: @unchecked Sendable {
        var level: PlanLevel
        var code: String?
        var name: String
        var indicators: [PlanIndicator]
        var budgets: [YearFigure]
        var baselineBudget: Cell?
        var endOfPeriodBudget: Cell?
        var partialEndOfPeriodBudgets: [PartialEndOfPeriod]
        var children: [PlanNode]
        var lines: LineSpan
        var table: String

        init(level: PlanLevel, code: String?, name: String, indicators: [PlanIndicator], budgets: [YearFigure],
             baselineBudget: Cell?, endOfPeriodBudget: Cell?, partialEndOfPeriodBudgets: [PartialEndOfPeriod],
             children: [PlanNode], lines: LineSpan, table: String) {
            (self.level, self.code, self.name, self.indicators, self.budgets) = (level, code, name, indicators, budgets)
            (self.baselineBudget, self.endOfPeriodBudget, self.partialEndOfPeriodBudgets) = (baselineBudget, endOfPeriodBudget, partialEndOfPeriodBudgets)
            (self.children, self.lines, self.table) = (children, lines, table)
        }

        func copy() -> Storage {
            Storage(level: level, code: code, name: name, indicators: indicators, budgets: budgets, baselineBudget: baselineBudget,
                    endOfPeriodBudget: endOfPeriodBudget, partialEndOfPeriodBudgets: partialEndOfPeriodBudgets,
                    children: children, lines: lines, table: table)
        }
    }

    // Written out because the fields live in the storage: equality, hashing and the coded form go by the
    // fields, in the order they are declared above.
    public static func == (lhs: PlanNode, rhs: PlanNode) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.level, lhs.code, lhs.name, lhs.lines, lhs.table) == (rhs.level, rhs.code, rhs.name, rhs.lines, rhs.table)
            && lhs.indicators == rhs.indicators && lhs.budgets == rhs.budgets && lhs.baselineBudget == rhs.baselineBudget
            && lhs.endOfPeriodBudget == rhs.endOfPeriodBudget && lhs.partialEndOfPeriodBudgets == rhs.partialEndOfPeriodBudgets
            && lhs.children == rhs.children
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(level)
        hasher.combine(code)
        hasher.combine(name)
        hasher.combine(indicators)
        hasher.combine(budgets)
        hasher.combine(baselineBudget)
        hasher.combine(endOfPeriodBudget)
        hasher.combine(partialEndOfPeriodBudgets)
        hasher.combine(children)
        hasher.combine(lines)
        hasher.combine(table)
    }

    private enum CodingKeys: String, CodingKey {
        case level, code, name, indicators, budgets, baselineBudget, endOfPeriodBudget, partialEndOfPeriodBudgets, children, lines, table
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(level: try container.decode(PlanLevel.self, forKey: .level),
                  code: try container.decodeIfPresent(String.self, forKey: .code),
                  name: try container.decode(String.self, forKey: .name),
                  indicators: try container.decode([PlanIndicator].self, forKey: .indicators),
                  budgets: try container.decode([YearFigure].self, forKey: .budgets),
                  baselineBudget: try container.decodeIfPresent(Cell.self, forKey: .baselineBudget),
                  endOfPeriodBudget: try container.decodeIfPresent(Cell.self, forKey: .endOfPeriodBudget),
                  children: try container.decode([PlanNode].self, forKey: .children),
                  lines: try container.decode(LineSpan.self, forKey: .lines),
                  table: try container.decode(String.self, forKey: .table))
        partialEndOfPeriodBudgets = try container.decode([PartialEndOfPeriod].self, forKey: .partialEndOfPeriodBudgets)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(code, forKey: .code)
        try container.encode(name, forKey: .name)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(budgets, forKey: .budgets)
        try container.encodeIfPresent(baselineBudget, forKey: .baselineBudget)
        try container.encodeIfPresent(endOfPeriodBudget, forKey: .endOfPeriodBudget)
        try container.encode(partialEndOfPeriodBudgets, forKey: .partialEndOfPeriodBudgets)
        try container.encode(children, forKey: .children)
        try container.encode(lines, forKey: .lines)
        try container.encode(table, forKey: .table)
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

extension PlanNode: CustomDebugStringConvertible {
    /// The fields that name a node, as a value type's would print: the storage they live in says nothing.
    public var debugDescription: String {
        "PlanNode(level: \(level), code: \(code.map { String(reflecting: $0) } ?? "nil"), name: \(String(reflecting: name)), "
            + "lines: \(lines.first)–\(lines.last), table: \(String(reflecting: table)), children: \(children.count))"
    }
}
