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
