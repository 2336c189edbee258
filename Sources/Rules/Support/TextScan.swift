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

    /// A token that may hold a figure: an ASCII digit or `#`, or a non-ASCII byte (such as `²` or `½`,
    /// which count as numbers Character-wise). A token of other ASCII bytes holds no number at all.
    static func mayHoldFigure(_ token: Substring) -> Bool {
        token.utf8.contains { isDigit($0) || $0 == UInt8(ascii: "#") || $0 >= 0x80 }
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

    /// The year pairs `YearSpanFinder` could read as spans from the text: every two neighbouring runs of
    /// exactly four ASCII digits with only bytes that can join them in between. The finder reads a span
    /// from two year tokens of four ASCII digits (it never splits a run of digits) joined only by dashes,
    /// `s.d.`, `s/d`, `sampai`, `dengan`, `hingga` and `tahun`, with blanks and `( ) , ;` between the
    /// words; so each span it finds is one of these pairs, and text without a pair holds no span.
    static func yearSpanCandidates(in text: String) -> [(start: Int, end: Int)] {
        var candidates: [(start: Int, end: Int)] = []
        var run = 0, value = 0
        // The last run when it was a four-digit year and only joining bytes followed it.
        var openYear: Int?
        func closeRun() {
            let year = run == 4 ? value : nil
            if let start = openYear, let end = year { candidates.append((start, end)) }
            openYear = year
            run = 0
            value = 0
        }
        for byte in text.utf8 {
            if isDigit(byte) {
                run += 1
                value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
                continue
            }
            if run > 0 { closeRun() }
            if openYear != nil && !yearSpanJoiningBytes[Int(byte)] { openYear = nil }
        }
        if run > 0 { closeRun() }
        return candidates
    }

    /// Blanks and control bytes, `( ) , ; - . /`, the letters of the joining words in either case, and
    /// every non-ASCII byte (dashes, non-ASCII spaces).
    private static let yearSpanJoiningBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in 0...0x20 { table[byte] = true }
        for byte in 0x80...0xFF { table[byte] = true }
        for byte in "(),;-./sampidenghtuSAMPIDENGHTU".utf8 { table[Int(byte)] = true }
        return table
    }()

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
