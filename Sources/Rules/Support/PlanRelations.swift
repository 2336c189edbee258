import Ingest

/// The plan hierarchy seen as relations a rule can check: which node sums which children, and each
/// node's parent and programme.
struct PlanRelations {
    struct Entry {
        var node: PlanNode
        /// Ancestors from the root down to the direct parent.
        var ancestors: [PlanNode]

        var parent: PlanNode? { ancestors.last }
        /// The nearest programme above (or the node itself when it is one).
        var programme: PlanNode? { node.level == .program ? node : ancestors.last { $0.level == .program } }
    }

    /// Every node with its ancestors, depth first.
    let entries: [Entry]

    init(_ document: RenstraDocument) {
        var entries: [Entry] = []
        func walk(_ node: PlanNode, _ ancestors: [PlanNode]) {
            entries.append(Entry(node: node, ancestors: ancestors))
            for child in node.children { walk(child, ancestors + [node]) }
        }
        for root in document.plan { walk(root, []) }
        self.entries = entries
    }

    /// The children whose budgets add up to the node's: budget-line details count only under a detail
    /// row or when they are all the node has.
    static func summedChildren(of node: PlanNode) -> [PlanNode] { Array(childrenSummed(in: node)) }

    /// The summed children read in place, without gathering copies of them.
    private static func childrenSummed(in node: PlanNode) -> LazyFilterSequence<[PlanNode]> {
        let countsDetails = node.level == .detail || node.children.allSatisfy { $0.level == .detail }
        return node.children.lazy.filter { $0.level != .detail || countsDetails }
    }

    /// A node's budget for a year beside its summed children's, every cell with a value that can be added.
    struct BudgetRelation {
        var stated: Cell
        var parts: [Cell]

        var sum: SumCheck { SumCheck(stated: stated.quantity!, parts: parts.map { $0.quantity! }) }
    }

    /// The node's budget for `year` and its summed children's, when every child states one with a value
    /// that can be added; nil otherwise (the table then does not claim the parent is their sum).
    static func budgetRelation(of node: PlanNode, year: Int) -> BudgetRelation? {
        // Asked for every node and year by several rules: the children are read in place, not gathered first.
        guard let stated = node.budget(for: year), stated.quantity?.additiveValue != nil else { return nil }
        var parts: [Cell] = []
        for child in childrenSummed(in: node) {
            guard let part = child.budget(for: year), part.quantity?.additiveValue != nil else { return nil }
            parts.append(part)
        }
        return parts.isEmpty ? nil : BudgetRelation(stated: stated, parts: parts)
    }

    /// The node's name for comparison: normalised, without the level word it may start with
    /// (`Sub Kegiatan Pengembangan Usaha Mikro` and `Pengembangan Usaha Mikro` compare equal); a name that
    /// is nothing but a level word stays as it is.
    static func nameKey(_ node: PlanNode) -> String {
        let name = nameWithoutLevelWord(node.name)
        return name.isEmpty ? NameNormalizer.normalize(node.name) : name
    }

    /// A plan name normalised and without the level word tables put in front of it (`Sub Kegiatan …`,
    /// `PROGRAM …`): empty when the name is nothing but that word.
    static func nameWithoutLevelWord(_ name: String) -> String {
        let normalized = NameNormalizer.normalize(name)
        // A normalised name is its words joined by single spaces: a level word in front is a prefix of its
        // bytes followed by a space or by nothing, and the rest of the name is the text after that space.
        for prefix in ["sub kegiatan", "subkegiatan", "kegiatan", "program"] where normalized.utf8.starts(with: prefix.utf8) {
            let end = normalized.utf8.index(normalized.startIndex, offsetBy: prefix.utf8.count)
            if end == normalized.endIndex { return "" }
            if normalized.utf8[end] == UInt8(ascii: " ") { return String(normalized[normalized.utf8.index(after: end)...]) }
        }
        return normalized
    }

    /// The years in which the node has a non-zero budget; the baseline-year budget counts as year
    /// `baselineSlot` so that it overlaps only with another baseline budget.
    static func fundedYears(_ node: PlanNode) -> Set<Int> {
        var years = Set(node.budgets.filter { ($0.budget?.quantity?.additiveValue ?? 0) > 0 }.map(\.year))
        if (node.baselineBudget?.quantity?.additiveValue ?? 0) > 0 { years.insert(baselineSlot) }
        return years
    }

    static let baselineSlot = Int.min

    /// The node's full nomenclature code (`1.06.04.2.01.0003`, the 90/2019 generation, five or six parts),
    /// where a code names one kegiatan or sub kegiatan nationwide: two nodes whose official codes differ are
    /// apart even when their names agree (`Penyediaan Sandang` under social rehabilitation and under
    /// disaster relief). Older codes number kegiatan within their programme, so they tell nothing of the sort.
    static func officialCode(_ node: PlanNode) -> String? {
        guard let code = node.code else { return nil }
        let parts = code.pieces(separatedBy: ".").count
        return parts == 5 || parts == 6 ? code : nil
    }

    /// Two nodes whose official codes (`officialCode`) differ: the list itself has them apart.
    static func haveDistinctOfficialCodes(_ a: PlanNode, _ b: PlanNode) -> Bool {
        guard let first = officialCode(a), let second = officialCode(b) else { return false }
        return first != second
    }
}
