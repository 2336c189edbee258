import Ingest

/// The digits and separators of a number's spelling, for judging broken spellings
/// (`Rp 4.347.407.74,12`) and finding the well-formed number they were meant to be.
struct DigitSpelling {
    /// Digit groups of the whole part, split at `.` or `,` (`["4", "347", "407", "74"]`).
    var groups: [String]
    /// Digits after an Indonesian decimal comma that follows `.`-grouping (`12` in `…74,12`), if any.
    var fraction: String?
    /// True when spaces sit between digits (`20.00 0000`): a wrapped or mistyped group, not a wrong digit.
    var hasInnerSpace: Bool
    /// True when the digits end on a group or decimal mark (`10.988.619.`): the figure may go on below.
    var endsOnSeparator: Bool

    init(_ spelling: String) {
        var core = Substring(spelling)
        endsOnSeparator = spelling.hasSuffix(".") || spelling.hasSuffix(",")
        while let first = core.first, !first.isNumber { core = core.dropFirst() }
        while let last = core.last, !last.isNumber { core = core.dropLast() }
        hasInnerSpace = core.contains(where: \.isWhitespace)
        pieces = core.split(whereSeparator: \.isWhitespace).map(String.init)
        let compact = String(core.filter { !$0.isWhitespace })
        var whole = Substring(compact)
        fraction = nil
        if let comma = compact.lastIndex(of: ","), compact.containsLiteral("."), comma > compact.lastIndex(of: ".")! {
            fraction = String(compact[compact.index(after: comma)...])
            whole = compact[..<comma]
        }
        groups = whole.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
    }

    /// The digits of the whole part as one string.
    var wholeDigits: String { groups.joined() }

    /// Looks like an amount with broken grouping rather than a code or a date: at least two later groups
    /// of exactly three digits (`4.347.407.74`), unlike `1.2.11.01.18.016` or `31.12.2020`.
    var looksLikeGroupedAmount: Bool {
        groups.dropFirst().filter { $0.count == 3 }.count >= 2
    }

    /// Worth reporting: an amount with broken grouping, or a figure split by a space that stays broken once
    /// the space is dropped (`20.00 0000`). A figure that only wrapped (`24.00 0.000`) is a layout artefact.
    var isReportable: Bool {
        guard hasInnerSpace else { return looksLikeGroupedAmount }
        guard !isSeveralFigures else { return false }
        let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        return !wellGrouped && groups.count >= 2 && wholeDigits.count >= 5
    }

    /// The spelling's pieces between spaces, when each is a figure of its own (`155.100 152.300 153.430`,
    /// `76.93 68.18`, `9. 10. 34.`): cells of neighbouring columns read as one, not a figure cut in two.
    /// A piece opening with a zero (`0000`) continues the figure before it.
    private(set) var pieces: [String] = []

    var isSeveralFigures: Bool {
        pieces.count >= 2 && pieces.allSatisfy { written in
            // `9.` and `10.` are row numbers: the dot closes them.
            let piece = written.hasSuffix(".") ? String(written.dropLast()) : written
            guard let quantity = NumberParser.parse(piece), quantity.kind != .malformed, quantity.value != nil else { return false }
            let digits = piece.filter(\.isNumber)
            return !(digits.count > 1 && digits.first == "0" && !piece.containsLiteral(",") && !piece.containsLiteral("."))
        }
    }

    /// The first group after the leading one whose length is not three, with its position (1-based).
    var brokenGroup: (position: Int, digits: String)? {
        for (index, group) in groups.enumerated() where index > 0 && group.count != 3 {
            return (index + 1, group)
        }
        return nil
    }

    /// True when the digit strings differ by exactly one digit inserted, removed or changed.
    /// Digits are ASCII, so comparing UTF-8 bytes compares digits.
    static func isOneEdit(_ a: String, _ b: String) -> Bool {
        if abs(a.utf8.count - b.utf8.count) > 1 { return false }
        let x = Array(a.utf8), y = Array(b.utf8)
        if x == y || abs(x.count - y.count) > 1 { return false }
        if x.count == y.count { return zip(x, y).filter { $0 != $1 }.count == 1 }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }

    /// The whole-part digits of a well-formed quantity's value, e.g. `4347407744` for 4.347.407.744,12.
    static func wholeDigits(of value: Double) -> String {
        guard value.isFinite else { return "" }
        return IndonesianNumberFormat.digits(ofWhole: value.rounded(.towardZero).magnitude)
    }

    /// The number of digits between the first and the last non-zero digit (`2` for `1.200.000`).
    static func significantDigitCount(_ digits: String) -> Int {
        let bytes = digits.utf8
        guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: "0") }),
              let last = bytes.lastIndex(where: { $0 != UInt8(ascii: "0") }) else { return 0 }
        return bytes.distance(from: first, to: last) + 1
    }
}
