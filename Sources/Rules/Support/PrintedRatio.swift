import Ingest

/// Judges a printed percentage against the two figures it is computed from, the way a reviewer
/// with a calculator would, without false alarms from the document's own rounding:
/// - a printed value with d decimals may be rounded (±½·10⁻ᵈ) or truncated (Semarang prints
///   97,94 as 97 and 105,866 as 105,86), and either is accepted;
/// - a rounded numerator (a realisation printed as 0,10 may have been 0,1024) is accepted when
///   the printed ratio falls inside the range its rounding allows;
/// - denominators (targets, budgets, wholes) are stated values, taken as exact.
struct PrintedRatio {
    enum Verdict: Equatable {
        case consistent
        /// Explained only if the numerator was rounded before printing and the ratio then truncated
        /// rather than rounded; `numerator` is the range the unrounded numerator would need.
        case onlyIfTruncated(numerator: ClosedRange<Double>)
        case inconsistent
    }

    var printed: Quantity
    var numerator: Quantity
    var denominator: Quantity

    /// numerator ÷ denominator × 100.
    var computed: Double { numeratorValue / denominatorValue * 100 }

    private var printedValue: Double { printed.value ?? 0 }
    private var numeratorValue: Double { numerator.value ?? 0 }
    private var denominatorValue: Double { denominator.value ?? 0 }

    /// Nil when the ratio cannot be checked: a figure is missing or a dash (which may mean zero or
    /// "no data"), the denominator is not positive, or a figure is negative (growth rates, where a ratio has no agreed meaning).
    init?(printed: Quantity, numerator: Quantity, denominator: Quantity) {
        guard let printedValue = printed.value, let numeratorValue = numerator.value,
              let denominatorValue = denominator.value,
              denominatorValue > 0, numeratorValue >= 0, printedValue >= 0 else { return nil }
        self.printed = printed
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The place value of the printed ratio's last digit.
    private var printedUnit: Double {
        var unit = 1.0
        for _ in 0..<printed.decimals { unit /= 10 }
        return unit
    }

    /// Whether the printed value is `value` rounded or truncated (also when the ratio is written as a
    /// fraction, 1,03 for 103 %).
    func printedMatches(_ value: Double) -> Bool {
        [value, value / 100].contains { candidate in
            let slack = 1e-9 * max(1, abs(candidate))
            let rounded = abs(printedValue - candidate) <= printedUnit / 2 + slack
            let truncated = printedValue <= candidate + slack && candidate - printedValue < printedUnit - slack
            return rounded || truncated
        }
    }

    func verdict(numeratorIsRounded: Bool) -> Verdict {
        if printedMatches(computed) { return .consistent }
        guard numeratorIsRounded else { return .inconsistent }
        let halfUnit = numerator.roundingHalfUnit
        let low = (numeratorValue - halfUnit) / denominatorValue * 100
        let high = (numeratorValue + halfUnit) / denominatorValue * 100
        let slack = 1e-9 * max(1, high)
        // A rounding window that shares more than a point with the numerator's range explains the value.
        if max(low, printedValue - printedUnit / 2) < min(high, printedValue + printedUnit / 2) - slack {
            return .consistent
        }
        let truncationLow = max(low, printedValue), truncationHigh = min(high, printedValue + printedUnit)
        if truncationLow < truncationHigh - slack {
            return .onlyIfTruncated(numerator: (truncationLow * denominatorValue / 100)...(truncationHigh * denominatorValue / 100))
        }
        return .inconsistent
    }
}

extension PrintedRatio {
    /// The judgement under the best reading of the figures: a spelling such as `13.306` may be a
    /// thousands or a decimal mark, and the reading that explains the printed ratio wins. Among
    /// readings that do not, the one closest to the printed ratio is reported.
    static func bestJudgement(printed: Quantity, numerator: Quantity, denominator: Quantity,
                              numeratorIsRounded: Bool) -> (ratio: PrintedRatio, verdict: Verdict)? {
        var judgements: [(ratio: PrintedRatio, verdict: Verdict)] = []
        for printedReading in printed.readings {
            for numeratorReading in numerator.readings {
                for denominatorReading in denominator.readings {
                    guard let ratio = PrintedRatio(printed: printedReading, numerator: numeratorReading,
                                                   denominator: denominatorReading) else { continue }
                    let verdict = ratio.verdict(numeratorIsRounded: numeratorIsRounded)
                    if verdict == .consistent { return (ratio, verdict) }
                    judgements.append((ratio, verdict))
                }
            }
        }
        return judgements.min { lhs, rhs in
            let lhsTruncated = lhs.verdict != .inconsistent, rhsTruncated = rhs.verdict != .inconsistent
            if lhsTruncated != rhsTruncated { return lhsTruncated }
            return lhs.ratio.relativeDistance < rhs.ratio.relativeDistance
        }
    }

    /// How far the printed ratio is from the computed one, relative to the computed one.
    var relativeDistance: Double { abs(printedValue - computed) / max(abs(computed), 1e-9) }
}

extension Quantity {
    /// The value as printed and, for a spelling with one ambiguous separator, the other reading.
    var readings: [Quantity] { isAmbiguous ? [self, withAlternativeReading()] : [self] }

    /// The value as the document printed it, in each language's format (`77,2` / `77.2`, `11.142` / `11,142`);
    /// whole amounts of money without their `,00`. A spelling without a value is quoted as it is.
    var printed: Localized {
        guard let value else { return Localized(spelling) }
        let shownDecimals = kind == .money && value == value.rounded() ? 0 : decimals
        return .number(value, decimals: shownDecimals)
    }
}
