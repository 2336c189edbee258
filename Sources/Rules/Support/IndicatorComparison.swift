import Ingest

/// Compares two statements of the same indicator from different tables: do their targets for the same
/// years agree, are they the same series moved by one year, or do they differ?
struct IndicatorComparison {
    let first: IndicatorSeries
    let second: IndicatorSeries

    struct YearDifference {
        var year: Int
        var first: Cell
        var second: Cell
        /// Both figures are in the same unit, so the difference is certain.
        var sameUnit: Bool
    }

    struct Shift {
        /// The second statement gives year `y + offset` the value the first gives year `y`.
        var offset: Int
        var years: [Int]
    }

    enum Outcome {
        case agree
        case shifted(Shift)
        case differ(targets: [YearDifference], baseline: (first: Cell, second: Cell)?, unitsDiffer: Bool)
        case incomparable
    }

    var outcome: Outcome {
        let common = first.years.filter { second.target(in: $0) != nil }
        let differences = common.compactMap { year -> YearDifference? in
            let a = first.target(in: year)!, b = second.target(in: year)!
            guard !Self.sameValue(a.quantity!, b.quantity!) else { return nil }
            return YearDifference(year: year, first: a, second: b, sameUnit: sameUnit(a.quantity!, b.quantity!))
        }
        if !differences.isEmpty, let shift = shift(minimumPairs: 3) { return .shifted(shift) }
        let baseline = baselineDifference
        guard !common.isEmpty || baselinesComparable else { return .incomparable }
        if differences.isEmpty && baseline == nil && !unitsDiffer { return .agree }
        return .differ(targets: differences, baseline: baseline, unitsDiffer: unitsDiffer)
    }

    /// The second series equals the first moved by one year, over at least `minimumPairs` years, and
    /// the moved values are not all the same number (a flat series shows no shift).
    func shift(minimumPairs: Int) -> Shift? {
        for offset in [1, -1] {
            let years = first.years.filter { second.target(in: $0 + offset) != nil }
            guard years.count >= minimumPairs else { continue }
            let pairs = years.map { (first.value($0)!, second.value($0 + offset)!) }
            guard pairs.allSatisfy({ Self.sameValue($0.0, $0.1) }) else { continue }
            let distinct = Set(pairs.compactMap { $0.0.value.map { ($0 * 1_000_000).rounded() } })
            if distinct.count >= 2 { return Shift(offset: offset, years: years) }
        }
        return nil
    }

    /// Both state a numeric baseline for the same (or an unstated) year.
    private var baselinesComparable: Bool {
        guard first.baseline?.quantity?.value != nil, second.baseline?.quantity?.value != nil else { return false }
        if let yearA = first.baselineYear, let yearB = second.baselineYear { return yearA == yearB }
        return true
    }

    /// Baselines that differ, when they are comparable.
    private var baselineDifference: (first: Cell, second: Cell)? {
        guard baselinesComparable, let a = first.baseline, let b = second.baseline else { return nil }
        return Self.sameValue(a.quantity!, b.quantity!) ? nil : (a, b)
    }

    /// One is a percentage and the other counts something in a named unit (`%` against `orang`).
    var unitsDiffer: Bool {
        if first.isPercent { return second.countUnit != nil }
        if second.isPercent { return first.countUnit != nil }
        return false
    }

    private func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
        let percentA = first.isPercent || a.kind == .percent, percentB = second.isPercent || b.kind == .percent
        if percentA || percentB { return percentA && percentB }
        guard let unitA = first.countUnit, let unitB = second.countUnit else { return false }
        return unitA == unitB
    }

    /// Equal as printed: the difference is below half a unit of the less precise figure (`88` and `88,3`),
    /// under either reading of an ambiguous separator. Targets are set, not measured, so `2` is not `1,5`.
    static func sameValue(_ a: Quantity, _ b: Quantity) -> Bool {
        let tolerance = max(a.roundingHalfUnit, b.roundingHalfUnit)
        let valuesA = [a.value, a.alternativeValue].compactMap { $0 }
        let valuesB = [b.value, b.alternativeValue].compactMap { $0 }
        return valuesA.contains { x in valuesB.contains { y in abs(x - y) < tolerance || abs(x - y) < 1e-9 } }
    }

    /// The same indicator by name: identical words, or one name adds a leading `Persentase` (both in
    /// percent) or `Jumlah` (both counted in the same unit), which names the same measure.
    static func sameIndicator(_ a: IndicatorSeries, _ b: IndicatorSeries) -> Bool {
        if a.key.full == b.key.full { return true }
        guard a.key.core == b.key.core, (a.key.leadingWord == nil) != (b.key.leadingWord == nil) else { return false }
        switch a.key.leadingWord ?? b.key.leadingWord {
        case "persentase": return a.isPercent && b.isPercent
        case "jumlah": return a.countUnit != nil && a.countUnit == b.countUnit
        default: return false
        }
    }

    /// Names that mostly share their words (`Usaha Kecil yang Bertransformasi …` and `Persentase Usaha
    /// Mikro yang Bertransformasi …`), in the same kind of unit: enough, with a matching series, to pair a shift.
    static func similarIndicator(_ a: IndicatorSeries, _ b: IndicatorSeries) -> Bool {
        if sameIndicator(a, b) { return true }
        guard a.isPercent == b.isPercent else { return false }
        let (fewer, more) = a.key.coreWords.count <= b.key.coreWords.count
            ? (a.key.coreWords, b.key.coreWords) : (b.key.coreWords, a.key.coreWords)
        // The shared words over all words can reach 0.7 only if the smaller set has 0.7 of the larger's size.
        guard fewer.count >= 3, Double(fewer.count) / Double(more.count) >= 0.7 else { return false }
        let shared = IndicatorKey.sharedCount(fewer, more)
        return Double(shared) / Double(fewer.count + more.count - shared) >= 0.7
    }

    /// `2017: 82%; 2018: 83%` for the given years of one statement.
    static func yearList(_ series: IndicatorSeries, years: [Int], offset: Int = 0) -> Localized {
        years.compactMap { year in series.target(in: year + offset).map { "\(year + offset): " + $0.stated } }.joined(separator: "; ")
    }
}

extension IndicatorComparison.Outcome {
    /// The same outcome told from the second statement's side, as if the two had been compared the other way round.
    var reversed: Self {
        switch self {
        case .agree, .incomparable:
            return self
        case .shifted(let shift):
            return .shifted(IndicatorComparison.Shift(offset: -shift.offset, years: shift.years.map { $0 + shift.offset }))
        case .differ(let targets, let baseline, let unitsDiffer):
            let swapped = targets.map { IndicatorComparison.YearDifference(year: $0.year, first: $0.second, second: $0.first, sameUnit: $0.sameUnit) }
            return .differ(targets: swapped, baseline: baseline.map { ($0.second, $0.first) }, unitsDiffer: unitsDiffer)
        }
    }
}
