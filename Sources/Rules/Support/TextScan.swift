/// Cheap byte scans that let rules skip text which cannot hold what they look for, before the
/// costlier tokenising and number parsing.
enum TextScan {
    /// An ASCII digit anywhere in the text.
    static func hasDigit(_ text: String) -> Bool {
        text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// An ASCII digit or `#` (spreadsheet errors start with it).
    static func hasDigitOrHash(_ text: String) -> Bool {
        text.utf8.contains { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "#") }
    }

    /// A digit, a `.` or `,`, and a digit in a row (`1.234`, `30,5`): the only way a grouped or
    /// decimal figure, well formed or not, can be written.
    static func hasSeparatedDigits(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if isDigit(byte), previous == UInt8(ascii: ".") || previous == UInt8(ascii: ","), isDigit(beforePrevious) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// At least `count` ASCII digits in the text.
    static func hasDigits(_ text: String, atLeast count: Int) -> Bool {
        var seen = 0
        for byte in text.utf8 where isDigit(byte) {
            seen += 1
            if seen >= count { return true }
        }
        return false
    }

    /// Two separate runs of four or more ASCII digits. `YearSpanFinder` reads a span only from two year
    /// tokens of four ASCII digits each, and it never splits a run of digits into two tokens, so text
    /// without two such runs holds no span.
    static func mayHoldYearSpan(_ text: String) -> Bool {
        var runs = 0, run = 0
        for byte in text.utf8 {
            guard isDigit(byte) else { run = 0; continue }
            run += 1
            if run == 4 {
                runs += 1
                if runs == 2 { return true }
            }
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `word` (lower-case ASCII) occurs in the text, ignoring ASCII case.
    static func containsIgnoringCase(_ text: String, _ word: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = pattern.first else { return false }
        let bytes = Array(text.utf8)
        guard bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] | 0x20 == first {
            var matched = true
            for offset in 1..<pattern.count where bytes[start + offset] | 0x20 != pattern[offset] {
                matched = false
                break
            }
            if matched { return true }
        }
        return false
    }
}
