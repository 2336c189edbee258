/// Reads the digits-and-separators core of a number: `1.234.567,89`, `1,234,567.89`, `88.0`, `30000000`.
enum DigitReader {
    struct Reading {
        var value: Double
        var decimals: Int
        var reading: Quantity.Reading
        var alternative: Double?
    }

    enum Outcome {
        case number(Reading)
        /// Meant as a number but its grouping is broken (`4.347.407.74,12`, `8.941.`, `.000`).
        case malformed
        /// Not a number at all: a code (`1.2.11.01.18.016`), a section number (`3.1.`), a list marker (`1.`).
        case notANumber
    }

    typealias Bytes = UnsafeBufferPointer<UInt8>
    static let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")

    /// How to read a lone mark before three digits (`2.946`, `1,179`).
    enum LoneMarkReading {
        /// `.` groups thousands, `,` marks decimals: the Indonesian convention.
        case byMark
        /// Thousands either way: rupiah amounts are not written with three decimals.
        case thousands
        /// Decimals either way: a percentage of thousands (`13.306%`) is far less likely than three decimals.
        case decimal
    }

    static func read(_ body: Bytes, loneMark: LoneMarkReading) -> Outcome {
        guard let first = body.first, let last = body.last else { return .notANumber }
        if ByteText.isSeparator(first) { return .malformed }
        if ByteText.isSeparator(last) { return readCut(Bytes(rebasing: body.dropLast())) }
        var dots = 0, commas = 0, lastDot = -1, lastComma = -1
        for (index, byte) in body.enumerated() {
            if byte == dot { dots += 1; lastDot = index }
            if byte == comma { commas += 1; lastComma = index }
        }
        if dots == 0 && commas == 0 {
            return .number(Reading(value: digitValue(body, decimals: 0), decimals: 0, reading: .plain))
        }
        if dots > 0 && commas > 0 {
            return readWithDecimalMark(body, markIndex: max(lastDot, lastComma))
        }
        let mark = dots > 0 ? dot : comma
        if dots + commas > 1 {
            if isGrouped(body, mark: mark) {
                return .number(Reading(value: digitValue(body, decimals: 0), decimals: 0, reading: thousandsReading(mark)))
            }
            return looksLikeBrokenGrouping(body, mark: mark) ? .malformed : .notANumber
        }
        return readSingleMark(body, markIndex: max(lastDot, lastComma), loneMark: loneMark)
    }

    /// A number ending in a separator: a grouped number cut by a line wrap (`8.941.`) is malformed;
    /// a bare integer, a section number or a code with a trailing dot (`1.`, `3.1.`) is a marker.
    static func readCut(_ head: Bytes) -> Outcome {
        guard let lastMark = head.lastIndex(where: ByteText.isSeparator), head.count - lastMark - 1 == 3,
              case .number = read(head, loneMark: .thousands) else { return .notANumber }
        return .malformed
    }

    /// Both marks present: the last one is the decimal mark, and it appears once.
    static func readWithDecimalMark(_ body: Bytes, markIndex: Int) -> Outcome {
        let decimalMark = body[markIndex]
        let groupMark = decimalMark == dot ? comma : dot
        let integer = Bytes(rebasing: body[..<markIndex])
        let fraction = Bytes(rebasing: body[(markIndex + 1)...])
        guard !integer.contains(decimalMark), isGrouped(integer, mark: groupMark),
              fraction.allSatisfy(ByteText.isDigit) else { return .malformed }
        return .number(Reading(value: digitValue(body, decimals: fraction.count), decimals: fraction.count,
                               reading: decimalMark == comma ? .indonesian : .english))
    }

    /// One mark. Before exactly three digits, after a whole part of 1–3 digits not starting with 0,
    /// it may group thousands or mark decimals (`2.946` = 2946 or 2.946): read as `loneMark` says,
    /// keeping the other reading as the alternative.
    static func readSingleMark(_ body: Bytes, markIndex: Int, loneMark: LoneMarkReading) -> Outcome {
        let mark = body[markIndex]
        let whole = markIndex, fraction = body.count - markIndex - 1
        let decimalReading: Quantity.Reading = mark == dot ? .english : .indonesian
        let decimalValue = digitValue(body, decimals: fraction)
        guard fraction == 3, whole <= 3, body[0] != UInt8(ascii: "0") else {
            return .number(Reading(value: decimalValue, decimals: fraction, reading: decimalReading))
        }
        let thousandsValue = digitValue(body, decimals: 0)
        let asThousands = switch loneMark {
        case .byMark: mark == dot
        case .thousands: true
        case .decimal: false
        }
        if asThousands {
            return .number(Reading(value: thousandsValue, decimals: 0, reading: thousandsReading(mark),
                                   alternative: decimalValue))
        }
        return .number(Reading(value: decimalValue, decimals: 3, reading: decimalReading, alternative: thousandsValue))
    }

    static func thousandsReading(_ mark: UInt8) -> Quantity.Reading { mark == dot ? .indonesian : .english }

    /// `1.234.567` with `.` as the mark: a first group of 1–3 digits (not 0-led unless it is `0`),
    /// then groups of exactly three.
    static func isGrouped(_ digits: Bytes, mark: UInt8) -> Bool {
        var groupLength = 0, groupIndex = 0
        for byte in digits {
            if byte == mark {
                guard groupIndex == 0 ? isValidFirstGroup(digits, length: groupLength) : groupLength == 3 else { return false }
                groupIndex += 1
                groupLength = 0
            } else if ByteText.isDigit(byte) {
                groupLength += 1
            } else {
                return false
            }
        }
        return groupIndex == 0 ? groupLength > 0 : groupLength == 3
    }

    private static func isValidFirstGroup(_ digits: Bytes, length: Int) -> Bool {
        (1...3).contains(length) && (digits[0] != UInt8(ascii: "0") || length == 1)
    }

    /// A grouping that is wrong but mostly right (`4.347.407.74`): a typo in an amount, not a code.
    /// Codes (`1.2.11.1.2.11.01.18.016`, `2.17.02.2.01.0001`) have mostly short groups.
    static func looksLikeBrokenGrouping(_ body: Bytes, mark: UInt8) -> Bool {
        let groups = body.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = groups.first, isValidFirstGroup(Bytes(rebasing: first), length: first.count) else { return false }
        let threeDigitGroups = groups.dropFirst().filter { $0.count == 3 }.count
        return threeDigitGroups * 2 > groups.count - 1
    }

    /// The number formed by all digits of `text`, divided by 10^decimals. Dividing two exact
    /// doubles (`43 / 100`) gives the double nearest to the written value, unlike summing digit
    /// fractions; beyond 2^53 the standard library's correctly rounded conversion takes over.
    static func digitValue(_ text: Bytes, decimals: Int) -> Double {
        var mantissa: UInt64 = 0
        for byte in text where ByteText.isDigit(byte) {
            mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
            if mantissa > exactIntegerLimit { return convertedValue(text, decimals: decimals) }
        }
        guard decimals < powersOfTen.count else { return convertedValue(text, decimals: decimals) }
        return Double(mantissa) / powersOfTen[decimals]
    }

    /// Integers up to 2^53 are exact in a Double.
    static let exactIntegerLimit: UInt64 = 1 << 53

    static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    private static func convertedValue(_ text: Bytes, decimals: Int) -> Double {
        let digits = String(decoding: text.filter(ByteText.isDigit), as: UTF8.self)
        return Double(digits + "e-\(decimals)") ?? .infinity
    }
}
