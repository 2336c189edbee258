import Ingest

/// Finds, in a column of figures, the rows that are subtotals of the rows right below them: a row
/// whose value the next rows add up to, with the rounding tolerance of `SumCheck`. The figures
/// are read from the top; a row found to be a parent is followed by its children, then the next row
/// is read as a possible parent again.
///
/// A parent's children are searched with a running sum, its tolerance kept alongside, so each row
/// below costs the same however many came before. The search for one parent stops as soon as no
/// row further down can match: when every sum the rest of the run can reach lies outside the widest
/// tolerance around the parent (known from the smallest and largest running sums still ahead), or
/// when only zeros remain with the sum at zero (a sum of zero is no subtotal). So a long column
/// whose total is wrong costs time in proportion to its length, not its square or cube.
///
/// One shape escapes that bound: figures carrying rounding whose signs alternate, with magnitudes the
/// rounding of a long run can nearly reach. Every run then stays within its parent's widest tolerance
/// without matching it, and each row would be searched to the end of the column. So the search of a
/// column has a budget of rows read, a fixed multiple of its length that real tables never approach;
/// a column that spends it is read as having no subtotals, the answer its search was heading for.
struct SubtotalRuns {
    let figures: [Quantity]
    let relativeTolerance: Double

    /// The figure's value for summing; nil ends a run of children (N/A, an error, a malformed figure).
    private let values: [Double?]
    /// For each row, the end of the run of summable figures it stands in.
    private let runEnd: [Int]
    /// For each row, the first row at or after it whose value is not zero (or its run's end).
    private let nextNonZero: [Int]
    /// Sums over the rows before each index: of the values, their magnitudes, half-units of rounding,
    /// and figures that carry rounding.
    private let valuesBefore: [Double], magnitudesBefore: [Double], halfUnitsBefore: [Double], roundedBefore: [Int]
    /// The smallest and largest of `valuesBefore` from each index to the end of its run.
    private let lowestAhead: [Double], highestAhead: [Double]

    init(_ figures: [Quantity], relativeTolerance: Double) {
        self.figures = figures
        self.relativeTolerance = relativeTolerance
        let count = figures.count
        values = figures.map(\.additiveValue)
        var sums = [0.0], magnitudes = [0.0], halfUnits = [0.0], rounded = [0]
        for (figure, value) in zip(figures, values) {
            sums.append(sums.last! + (value ?? 0))
            magnitudes.append(magnitudes.last! + abs(value ?? 0))
            halfUnits.append(halfUnits.last! + figure.roundingHalfUnit)
            rounded.append(rounded.last! + (Self.carriesRounding(figure) ? 1 : 0))
        }
        var runEnd = [Int](repeating: count, count: count + 1)
        var nextNonZero = [Int](repeating: count, count: count + 1)
        var lowest = sums, highest = sums
        for index in stride(from: count - 1, through: 0, by: -1) {
            guard let value = values[index] else {
                (runEnd[index], nextNonZero[index]) = (index, index)
                continue
            }
            runEnd[index] = runEnd[index + 1]
            nextNonZero[index] = value != 0 ? index : nextNonZero[index + 1]
            lowest[index] = min(sums[index], lowest[index + 1])
            highest[index] = max(sums[index], highest[index + 1])
        }
        (self.runEnd, self.nextNonZero) = (runEnd, nextNonZero)
        (valuesBefore, magnitudesBefore, halfUnitsBefore, roundedBefore) = (sums, magnitudes, halfUnits, rounded)
        (lowestAhead, highestAhead) = (lowest, highest)
    }

    /// The rows read as top-level: parents (their children left out) and rows that are nobody's child.
    /// Nil when no row is the parent of the rows below it.
    func topLevel() -> [Quantity]? {
        var topLevel: [Quantity] = []
        var index = 0
        var sawParent = false
        var budget = Self.rowsReadPerFigure * figures.count + Self.rowsReadAtLeast
        while index < figures.count {
            topLevel.append(figures[index])
            guard budget > 0 else { return nil }
            if let end = childrenEnd(of: index, budget: &budget) {
                sawParent = true
                index = end
            } else {
                index += 1
            }
        }
        return sawParent ? topLevel : nil
    }

    /// Rows the search of a column may read, per figure of the column and at least.
    static let rowsReadPerFigure = 256
    static let rowsReadAtLeast = 65_536

    /// The end of the run of rows right below `parent` that add up to it: the first such run, at least
    /// one row long, whose sum is not zero. Nil when there is none, or when `budget` runs out first.
    private func childrenEnd(of parent: Int, budget: inout Int) -> Int? {
        let stated = figures[parent]
        let first = parent + 1
        let end = runEnd[min(first, figures.count)]
        guard first < end else { return nil }
        // A parent that cannot be summed is matched by any non-zero run below it, as `SumCheck` has it.
        guard let found = stated.additiveValue else {
            let nonZero = nextNonZero[first]
            return nonZero < end ? nonZero + 1 : nil
        }
        let configured = relativeTolerance * abs(stated.value ?? 0)
        let slack = 1e-9 * max(abs(found), 1)
        // No tolerance below can exceed this one: every half-unit down to the run's end, when any figure
        // carries rounding (whole counts and rupiah must add up exactly, so then only the configured
        // tolerance counts). The margins cover what adding in another order may change in the sums.
        let roundingAhead = Self.carriesRounding(stated) || roundedBefore[end] > roundedBefore[first]
        let halfUnitsToEnd = roundingAhead ? stated.roundingHalfUnit + halfUnitsBefore[end] - halfUnitsBefore[first] : 0
        let widest = halfUnitsToEnd + 1e-6 * (1 + halfUnitsBefore[end]) + configured + slack
        let margin = 1e-9 * (1 + magnitudesBefore[end] - magnitudesBefore[first])
        var sum = 0.0
        var halfUnits = stated.roundingHalfUnit
        var cursor = first
        while cursor < end {
            budget -= 1
            guard budget > 0 else { return nil }
            if sum == 0, values[cursor] == 0 {
                // Zeros leave the sum at zero, where nothing matches: step to the next figure that counts.
                let next = nextNonZero[cursor]
                guard next < end else { return nil }
                halfUnits += halfUnitsBefore[next] - halfUnitsBefore[cursor]
                cursor = next
            }
            sum += values[cursor]!
            halfUnits += figures[cursor].roundingHalfUnit
            cursor += 1
            let carriesRounding = Self.carriesRounding(stated) || roundedBefore[cursor] > roundedBefore[first]
            let tolerance = carriesRounding ? halfUnits + configured : configured
            if abs(found - sum) <= tolerance + slack, sum != 0 { return cursor }
            guard cursor < end else { return nil }
            let lowest = lowestAhead[cursor + 1] - valuesBefore[first] - margin
            let highest = highestAhead[cursor + 1] - valuesBefore[first] + margin
            if lowest > found + widest || highest < found - widest { return nil }
        }
        return nil
    }

    /// A figure with decimals or rounded to its unit: its half-unit counts in the tolerance.
    static func carriesRounding(_ figure: Quantity) -> Bool { figure.decimals > 0 || figure.isRoundedToUnit }
}
