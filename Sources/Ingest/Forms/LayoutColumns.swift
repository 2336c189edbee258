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

    /// Where each of this page's columns stands among `reference`'s: by printed number where both pages
    /// print one, one to one where they have as many columns, otherwise by the alignment that keeps the
    /// columns in order and best matches what they hold (figures or words) and where they stand across
    /// the table's width.
    func mapping(onto reference: LayoutColumns, profile: [Double], referenceProfile: [Double]) -> [Int] {
        if let numbers, let referenceNumbers = reference.numbers {
            return numbers.enumerated().map { index, number in
                referenceNumbers.firstIndex(of: number) ?? min(index, reference.count - 1)
            }
        }
        if count == reference.count { return Array(0..<count) }
        let positions = relativeCenters, referencePositions = reference.relativeCenters
        // cost[i][j]: the best alignment of this page's first i + 1 columns with column i on reference column j.
        let columns = count, targets = reference.count
        var cost = Array(repeating: Array(repeating: Double.infinity, count: targets), count: columns)
        var from = Array(repeating: Array(repeating: 0, count: targets), count: columns)
        func mismatch(_ i: Int, _ j: Int) -> Double {
            abs(positions[i] - referencePositions[j]) * 4 + abs(profile[i] - referenceProfile[j])
        }
        for j in 0..<targets { cost[0][j] = mismatch(0, j) }
        for i in 1..<max(1, columns) {
            var best = Double.infinity, bestFrom = 0
            for j in 0..<targets {
                if cost[i - 1][j] < best { best = cost[i - 1][j]; bestFrom = j }
                cost[i][j] = best + mismatch(i, j)
                from[i][j] = bestFrom
            }
        }
        guard columns > 0, var j = cost[columns - 1].indices.min(by: { cost[columns - 1][$0] < cost[columns - 1][$1] }) else { return [] }
        var mapping = Array(repeating: 0, count: columns)
        for i in stride(from: columns - 1, through: 0, by: -1) {
            mapping[i] = j
            j = from[i][j]
        }
        return mapping
    }

    /// Column middles as a fraction of the span from the first column's middle to the last's.
    var relativeCenters: [Double] {
        let centers = (0..<count).map { center(of: $0) }
        guard let first = centers.first, let last = centers.last, last > first else { return centers.map { _ in 0 } }
        return centers.map { ($0 - first) / (last - first) }
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
