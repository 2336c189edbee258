/// Decides which years a programme table's figures belong to.
///
/// Figures are assigned to years by the order of their (Target, Rp) pairs, not by raw column index: the
/// export shifts cells, drops blank pairs, repeats a pair, lets budgets slide into target columns when a
/// row has no targets, and prints a stray pair after a line's own total. An item whose printed columns
/// read cleanly (every pair in its own year, at most one figure a year, no blank year between filled
/// ones, each line's yearly budgets adding up to that line's end-of-period figure) is read by its
/// columns. Any other item gets every reading that keeps its pairs in printed order (dropping pairs
/// only so that a line adds up to its own end-of-period figure), and the reading chosen is the one
/// consistent with the family totals: a parent's budget equals the sum of its children's budgets in
/// every year (baseline included), looked at for the parent and its direct children together. Among
/// family-consistent readings, those that also add up to their own end-of-period figure are
/// preferred; when there are no family totals to go by, so are readings that add up on their own.
/// When the readings left still disagree, nothing is guessed: the years they disagree on stay blank
/// (rules skip a year without a figure) and the lines are reported as uninterpreted.
struct PlanReadingResolver {
    struct Resolved {
        var reading: PlanReading
        /// Lines whose years could not be settled, with the reason.
        var doubtful: [(line: Int, reason: String)] = []
    }

    let options: PlanReadingOptions
    let tableName: String
    /// Search steps allowed per family before giving up on it.
    let searchLimit = 2_000_000

    func resolve(_ items: [ItemDraft]) -> [Resolved] {
        let columnReadings = items.map { options.columnReading($0.figureLines) }
        let doubts = columnReadings.map(options.doubt(about:))
        var candidates = items.indices.map { index in
            guard doubts[index] != nil else { return [columnReadings[index]] }
            let columnKey = columnReadings[index].key
            return [columnReadings[index]] + options.orderedReadings(items[index].figureLines).filter { $0.key != columnKey }
        }
        for (parent, children) in families(items) {
            let members = [parent] + children
            guard members.contains(where: { candidates[$0].count > 1 }),
                  let kept = consistentReadings(members.map { candidates[$0] }) else { continue }
            for (member, indices) in zip(members, kept) {
                candidates[member] = indices.sorted().map { candidates[member][$0] }
            }
        }
        return items.indices.map { index in
            choose(candidates[index], doubt: doubts[index])
        }
    }

    /// Each parent item with its direct children by code (`….18` holds `….18.016`).
    private func families(_ items: [ItemDraft]) -> [(parent: Int, children: [Int])] {
        let byCode = Dictionary(items.indices.map { (items[$0].code, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [Int: [Int]] = [:]
        for index in items.indices {
            let code = items[index].code
            guard let dot = code.lastIndex(of: "."), let parent = byCode[String(code[..<dot])] else { continue }
            children[parent, default: []].append(index)
        }
        return children.keys.sorted().map { ($0, children[$0]!) }
    }

    /// For a parent (first) and its children, the readings of each that take part in at least one
    /// combination where the parent's budget equals the children's sum in every year; nil when no
    /// combination does (or the search is too large).
    private func consistentReadings(_ members: [[PlanReading]]) -> [Set<Int>]? {
        let slots = options.yearSlots
        func amounts(_ reading: PlanReading) -> [Double]? {
            var values: [Double] = []
            for slot in slots {
                guard let pair = reading.figures[slot] else { values.append(0); continue }
                guard let amount = pair.amount else { return nil }
                values.append(amount)
            }
            return values
        }
        let table = members.map { $0.map(amounts) }
        var used = members.map { _ in Set<Int>() }
        var steps = 0
        var chosen: [Int] = []
        // The children's running sums by depth, `width` values each, in one buffer reused by every branch;
        // depth 1 (no child yet) stays zero.
        let width = slots.count
        var sums = [Double](repeating: 0, count: (members.count + 1) * width)
        func search(_ child: Int, _ totals: [Double]) -> Bool {
            steps += 1
            guard steps <= searchLimit else { return false }
            let depth = child * width
            if child == members.count {
                guard (0..<width).allSatisfy({ PlanReading.same(sums[depth + $0], totals[$0]) }) else { return true }
                for (member, reading) in chosen.enumerated() { used[member].insert(reading) }
                return true
            }
            for (index, values) in table[child].enumerated() {
                guard let values else { continue }
                var fits = true
                for slot in 0..<width {
                    sums[depth + width + slot] = sums[depth + slot] + values[slot]
                    fits = fits && sums[depth + width + slot] < totals[slot] + 0.5
                }
                guard fits else { continue }
                chosen.append(index)
                defer { chosen.removeLast() }
                guard search(child + 1, totals) else { return false }
            }
            return true
        }
        for (index, totals) in table[0].enumerated() {
            guard let totals else { continue }
            chosen = [index]
            guard search(1, totals) else { return nil }
        }
        return used[0].isEmpty ? nil : used
    }

    private func choose(_ candidates: [PlanReading], doubt: PlanReadingOptions.Doubt?) -> Resolved {
        let addingUp = candidates.filter(\.endsAddUp)
        let remaining = addingUp.isEmpty ? candidates : addingUp
        let best = remaining.max { $0.pairsInOwnColumn < $1.pairsInOwnColumn }!
        guard remaining.count > 1 else { return Resolved(reading: best) }
        var reading = best
        // Readings that agree on every budget differ only in which of two printed pairs supplied a
        // target: the printed column decides that (the best reading), the totals cannot.
        let disputed = Set(remaining.flatMap(\.figures.keys)).filter { slot in
            remaining.contains { $0.figures[slot]?.budgetKey != best.figures[slot]?.budgetKey }
        }
        for slot in disputed { reading.figures[slot] = nil }
        if remaining.contains(where: { $0.ends.map(\.budgetKey) != best.ends.map(\.budgetKey) }) { reading.ends = [] }
        let doubtfulLines = Set(remaining.flatMap { candidate in disputed.compactMap { candidate.figures[$0]?.line } })
        reading.leftOut.removeAll { doubtfulLines.contains($0.pair.line) }
        let reason = "\(tableName): \((doubt ?? .morePairsThanYears).reason); tahun tidak dapat dipastikan, angka tahunan yang meragukan tidak dipakai"
        return Resolved(reading: reading, doubtful: doubtfulLines.sorted().map { ($0, reason) })
    }
}
