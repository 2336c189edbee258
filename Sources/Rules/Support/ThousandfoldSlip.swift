import Ingest

/// Solves a failing sum "stated = Σ parts" for figures printed a thousand times too small (three zeros
/// missing: `500.000` for `500.000.000`) or too large (three zeros too many).
///
/// Only figures at least 100× away from the others are candidates, and the correction must make the
/// sum hold exactly (within rounding) with the fewest figures changed and one way only; otherwise the
/// sum is left to the totals rules.
enum ThousandfoldSlip {
    enum Direction {
        case missingZeros
        case extraZeros
    }

    struct Correction: Equatable {
        /// 0 for the stated total, `k` for `parts[k - 1]`.
        var index: Int
        var direction: Direction
        var corrected: Double
    }

    enum Outcome: Equatable {
        /// The sum holds as the values stand.
        case holds
        /// Exactly one smallest set of corrections makes it hold.
        case solved([Correction])
        /// Several equally small sets make it hold (a single child 1000× below its parent: the child lacks
        /// three zeros or the parent has three too many).
        case ambiguous([[Correction]])
        case unsolved
    }

    static let maximumCandidates = 6
    static let maximumCorrections = 3

    /// `values[0]` is the stated total, the rest its parts; `tolerance` is what rounding allows.
    static func solve(_ values: [Double], tolerance: Double) -> Outcome {
        func holds(_ figures: [Double]) -> Bool {
            abs(figures[0] - figures.dropFirst().reduce(0, +)) <= tolerance + 1e-9 * max(abs(figures[0]), 1)
        }
        guard values.count >= 2 else { return .unsolved }
        if holds(values) { return .holds }
        guard let largest = values.max(), largest > 0 else { return .unsolved }
        let candidates = values.indices.compactMap { index -> Correction? in
            let value = values[index]
            guard value > 0 else { return nil }
            if value * 100 <= largest {
                return Correction(index: index, direction: .missingZeros, corrected: value * 1000)
            }
            let others = values.enumerated().filter { $0.offset != index }.map(\.element)
            if let otherLargest = others.max(), value >= 100 * otherLargest,
               value.truncatingRemainder(dividingBy: 1000) == 0 {
                return Correction(index: index, direction: .extraZeros, corrected: value / 1000)
            }
            return nil
        }
        guard !candidates.isEmpty, candidates.count <= maximumCandidates else { return .unsolved }
        for size in 1...min(maximumCorrections, candidates.count) {
            let solutions = subsets(of: candidates, size: size).filter { corrections in
                var corrected = values
                for correction in corrections { corrected[correction.index] = correction.corrected }
                return holds(corrected)
            }
            if solutions.count == 1 { return .solved(solutions[0]) }
            if solutions.count > 1 { return .ambiguous(solutions) }
        }
        return .unsolved
    }

    static func subsets<T>(of items: [T], size: Int) -> [[T]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[T]] = []
        for (offset, item) in items.enumerated() {
            for rest in subsets(of: Array(items[(offset + 1)...]), size: size - 1) { result.append([item] + rest) }
        }
        return result
    }
}
