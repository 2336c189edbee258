import Foundation

/// Prints numbers the way Indonesian documents do: `.` groups thousands, `,` marks decimals.
public enum IndonesianNumberFormat {
    /// Decimals beyond this are noise in a Double; larger requests are clamped.
    static let maximumDecimals = 15

    /// `format(14257236000)` → `14.257.236.000`; `format(102.928, decimals: 2)` → `102,93`.
    /// Halves round away from zero, as people round: `format(1.005, decimals: 2)` → `1,01`.
    /// From 2^53 on a `Double` no longer holds every whole number: such a value (a sum of many large
    /// figures) is printed with the digits it does hold and zeros after them, marked as approximate:
    /// `format(12345678901234567168)` → `≈12.345.678.901.234.600.000`.
    public static func format(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        if abs(value) >= exactWholeLimit {
            var out = Array("≈".utf8) + (value < 0 ? [UInt8(ascii: "-")] : [])
            appendGrouped(Array(exactDigits(of: abs(value)).utf8), to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        let places = min(max(decimals, 0), maximumDecimals)
        let scaled = roundedHalfAway(abs(value) * powerOfTen(places))
        let digits = Array(Self.digits(ofWhole: scaled).utf8)
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, places + 1 - digits.count)) + digits
        let integerDigits = padded[..<(padded.count - places)]
        var out: [UInt8] = []
        out.reserveCapacity(padded.count + padded.count / 3 + 2)
        if value < 0 && padded.contains(where: { $0 != UInt8(ascii: "0") }) { out.append(UInt8(ascii: "-")) }
        appendGrouped(integerDigits, to: &out)
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

    /// 2^53: every whole number below it is exact in a `Double`.
    static let exactWholeLimit = 9_007_199_254_740_992.0

    /// The whole digits of a positive value of 2^53 or more: its first fifteen significant digits, then zeros.
    static func exactDigits(of value: Double) -> String {
        let scientific = String(format: "%.14e", value)
        guard let mark = scientific.firstIndex(of: "e"), let exponent = Int(scientific[scientific.index(after: mark)...]) else {
            return digits(ofWhole: value)
        }
        let mantissa = scientific[..<mark].filter(\.isASCIIDigit)
        return mantissa + String(repeating: "0", count: max(0, exponent - 14))
    }

    /// A string of whole digits, however many, grouped without passing through a `Double`: `01234567` →
    /// `1.234.567`.
    public static func grouped(wholeDigits: String) -> String {
        let digits = wholeDigits.utf8.drop { $0 == UInt8(ascii: "0") }
        var out: [UInt8] = []
        appendGrouped(digits.isEmpty ? Array("0".utf8) : Array(digits), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends whole digits with a `.` before every group of three from the right: `1234567` → `1.234.567`.
    static func appendGrouped(_ digits: some Collection<UInt8>, to out: inout [UInt8]) {
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(UInt8(ascii: ".")) }
            out.append(digit)
        }
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
