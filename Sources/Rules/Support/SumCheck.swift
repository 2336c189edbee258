import Ingest

/// Compares a stated total with the sum of its parts, rounding-aware in the spirit of XBRL
/// Calculations 1.1: a value printed with d decimals stands for ±½·10⁻ᵈ, so a total is inconsistent
/// only when |stated − Σ parts| exceeds the sum of those half-units (plus any configured tolerance).
/// When every figure is a whole number they are counts or whole rupiah, not rounded values, and must
/// add up exactly: otherwise four headcounts could hide a difference of two. Whole amounts of a table
/// that states its money in millions (`dalam juta rupiah`) are rounded, and carry their half-unit.
struct SumCheck {
    var stated: Quantity
    var parts: [Quantity]

    struct Mismatch {
        var expected: Double
        var found: Double
        var decimals: Int

        var difference: Double { found - expected }
        var expectedText: Localized { .number(expected, decimals: decimals) }
        var foundText: Localized { .number(found, decimals: decimals) }
        /// The signed difference, e.g. `-150.000.000` / `-150,000,000`.
        var differenceText: Localized {
            (difference > 0 ? "+" : "") + .number(difference, decimals: decimals)
        }
    }

    /// The parts' sum, or nil when a part cannot be added (N/A, spreadsheet error, malformed).
    var sum: Double? {
        var total = 0.0
        for part in parts {
            guard let value = part.additiveValue else { return nil }
            total += value
        }
        return total
    }

    func tolerance(relative: Double) -> Double {
        let configured = relative * abs(stated.value ?? 0)
        let figures = [stated] + parts
        guard figures.contains(where: { $0.decimals > 0 || $0.isRoundedToUnit }) else { return configured }
        return figures.reduce(0) { $0 + $1.roundingHalfUnit } + configured
    }

    /// Nil when the total is consistent, or cannot be checked.
    func mismatch(relativeTolerance: Double = 0) -> Mismatch? {
        guard let found = stated.additiveValue, let expected = sum, !parts.isEmpty else { return nil }
        guard abs(found - expected) > tolerance(relative: relativeTolerance) + 1e-9 * max(abs(found), 1) else { return nil }
        // `1.383,644` or `1,383.644` for 1.383.644: the digits are the sum's, a group mark was printed (or read
        // by OCR) as a decimal mark. That is a slip of form, not of arithmetic; the sum is not called wrong for it.
        if stated.decimals == 3, abs(found * 1000 - expected) < 0.5 { return nil }
        let decimals = ([stated] + parts).map(\.decimals).max() ?? 0
        return Mismatch(expected: expected, found: found, decimals: decimals)
    }

    /// True when the stated value matches `alternative` within the same tolerance (used to accept
    /// a second reading of the total, e.g. an end-of-period sum that includes the baseline year).
    func matches(_ alternative: Double, relativeTolerance: Double = 0) -> Bool {
        guard let found = stated.additiveValue else { return false }
        return abs(found - alternative) <= tolerance(relative: relativeTolerance) + 1e-9 * max(abs(found), 1)
    }
}
