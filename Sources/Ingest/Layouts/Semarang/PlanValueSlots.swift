/// Where a programme table keeps its figures: for the baseline, each plan year and the end of the
/// period, the column of the target and the column of the budget (`Target\t(Rp)`).
struct PlanValueSlots: Sendable {
    enum Period: Hashable, Sendable {
        case baseline
        case year(Int)
        case endOfPeriod
    }

    struct Slot: Sendable {
        var period: Period
        var targetColumn: Int?
        var budgetColumn: Int?
    }

    /// Baseline first, then the plan years ascending, then the end of the period.
    let slots: [Slot]

    init(columns: [Column]) {
        var baseline = Slot(period: .baseline), end = Slot(period: .endOfPeriod)
        var years: [Int: Slot] = [:]
        func assign(_ column: Int, _ measure: Measure, to slot: inout Slot) {
            guard measure != .realisation && measure != .ratio else { return }
            if measure == .budget || (measure != .target && slot.targetColumn != nil) {
                if slot.budgetColumn == nil { slot.budgetColumn = column }
            } else if slot.targetColumn == nil {
                slot.targetColumn = column
            }
        }
        for column in columns {
            switch column.role {
            case .baseline(_, let measure): assign(column.index, measure, to: &baseline)
            case .year(let year, let measure): assign(column.index, measure, to: &years[year, default: Slot(period: .year(year))])
            case .endOfPeriod(let measure): assign(column.index, measure, to: &end)
            default: break
            }
        }
        let filled = { (slot: Slot) in slot.targetColumn != nil || slot.budgetColumn != nil }
        slots = [baseline].filter(filled) + years.keys.sorted().map { years[$0]! } + [end].filter(filled)
        firstColumn = slots.flatMap { [$0.targetColumn, $0.budgetColumn].compactMap { $0 } }.min() ?? Int.max
    }

    var hasBudgets: Bool { slots.contains { $0.budgetColumn != nil } }

    var endIndex: Int? { slots.lastIndex { $0.period == .endOfPeriod } }

    var baselineIndex: Int? { slots.firstIndex { $0.period == .baseline } }

    /// The plan years with their slot index, in year order.
    var yearIndices: [(index: Int, year: Int)] {
        slots.indices.compactMap { index in
            if case .year(let year) = slots[index].period { return (index, year) }
            return nil
        }
    }

    /// The first column holding figures.
    let firstColumn: Int

    func index(targetColumn column: Int) -> Int? { slots.firstIndex { $0.targetColumn == column } }

    func index(budgetColumn column: Int) -> Int? { slots.firstIndex { $0.budgetColumn == column } }

    /// The slot a figure in `column` belongs to when a line has no budgets (indicator lines): its year.
    func index(anyColumn column: Int) -> Int? { index(targetColumn: column) ?? index(budgetColumn: column) }
}

/// A target and its budget read side by side from one line, with the slot they were found in
/// (nil: to the right of the last slot).
struct PlanValuePair: Sendable {
    var slot: Int?
    var target: Cell?
    var budget: Cell?

    var cells: [Cell] { [target, budget].compactMap { $0 } }

    var line: Int { (target ?? budget)?.line ?? 0 }

    /// The budget for adding up; nil when the pair has no readable budget.
    var amount: Double? { budget?.quantity?.additiveValue }

    /// The printed figures and their line, whatever column they sat in: pairs with equal keys are
    /// interchangeable.
    struct FigureKey: Hashable {
        var line: Int
        var target: String
        var budget: String
    }

    var figureKey: FigureKey { FigureKey(line: line, target: target?.text ?? "", budget: budget?.text ?? "") }

    var budgetKey: String { "\(line):\(budget?.text ?? "")" }
}

extension PlanValueSlots {
    /// Groups a line's figures into target/budget pairs by position. A target printed in a budget
    /// column with its amount in the next column is a pair shifted one column right (the export does
    /// this on continuation lines): it is read as the pair of the year whose budget column it sits in.
    /// A rupiah amount in a target column is a budget without target (a programme row whose targets
    /// are missing has its budgets slide left into the target columns).
    func pairs(_ figures: [(column: Int, cell: Cell)]) -> [PlanValuePair] {
        var pairs: [PlanValuePair] = []
        var index = 0
        while index < figures.count {
            let (column, cell) = figures[index]
            let next = index + 1 < figures.count && figures[index + 1].column == column + 1 ? figures[index + 1].cell : nil
            if let slot = self.index(targetColumn: column), cell.readsLikeBudget {
                pairs.append(PlanValuePair(slot: slot, budget: cell))
                index += 1
                continue
            }
            if let slot = self.index(targetColumn: column) {
                if let next, self.index(budgetColumn: column + 1) == slot {
                    pairs.append(PlanValuePair(slot: slot, target: cell, budget: next))
                    index += 2
                } else {
                    pairs.append(PlanValuePair(slot: slot, target: cell))
                    index += 1
                }
                continue
            }
            let slot = self.index(budgetColumn: column)
            if !cell.isAmount, let next, next.isAmount {
                pairs.append(PlanValuePair(slot: slot, target: cell, budget: next))
                index += 2
            } else {
                pairs.append(cell.isAmount ? PlanValuePair(slot: slot, budget: cell) : PlanValuePair(slot: slot, target: cell))
                index += 1
            }
        }
        return pairs
    }
}

extension Cell {
    /// Reads like an amount of money: a money spelling or a bare number without a unit (`514.169.683`, `0`).
    var isAmount: Bool {
        guard let quantity else { return false }
        return quantity.kind == .money || (quantity.kind == .number && quantity.unit == nil)
    }

    /// Reads like a rupiah budget rather than a target: an amount grouped in millions (`3.123.021.000`).
    /// Targets carry a unit (`6 provinsi`, `100%`) or are small counts.
    var readsLikeBudget: Bool {
        guard isAmount, let quantity, !quantity.isAmbiguous, quantity.reading == .indonesian else { return false }
        return quantity.spelling.filter { $0 == "." }.count >= 2
    }
}
