/// Parses the number spellings found in Renstra exports (see DESIGN.md §1) into `Quantity` values.
///
/// The parser never coerces a broken spelling: `Rp 4.347.407.74,12` becomes `.malformed` with its
/// original text, and a lone separator before three digits (`2.946`) is read as a thousands mark
/// with the decimal reading kept as `alternativeValue` for the table to decide.
public enum NumberParser {
    /// Returns nil when the text is not a quantity at all (words, codes, dates).
    public static func parse(_ raw: String) -> Quantity? {
        let spelling = raw.trimmingWhitespace()
        if spelling.isEmpty { return nil }
        var text = Substring(stripMarkup(spelling)).trimmingWhitespaceSubstring()
        if text.isEmpty { return nil }
        if text == "-" || text == "–" || text == "—" {
            return Quantity(spelling: spelling, kind: .dash, value: nil)
        }
        if isNotAvailable(text) { return Quantity(spelling: spelling, kind: .notAvailable, value: nil) }
        if text.first == "#" {
            return isSpreadsheetError(text) ? Quantity(spelling: spelling, kind: .spreadsheetError, value: nil) : nil
        }

        var kind = Quantity.Kind.number
        if let stripped = stripCurrency(text) { text = stripped; kind = .money }
        // `Rp -` and `- Rp`: an amount written as a dash.
        if kind == .money, text == "-" || text == "–" || text == "—" {
            return Quantity(spelling: spelling, kind: .dash, value: nil)
        }
        if text.last == "%" {
            text = text.dropLast().trimmingWhitespaceSubstring()
            kind = .percent
        }
        var negative = false
        if text.first == "-" || text.first == "−" {
            negative = true
            text = text.dropFirst().trimmingWhitespaceSubstring()
        }
        let core = text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard let firstDigit = core.first, firstDigit.isNumber else { return nil }
        var rest = text[core.endIndex...].trimmingWhitespaceSubstring()
        if kind == .number, rest.last == "%" || rest == "%" {
            kind = .percent
            rest = rest.dropLast().trimmingWhitespaceSubstring()
        }
        if kind != .money, let stripped = stripCurrency(rest), stripped.isEmpty {
            kind = .money
            rest = stripped
        }
        let unit = rest.isEmpty ? nil : String(rest)
        if let unit, !isUnitText(unit) { return nil }

        guard let reading = readDigits(core) else {
            return Quantity(spelling: spelling, kind: .malformed, value: nil, unit: unit)
        }
        let sign = negative ? -1.0 : 1.0
        return Quantity(spelling: spelling, kind: kind, value: sign * reading.value, decimals: reading.decimals,
                        reading: reading.reading, unit: unit,
                        alternativeValue: reading.alternative.map { sign * $0 })
    }

    struct DigitReading {
        var value: Double
        var decimals: Int
        var reading: Quantity.Reading
        var alternative: Double?
    }

    /// Reads `1.234.567,89`, `1,234,567.89`, `88.0`, `30000000`; nil when the grouping is broken.
    static func readDigits(_ core: Substring) -> DigitReading? {
        let chars = Array(core.utf8)
        let dots = chars.filter { $0 == UInt8(ascii: ".") }.count
        let commas = chars.filter { $0 == UInt8(ascii: ",") }.count
        if dots == 0 && commas == 0 {
            guard let value = Double(String(core)) else { return nil }
            return DigitReading(value: value, decimals: 0, reading: .plain)
        }
        guard let last = chars.last, last != UInt8(ascii: "."), last != UInt8(ascii: ",") else { return nil }
        if dots > 0 && commas > 0 {
            let lastDot = chars.lastIndex(of: UInt8(ascii: "."))!
            let lastComma = chars.lastIndex(of: UInt8(ascii: ","))!
            let decimalMark = lastDot > lastComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
            let groupMark = decimalMark == UInt8(ascii: ".") ? UInt8(ascii: ",") : UInt8(ascii: ".")
            let markIndex = max(lastDot, lastComma)
            if chars[(markIndex + 1)...].contains(where: { !isDigit($0) }) { return nil }
            guard let integer = groupedInteger(chars[..<markIndex], mark: groupMark) else { return nil }
            let fraction = chars[(markIndex + 1)...]
            let value = integer + fractionValue(fraction)
            return DigitReading(value: value, decimals: fraction.count,
                                reading: decimalMark == UInt8(ascii: ",") ? .indonesian : .english)
        }
        let mark = dots > 0 ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let count = max(dots, commas)
        if count > 1 {
            guard let integer = groupedInteger(chars[...], mark: mark) else { return nil }
            return DigitReading(value: integer, decimals: 0, reading: mark == UInt8(ascii: ".") ? .indonesian : .english)
        }
        let markIndex = chars.firstIndex(of: mark)!
        let whole = chars[..<markIndex], fraction = chars[(markIndex + 1)...]
        guard !whole.isEmpty, whole.allSatisfy(isDigit), fraction.allSatisfy(isDigit) else { return nil }
        let wholeValue = Double(String(decoding: whole, as: UTF8.self)) ?? 0
        let decimalValue = wholeValue + fractionValue(fraction)
        let decimalReading: Quantity.Reading = mark == UInt8(ascii: ".") ? .english : .indonesian
        // Three digits after a single mark, not after a leading zero: a thousands mark or a decimal mark.
        if fraction.count == 3 && !(whole.count == 1 && whole.first == UInt8(ascii: "0")) && whole.count <= 3 {
            let thousands = wholeValue * 1000 + (Double(String(decoding: fraction, as: UTF8.self)) ?? 0)
            let thousandsReading: Quantity.Reading = mark == UInt8(ascii: ".") ? .indonesian : .english
            if mark == UInt8(ascii: ".") {
                return DigitReading(value: thousands, decimals: 0, reading: thousandsReading, alternative: decimalValue)
            }
            return DigitReading(value: decimalValue, decimals: 3, reading: decimalReading, alternative: thousands)
        }
        return DigitReading(value: decimalValue, decimals: fraction.count, reading: decimalReading)
    }

    /// `1.234.567` with `.` as the mark: a first group of 1–3 digits, then groups of exactly 3.
    static func groupedInteger(_ chars: ArraySlice<UInt8>, mark: UInt8) -> Double? {
        let groups = chars.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1 else { return nil }
        var value = 0.0
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty, group.allSatisfy(isDigit) else { return nil }
            if index > 0 && group.count != 3 { return nil }
            for digit in group { value = value * 10 + Double(digit - UInt8(ascii: "0")) }
        }
        return value
    }

    static func fractionValue(_ digits: ArraySlice<UInt8>) -> Double {
        var value = 0.0, scale = 0.1
        for digit in digits {
            value += Double(digit - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func stripMarkup(_ text: String) -> String {
        guard text.contains("<") || text.contains("*") else { return text }
        var result = text
        for tag in ["<b>", "</b>", "<B>", "</B>", "**"] { result = result.replacingAll(tag, with: "") }
        return result
    }

    static func isNotAvailable(_ text: Substring) -> Bool {
        switch text.uppercased() {
        case "N/A", "N.A", "N.A.", "NA", "#N/A": return true
        default: return false
        }
    }

    static let spreadsheetErrors: Set<String> = ["#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#N/A", "#ERROR!"]

    static func isSpreadsheetError(_ text: Substring) -> Bool { spreadsheetErrors.contains(text.uppercased()) }

    /// Removes a leading `Rp`, `Rp.`, `IDR` or a trailing `Rp`; nil when there is none.
    static func stripCurrency(_ text: Substring) -> Substring? {
        for prefix in ["Rp.", "Rp", "RP.", "RP", "IDR"] where text.hasPrefix(prefix) {
            return text.dropFirst(prefix.count).trimmingWhitespaceSubstring()
        }
        for suffix in ["Rp.", "Rp", "IDR"] where text.hasSuffix(suffix) {
            return text.dropLast(suffix.count).trimmingWhitespaceSubstring()
        }
        return nil
    }

    /// A unit after a number is a short run of words (`Orang`, `Unit Usaha`, `M`), not a sentence.
    static func isUnitText(_ unit: String) -> Bool {
        guard unit.count <= 24, let first = unit.unicodeScalars.first else { return false }
        return first.properties.isAlphabetic && unit.split(separator: " ").count <= 3
            && !unit.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
