import Ingest

/// A figure cut by a line break inside a narrow table column: `1.119.419.3` with `62` under it
/// (`pdftotext -layout` keeps the column, reading-order text puts the piece on the next line). Read as
/// one line each, the first piece looks like a number with a broken last group; joined, it is whole.
enum WrappedFigures {
    /// How many lines below the figure its continuation may stand.
    static let reach = 2

    /// Whether `spelling` may be the first piece of a figure wrapped over lines: it ends on a separator
    /// (`10.988.619.`), or its last group is the broken one and shorter than three digits, with no
    /// decimals after it.
    static func mayBeCut(_ spelling: DigitSpelling) -> Bool {
        if spelling.endsOnSeparator { return true }
        guard spelling.fraction == nil, let broken = spelling.brokenGroup else { return false }
        return broken.position == spelling.groups.count && broken.digits.count < 3
    }

    /// The figure `spelling` (written on `line`) and the digits under its end on the next lines, joined,
    /// when the joined spelling is a well-formed number.
    static func rebuilt(_ spelling: String, line: Int, in source: SourceText) -> String? {
        let text = Array(source.line(line))
        let target = Array(spelling)
        guard let start = firstOffset(of: target, in: text) else { return nil }
        let columns = start..<(start + target.count)
        for next in (line + 1)...(line + reach) where next <= source.lines.count {
            let below = Array(source.line(next))
            guard let piece = digitRuns(in: below).first(where: { $0.range.overlaps(columns) || $0.range.lowerBound == columns.upperBound }) else {
                continue
            }
            let joined = spelling + piece.text
            guard let quantity = NumberParser.parse(joined), quantity.kind != .malformed, quantity.value != nil else { return nil }
            return joined
        }
        return nil
    }

    /// Runs of digits (with `.` and `,` inside) standing as words of their own, with their columns.
    static func digitRuns(in text: [Character]) -> [(text: String, range: Range<Int>)] {
        var runs: [(String, Range<Int>)] = []
        var index = 0
        while index < text.count {
            guard text[index].isASCII, text[index].isNumber, index == 0 || text[index - 1].isWhitespace else { index += 1; continue }
            var end = index
            while end < text.count, text[end].isASCII, text[end].isNumber || text[end] == "." || text[end] == "," { end += 1 }
            if end == text.count || text[end].isWhitespace { runs.append((String(text[index..<end]), index..<end)) }
            index = end
        }
        return runs
    }

    private static func firstOffset(of target: [Character], in text: [Character]) -> Int? {
        guard !target.isEmpty, target.count <= text.count else { return nil }
        for start in 0...(text.count - target.count) where text[start] == target[0] {
            if Array(text[start..<start + target.count]) == target { return start }
        }
        return nil
    }
}
