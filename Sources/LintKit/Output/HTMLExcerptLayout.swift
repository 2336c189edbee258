import Ingest

/// How an excerpt's table shares the width of a printed A4 page among its columns, for a fixed table
/// layout: percentages that add up to at most all of it, so the excerpt is never wider than the page
/// and wraps inside its cells, and whether it needs the smaller type.
///
/// As a browser's own layout would, but without ever growing past the page, each column first gets its
/// longest word or figure, so figures and line numbers are not broken across lines, and the width left
/// goes to the columns whose text is longer. Where the longest words are too wide, the line numbers and
/// the columns kept whole (the cited ones) keep theirs and the others shrink: first to a short word in
/// the normal type, then in the smaller type, then to one character each, so that no text runs into the
/// next cell.
struct HTMLExcerptLayout {
    /// The width of an excerpt printed on A4, in characters of its 7 pt type (about 110 digits fit
    /// between the margins; a little less is assumed, fonts differ), and what a printed cell's padding and
    /// borders take of it. A dense excerpt is printed in 6 pt type (the stylesheet's `table.dense`).
    static let printedWidth = 105.0
    static let densePrintedWidth = printedWidth * 7 / 6
    static let cellPadding = 2.0
    /// Text past this length wraps in any case, so it claims no more of the width left over.
    static let longestUnwrappedText = 40
    /// The narrowest a name column is made before the type is made smaller: most words fit.
    static let shortWord = 10

    /// Whether the excerpt is printed in the smaller type.
    let dense: Bool
    /// The columns' widths in percent of the excerpt's, the line numbers' first.
    let widths: [Double]

    /// The layout of the `columns` of `table` showing `rows`, the `keptWhole` columns (the cited ones)
    /// kept at the width of their longest word when not all fit.
    init(_ columns: [Int], of table: Table, rows: [Row], keptWhole: Set<Int>) {
        let longestWord = { (texts: [String]) in texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 0 }
        let lineDigits = String(rows.map(\.lines.first).max() ?? 0).count
        let texts = columns.map { column in rows.compactMap { $0[column]?.text } }
        let least = ([lineDigits] + texts.map(longestWord)).map { Double($0) + Self.cellPadding }
        // Room is wanted for the whole text, and for the header's words where they are short.
        let headerWords = [0] + columns.map { longestWord([table.column(at: $0)?.header ?? ""]) }
        let most = least.indices.map { index in
            let text = index == 0 ? lineDigits : min(texts[index - 1].map(\.count).max() ?? 0, Self.longestUnwrappedText)
            return max(least[index], Double(max(text, min(headerWords[index], Self.shortWord))) + Self.cellPadding)
        }
        let kept = Set([0] + columns.indices.filter { keptWhole.contains(columns[$0]) }.map { $0 + 1 })
        let keeping = { (floor: Int) in least.indices.map { kept.contains($0) ? least[$0] : min(least[$0], Double(floor) + Self.cellPadding) } }
        let shortWords = keeping(Self.shortWord)
        dense = shortWords.reduce(0, +) > Self.printedWidth
        let total = dense ? Self.densePrintedWidth : Self.printedWidth
        let shared: [Double]
        if least.reduce(0, +) <= total {
            shared = Self.share(total, from: least, towards: most)
        } else {
            let floor = [shortWords, keeping(1)].first { $0.reduce(0, +) <= total } ?? least.map { min($0, 1 + Self.cellPadding) }
            shared = Self.share(total, from: floor, towards: least)
        }
        widths = shared.map { $0 * 100 / total }
    }

    /// The table's opening tag and its column group, each width written to a tenth of a percent, rounded down.
    var tableOpening: String {
        var html = dense ? "<table class=\"dense\">\n<colgroup>" : "<table>\n<colgroup>"
        for width in widths {
            let tenths = Int((width * 10).rounded(.down))
            html += "<col style=\"width: \(tenths / 10).\(tenths % 10)%\">"
        }
        return html + "</colgroup>\n"
    }

    /// `total` shared among columns: each gets its `lower` width, and the room left is given in proportion
    /// to what each lacks of its `upper` width, or, past those, in proportion to them.
    private static func share(_ total: Double, from lower: [Double], towards upper: [Double]) -> [Double] {
        let room = total - lower.reduce(0, +)
        guard room >= 0 else { return lower.map { $0 * total / lower.reduce(0, +) } }
        let lacking = zip(upper, lower).map { $0 - $1 }
        let lackingTotal = lacking.reduce(0, +)
        if room <= lackingTotal && lackingTotal > 0 { return zip(lower, lacking).map { $0 + room * $1 / lackingTotal } }
        return upper.map { $0 * total / upper.reduce(0, +) }
    }
}
