/// The columns of one page of a space-aligned table, as character ranges: from the column-number row
/// (`1 2 3 … 23`) where the table prints one, otherwise from the gutters that its body lines leave blank.
struct LayoutColumns: Sendable {
    /// Each column's character range, left to right, touching their neighbours.
    var ranges: [Range<Int>]
    /// The printed column numbers, where they come from a column-number row.
    var numbers: [Int]?
    /// The middle of each printed column number: body values are centred under them more reliably than
    /// they respect any boundary between two numbers.
    var anchors: [Double]?

    var count: Int { ranges.count }

    /// Columns around the numbers of a column-number row, each boundary moved into the gutter the body
    /// lines leave nearest to the midpoint between two numbers (text columns are left-aligned, their
    /// numbers centred).
    static func fromNumberRow(_ numbers: [(number: Int, token: LayoutToken)], body: [LayoutLine]) -> LayoutColumns {
        let coverage = Coverage(body)
        var boundaries: [Int] = []
        for (left, right) in zip(numbers, numbers.dropFirst()) {
            let low = Int(left.token.center.rounded(.up)), high = max(low, Int(right.token.center.rounded(.down)))
            let middle = (low + high) / 2
            let best = (low...high).min { a, b in
                (coverage[a], abs(a - middle)) < (coverage[b], abs(b - middle))
            } ?? middle
            boundaries.append(best)
        }
        return LayoutColumns(ranges: ranges(between: boundaries), numbers: numbers.map(\.number),
                             anchors: numbers.map(\.token.center))
    }

    /// Columns centred on the given middles, as under a column-number row but without printed numbers.
    static func fromAnchors(_ anchors: [Double], body: [LayoutLine]) -> LayoutColumns {
        let tokens = anchors.map { LayoutToken(text: "", start: Int($0.rounded(.down)), end: Int($0.rounded(.up)) + 1) }
        var columns = fromNumberRow(Array(zip(1..., tokens)).map { ($0.0, $0.1) }, body: body)
        columns.numbers = nil
        columns.anchors = anchors
        return columns
    }

    /// Columns between the gutters of the body lines: character positions that (almost) no body line
    /// fills. Nil when the lines leave fewer than two columns.
    static func fromGutters(_ body: [LayoutLine]) -> LayoutColumns? {
        let coverage = Coverage(body)
        // A long table tolerates a few lines whose text crosses a gutter; a short one none.
        let tolerated = body.count >= 12 ? body.count / 20 : 0
        var runs: [Range<Int>] = []
        var start: Int?
        for position in 0...coverage.width {
            let filled = position < coverage.width && coverage[position] > tolerated
            if filled, start == nil { start = position }
            if !filled, let first = start {
                runs.append(first..<position)
                start = nil
            }
        }
        guard runs.count >= 2 else { return nil }
        let boundaries = zip(runs, runs.dropFirst()).map { left, right in (left.upperBound + right.lowerBound) / 2 }
        return LayoutColumns(ranges: ranges(between: boundaries), numbers: nil, anchors: nil)
    }

    static func ranges(between boundaries: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lower = 0
        for boundary in boundaries {
            ranges.append(lower..<max(lower + 1, boundary))
            lower = max(lower + 1, boundary)
        }
        ranges.append(lower..<Int.max / 2)
        return ranges
    }

    /// The middle of a column (the open last column counts as twenty characters wide).
    func center(of column: Int) -> Double { anchors?[column] ?? ranges[column].center }

    func width(of column: Int) -> Int { min(ranges[column].count, 40) }

    func start(of column: Int) -> Int { ranges[column].lowerBound }

    /// The column a body token belongs to: the column number nearest its middle, or else the column it
    /// overlaps most.
    func column(of token: LayoutToken) -> Int {
        if let anchors {
            return anchors.indices.min { abs(anchors[$0] - token.center) < abs(anchors[$1] - token.center) } ?? 0
        }
        var best = 0, bestOverlap = -1
        for (index, range) in ranges.enumerated() {
            let overlap = min(range.upperBound, token.end) - max(range.lowerBound, token.start)
            if overlap > bestOverlap {
                best = index
                bestOverlap = overlap
            }
        }
        return best
    }

    /// The columns a header token spans: every column holding a third of it or half of the column's
    /// own width (a year centred over its `Target` and `Rp` columns), at least the one it overlaps most.
    func columns(spannedBy token: LayoutToken) -> [Int] {
        let spanned = ranges.indices.filter { index in
            let range = ranges[index]
            let overlap = min(range.upperBound, token.end) - max(range.lowerBound, token.start)
            guard overlap > 0 else { return false }
            return overlap * 3 >= token.width || overlap * 2 >= min(range.count, 64)
        }
        return spanned.isEmpty ? [column(of: token)] : spanned
    }

    /// Where each of this page's columns stands among `reference`'s, by printed number where both pages
    /// print one, else one to one.
    func mapping(onto reference: LayoutColumns) -> [Int] {
        guard let numbers, let referenceNumbers = reference.numbers else { return Array(0..<count).map { min($0, reference.count - 1) } }
        return numbers.enumerated().map { index, number in referenceNumbers.firstIndex(of: number) ?? min(index, reference.count - 1) }
    }

    /// The same columns stretched by `scale` and moved `offset` characters to the right.
    func transformed(scale: Double, offset: Double) -> LayoutColumns {
        func place(_ position: Int) -> Int { Int((Double(position) * scale + offset).rounded()) }
        var moved = self
        moved.ranges = ranges.enumerated().map { index, range in
            let lower = index == 0 ? 0 : max(0, place(range.lowerBound))
            let upper = range.upperBound == Int.max / 2 ? range.upperBound : place(range.upperBound)
            return lower..<max(lower + 1, upper)
        }
        moved.anchors = anchors?.map { $0 * scale + offset }
        return moved
    }

    /// How a later page without a header of its own places this page's columns: pdftotext sets each
    /// page anew, moving the table sideways and, where the page's text is set smaller or larger,
    /// stretching it. The placement chosen is the one under which most words fall in a column of their
    /// kind (figures under figures, words under words); among equals, the least moved.
    func placement(of lines: [LayoutLine], profile: [Double]) -> (scale: Double, offset: Double) {
        let tokens = lines.flatMap(\.tokens)
        guard !tokens.isEmpty else { return (1, 0) }
        let isFigure = tokens.map { LayoutRowAssembler.isValuePiece($0.text) }
        let lowers = ranges.map(\.lowerBound)
        func column(at position: Double) -> Int {
            max(0, lowers.partitioningIndex { Double($0) > position } - 1)
        }
        var best = (scale: 1.0, offset: 0.0, score: Int.min, moved: 0.0)
        for scaleStep in -8...8 {
            let scale = 1 + Double(scaleStep) * 0.035
            for offset in stride(from: -60.0, through: 60.0, by: 1) {
                var score = 0
                for (token, figure) in zip(tokens, isFigure) {
                    let position = (token.center - offset) / scale
                    score += (profile[column(at: position)] >= 0.5) == figure ? 1 : -1
                }
                let moved = abs(offset) + abs(scale - 1) * 100
                if score > best.score || (score == best.score && moved < best.moved) { best = (scale, offset, score, moved) }
            }
        }
        return (best.scale, best.offset)
    }

    /// For each column, the share of the body words in it that are figures.
    func figureShares(of lines: [LayoutLine]) -> [Double] {
        var figures = Array(repeating: 0, count: count), words = Array(repeating: 0, count: count)
        for line in lines {
            for token in line.tokens {
                let column = column(of: token)
                words[column] += 1
                if LayoutRowAssembler.isValuePiece(token.text) { figures[column] += 1 }
            }
        }
        return zip(figures, words).map { $1 == 0 ? 0.5 : Double($0) / Double($1) }
    }
}

private extension Range where Bound == Int {
    /// The middle of the range; the open last column counts as ending twenty characters in.
    var center: Double { Double(lowerBound + Swift.min(upperBound, lowerBound + 20)) / 2 }
}

/// How many lines fill each character position.
private struct Coverage {
    private var counts: [Int]

    init(_ lines: [LayoutLine]) {
        let width = lines.map(\.end).max() ?? 0
        counts = Array(repeating: 0, count: width)
        for line in lines {
            for token in line.tokens {
                for position in token.start..<token.end { counts[position] += 1 }
            }
        }
    }

    var width: Int { counts.count }

    subscript(position: Int) -> Int { position >= 0 && position < counts.count ? counts[position] : 0 }
}
