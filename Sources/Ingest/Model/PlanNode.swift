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
        storage = Storage(Fields(level: level, code: code, name: name, indicators: indicators, budgets: budgets,
                                 baselineBudget: baselineBudget, endOfPeriodBudget: endOfPeriodBudget, children: children,
                                 lines: lines, table: table))
    }

    public var level: PlanLevel {
        get { storage.fields.level }
        _modify { makeUnique(); yield &storage.fields.level }
    }

    /// The nomenclature code where the table prints one (`1.2.11.1.2.11.01.18.016`).
    public var code: String? {
        get { storage.fields.code }
        _modify { makeUnique(); yield &storage.fields.code }
    }

    public var name: String {
        get { storage.fields.name }
        _modify { makeUnique(); yield &storage.fields.name }
    }

    public var indicators: [PlanIndicator] {
        get { storage.fields.indicators }
        _modify { makeUnique(); yield &storage.fields.indicators }
    }

    /// The indicative budget for each plan year, in year order (the cell keeps its line).
    public var budgets: [YearFigure] {
        get { storage.fields.budgets }
        _modify { makeUnique(); yield &storage.fields.budgets }
    }

    /// The baseline-year budget where the table has one (Semarang's 2016 column).
    public var baselineBudget: Cell? {
        get { storage.fields.baselineBudget }
        _modify { makeUnique(); yield &storage.fields.baselineBudget }
    }

    public var endOfPeriodBudget: Cell? {
        get { storage.fields.endOfPeriodBudget }
        _modify { makeUnique(); yield &storage.fields.endOfPeriodBudget }
    }

    /// Each line's own end-of-period budget, where the node is printed over several lines (Semarang's
    /// activities: 2016–2017 on one line, 2018–2021 on the next, each closing with its own sum).
    public var partialEndOfPeriodBudgets: [PartialEndOfPeriod] {
        get { storage.fields.partialEndOfPeriodBudgets }
        _modify { makeUnique(); yield &storage.fields.partialEndOfPeriodBudgets }
    }

    public var children: [PlanNode] {
        get { storage.fields.children }
        _modify { makeUnique(); yield &storage.fields.children }
    }

    public var lines: LineSpan {
        get { storage.fields.lines }
        _modify { makeUnique(); yield &storage.fields.lines }
    }

    /// The label of the table the node was read from.
    public var table: String {
        get { storage.fields.table }
        _modify { makeUnique(); yield &storage.fields.table }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    /// The fields of a node, in the order its equality, hashing and coded form go by (all synthesized).
    private struct Fields: Sendable, Hashable, Codable {
        var level: PlanLevel
        var code: String?
        var name: String
        var indicators: [PlanIndicator]
        var budgets: [YearFigure]
        var baselineBudget: Cell?
        var endOfPeriodBudget: Cell?
        var partialEndOfPeriodBudgets: [PartialEndOfPeriod] = []
        var children: [PlanNode]
        var lines: LineSpan
        var table: String
    }

    /// The fields behind their reference. Changed only through `PlanNode`'s accessors, which first make it
    /// unique to the node being changed, so no two threads ever change one storage.
    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    public static func == (lhs: PlanNode, rhs: PlanNode) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }

    public init(from decoder: Decoder) throws { storage = Storage(try Fields(from: decoder)) }

    public func encode(to encoder: Encoder) throws { try storage.fields.encode(to: encoder) }

    /// The budget cell for `year`, if the node has one.
    ///
    /// Asked for every node, year and child by the sum rules: the years are compared in place, so that only
    /// the figure found is copied (a figure copied to be compared retains and releases both its cells).
    public func budget(for year: Int) -> Cell? {
        let budgets = budgets
        guard let index = budgets.indices.first(where: { budgets[$0].year == year }) else { return nil }
        return budgets[index].budget
    }

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
