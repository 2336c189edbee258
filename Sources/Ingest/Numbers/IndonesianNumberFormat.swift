import Foundation

/// Prints numbers the way Indonesian documents do: `.` groups thousands, `,` marks decimals.
public enum IndonesianNumberFormat {
    /// Decimals beyond this are noise in a Double; larger requests are clamped.
    static let maximumDecimals = 15

    /// `format(14257236000)` → `14.257.236.000`; `format(102.928, decimals: 2)` → `102,93`.
    /// Halves round away from zero, as people round: `format(1.005, decimals: 2)` → `1,01`.
    public static func format(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let places = min(max(decimals, 0), maximumDecimals)
        let scaled = roundedHalfAway(abs(value) * powerOfTen(places))
        let digits = Array(Self.digits(ofWhole: scaled).utf8)
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, places + 1 - digits.count)) + digits
        let integerDigits = padded[..<(padded.count - places)]
        var out: [UInt8] = []
        out.reserveCapacity(padded.count + padded.count / 3 + 2)
        if value < 0 && padded.contains(where: { $0 != UInt8(ascii: "0") }) { out.append(UInt8(ascii: "-")) }
        for (offset, digit) in integerDigits.enumerated() {
            if offset > 0 && (integerDigits.count - offset) % 3 == 0 { out.append(UInt8(ascii: ".")) }
            out.append(digit)
        }
        if places > 0 {
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: padded[(padded.count - places)...])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimal digits of a whole, non-negative, finite value, however large: `1250000000`.
    public static func digits(ofWhole value: Double) -> String {
        // A whole Double below 2^64 converts exactly to UInt64, whose digits are cheap; %.0f prints every
        // digit of larger ones, without exponent notation.
        value < 18_446_744_073_709_551_616 ? String(UInt64(value)) : String(format: "%.0f", value)
    }

    /// Formats with as many decimals as needed (up to `maximumDecimals`), dropping trailing zeros:
    /// `formatCompact(30.3)` → `30,3`, `formatCompact(100)` → `100`.
    public static func formatCompact(_ value: Double, maximumDecimals: Int = 2) -> String {
        var text = format(value, decimals: maximumDecimals)
        if text.containsLiteral(",") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(",") { text.removeLast() }
        }
        return text
    }

    /// Rounds half away from zero, treating values within a few ulps of a half as the half: the
    /// binary form of `1.005` is a hair below it, yet the writer meant 1.005.
    static func roundedHalfAway(_ scaled: Double) -> Double {
        let floor = scaled.rounded(.down)
        let tolerance = min(4 * scaled.ulp, 1e-6)
        return scaled - floor >= 0.5 - tolerance ? floor + 1 : floor
    }

    static func powerOfTen(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}
