/// One way of assigning the figures an item printed (its (Target, Rp) pairs, line by line) to the
/// baseline, the plan years and the end of the period.
struct PlanReading {
    /// The pairs kept for the baseline and the plan years, by slot; never the end-of-period slot.
    var figures: [Int: PlanValuePair] = [:]
    /// The end-of-period pair each physical line closes with, in line order.
    var ends: [PlanValuePair] = []
    /// Pairs this reading leaves out, with the reason.
    var leftOut: [(pair: PlanValuePair, reason: String)] = []
    /// How many kept pairs stand in the slot their column gives: among readings with the same figures,
    /// the one closest to the printed columns says which pair was the extra one.
    var pairsInOwnColumn = 0

    /// Whether every line's end-of-period budget equals the sum of the budgets kept from that line.
    var endsAddUp: Bool {
        ends.allSatisfy { end in
            guard let stated = end.amount else { return true }
            let kept = figures.values.filter { $0.line == end.line }
            let parts = kept.compactMap(\.amount)
            return parts.count < kept.count || PlanReading.same(parts.reduce(0, +), stated)
        }
    }

    /// A blank year between two filled ones.
    var hasGap: Bool {
        guard let first = figures.keys.min(), let last = figures.keys.max() else { return false }
        return figures.count < last - first + 1
    }

    /// What a reading puts where: equal keys are the same plan figures.
    struct Key: Hashable {
        struct Placement: Hashable {
            var slot: Int
            var figure: PlanValuePair.FigureKey
        }

        /// By slot, ascending.
        var placed: [Placement]
        var ends: [PlanValuePair.FigureKey]
    }

    var key: Key {
        Key(placed: figures.keys.sorted().map { Key.Placement(slot: $0, figure: figures[$0]!.figureKey) },
            ends: ends.map(\.figureKey))
    }

    /// Whole rupiah amounts: equal when they differ by less than half a rupiah.
    static func same(_ left: Double, _ right: Double) -> Bool { abs(left - right) < 0.5 }

    static let outsideColumns = "angka di luar kolom tahun rencana"
    static let extraPair = "pasangan angka tambahan sebelum angka akhir periode baris ini"
    static let secondFigure = "angka kedua untuk tahun yang sudah terisi"
    static let afterEnd = "pasangan angka sesudah angka akhir periode baris ini"
}

/// The readings an item allows: the printed column positions, and, when those are doubtful, every
/// reading that takes the pairs in their printed order.
struct PlanReadingOptions {
    let slots: PlanValueSlots

    /// Slots of the baseline and the plan years, in order.
    var yearSlots: [Int] { slots.slots.indices.filter { $0 != slots.endIndex } }

    /// Why the column reading is doubtful, or nil when it is not.
    enum Doubt {
        case morePairsThanYears, twoFiguresForOneYear, endDiffers, blankYearBetween

        var reason: String {
            switch self {
            case .morePairsThanYears: "pasangan nilai lebih banyak dari kolom tahun"
            case .twoFiguresForOneYear: "dua angka untuk tahun yang sama"
            case .endDiffers: "jumlah pagu tahunan tidak sama dengan pagu akhir periode baris ini"
            case .blankYearBetween: "kolom tahun kosong di antara tahun yang terisi"
            }
        }
    }

    /// Each pair in the slot of its column; the last pair of a line with two or more (or a lone pair in
    /// the end-of-period column) is that line's end-of-period pair.
    func columnReading(_ lines: [[PlanValuePair]]) -> PlanReading {
        var reading = PlanReading()
        for pairs in lines {
            let (yearly, end) = split(pairs)
            if let end { reading.ends.append(end) }
            for pair in yearly {
                guard let slot = pair.slot, slot != slots.endIndex else {
                    reading.leftOut.append((pair, pair.slot == nil ? PlanReading.outsideColumns : PlanReading.extraPair))
                    continue
                }
                guard reading.figures[slot] == nil else {
                    reading.leftOut.append((pair, PlanReading.secondFigure))
                    continue
                }
                reading.figures[slot] = pair
                reading.pairsInOwnColumn += 1
            }
        }
        return reading
    }

    func doubt(about reading: PlanReading) -> Doubt? {
        if reading.leftOut.contains(where: { $0.reason == PlanReading.secondFigure }) { return .twoFiguresForOneYear }
        if !reading.leftOut.isEmpty { return .morePairsThanYears }
        if !reading.endsAddUp { return .endDiffers }
        return reading.hasGap ? .blankYearBetween : nil
    }

    /// Readings by order: each line keeps its pairs (or, when they do not add up to the line's own
    /// end-of-period figure, each subset that does), and the kept pairs of all lines fill the years in
    /// printed order, leaving any years blank. Readings that put the same figures in the same years are
    /// one reading: the one with most pairs in their own column.
    func orderedReadings(_ lines: [[PlanValuePair]]) -> [PlanReading] {
        let years = yearSlots
        var byKey: [PlanReading.Key: PlanReading] = [:]
        var order: [PlanReading.Key] = []
        for choice in combinations(lines.map(lineOptions)) {
            let kept = choice.flatMap(\.kept)
            let keptFigures = kept.map(\.figureKey)
            let ends = choice.compactMap(\.end)
            let endFigures = ends.map(\.figureKey)
            // Most placements repeat one already seen: the key and the count decide before a reading is built.
            for positions in Self.increasingPositions(count: kept.count, among: years.count) {
                let key = PlanReading.Key(placed: zip(positions, keptFigures).map { .init(slot: years[$0], figure: $1) },
                                          ends: endFigures)
                let inOwnColumn = zip(kept, positions).filter { $0.slot == years[$1] }.count
                if let known = byKey[key] {
                    guard known.pairsInOwnColumn < inOwnColumn else { continue }
                } else {
                    order.append(key)
                }
                var reading = PlanReading(ends: ends, leftOut: choice.flatMap(\.leftOut), pairsInOwnColumn: inOwnColumn)
                for (pair, position) in zip(kept, positions) { reading.figures[years[position]] = pair }
                byKey[key] = reading
            }
        }
        return order.map { byKey[$0]! }
    }

    // MARK: - Lines

    private struct LineOption {
        var kept: [PlanValuePair]
        var end: PlanValuePair?
        var leftOut: [(pair: PlanValuePair, reason: String)]
    }

    private func split(_ pairs: [PlanValuePair]) -> (yearly: [PlanValuePair], end: PlanValuePair?) {
        guard let last = pairs.last, slots.endIndex != nil, pairs.count >= 2 || last.slot == slots.endIndex else {
            return (pairs, nil)
        }
        return (Array(pairs.dropLast()), last)
    }

    /// The ways one line can be read. Its end-of-period pair is the last one, or the one before when
    /// that equals the sum of the pairs before it (a stray pair printed after the line's own total).
    private func lineOptions(_ pairs: [PlanValuePair]) -> [LineOption] {
        let printed = split(pairs)
        var ends = [(yearly: printed.yearly, end: printed.end, after: [PlanValuePair]())]
        if pairs.count >= 3, slots.endIndex != nil, let total = pairs[pairs.count - 2].amount {
            let before = pairs.dropLast(2).compactMap(\.amount)
            if before.count == pairs.count - 2, PlanReading.same(before.reduce(0, +), total) {
                ends.append((Array(pairs.dropLast(2)), pairs[pairs.count - 2], [pairs[pairs.count - 1]]))
            }
        }
        var options: [LineOption] = []
        for (yearly, end, after) in ends {
            let stray = after.map { (pair: $0, reason: PlanReading.afterEnd) }
            options.append(LineOption(kept: yearly, end: end, leftOut: stray))
            guard let total = end?.amount else { continue }
            let amounts = yearly.compactMap(\.amount)
            guard amounts.count == yearly.count, !PlanReading.same(amounts.reduce(0, +), total) else { continue }
            for kept in Self.subsets(amounts, summingTo: total, atMost: yearSlots.count) {
                let dropped = yearly.indices.filter { !kept.contains($0) }.map { (pair: yearly[$0], reason: PlanReading.extraPair) }
                options.append(LineOption(kept: kept.map { yearly[$0] }, end: end, leftOut: dropped + stray))
            }
        }
        return options
    }

    private func combinations(_ options: [[LineOption]]) -> [[LineOption]] {
        options.reduce([[]]) { partial, lineOptions in
            partial.flatMap { prefix in lineOptions.map { prefix + [$0] } }
        }
    }

    /// Index sets (ascending) of `values` adding up to `total`, with at most `limit` members. Budgets are
    /// never negative, so a running sum above the total ends a branch.
    static func subsets(_ values: [Double], summingTo total: Double, atMost limit: Int) -> [[Int]] {
        guard values.count <= 16, values.allSatisfy({ $0 >= 0 }) else { return [] }
        var found: [[Int]] = []
        func extend(_ chosen: [Int], from start: Int, sum: Double) {
            if PlanReading.same(sum, total), !chosen.isEmpty { found.append(chosen) }
            guard chosen.count < limit else { return }
            for index in start..<values.count where sum + values[index] < total + 0.5 {
                extend(chosen + [index], from: index + 1, sum: sum + values[index])
            }
        }
        extend([], from: 0, sum: 0)
        return found
    }

    /// Every way to choose `count` of `total` positions, each as ascending positions.
    static func increasingPositions(count: Int, among total: Int) -> [[Int]] {
        guard count <= total else { return [] }
        guard count > 0 else { return [[]] }
        return (0...(total - count)).flatMap { first in
            increasingPositions(count: count - 1, among: total - first - 1).map { [first] + $0.map { $0 + first + 1 } }
        }
    }
}
