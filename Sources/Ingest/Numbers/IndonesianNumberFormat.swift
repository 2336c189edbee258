/// Prints numbers the way Indonesian documents do: `.` groups thousands, `,` marks decimals.
public enum IndonesianNumberFormat {
    /// `format(14257236000)` → `14.257.236.000`; `format(102.928, decimals: 2)` → `102,93`.
    public static func format(_ value: Double, decimals: Int = 0) -> String {
        let negative = value < 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let integerPart = (scaled / scale).rounded(.down)
        let fractionPart = scaled - integerPart * scale
        var digits = String(format0: integerPart)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if decimals > 0 {
            var fraction = String(format0: fractionPart)
            while fraction.count < decimals { fraction = "0" + fraction }
            grouped += "," + fraction
        }
        return (negative && scaled != 0 ? "-" : "") + grouped
    }

    /// Formats with as many decimals as needed (up to `maximumDecimals`), dropping trailing zeros.
    public static func formatCompact(_ value: Double, maximumDecimals: Int = 2) -> String {
        var text = format(value, decimals: maximumDecimals)
        if text.contains(",") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
        }
        return text
    }
}

private extension String {
    /// Digits of a non-negative whole Double without exponent notation.
    init(format0 value: Double) {
        if value < 9.0e18 {
            self = String(Int64(value))
        } else {
            self = String(describing: value)
        }
    }
}
