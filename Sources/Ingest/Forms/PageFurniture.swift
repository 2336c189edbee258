/// The lines that belong to the page rather than to its content: running headers and footers
/// (`Dokumen Rencana Strategis ( Renstra ) 2021 – 2026 | 66`) and page numbers, found at the top or the
/// bottom of pages. A line is furniture when, its digits set aside, the same text stands at the edge of
/// several pages, or when it is a lone page number there.
enum PageFurniture {
    /// How many non-blank lines at the top and the bottom of a page are looked at.
    static let edgeLines = 2
    /// On how many pages a running text must recur: three at least, and a quarter of the pages, so that a
    /// table header repeated on the few pages of its table is not taken for a running header.
    static let recurrence = 3

    static func lines(in source: SourceText) -> Set<Int> {
        let pageStarts = [1] + source.pageStartLines
        guard pageStarts.count >= recurrence else { return [] }
        var edges: [(line: Int, key: String)] = []
        for (index, start) in pageStarts.enumerated() {
            let end = index + 1 < pageStarts.count ? pageStarts[index + 1] - 1 : source.lines.count
            guard start <= end else { continue }
            let filled = (start...end).filter { !source.line($0).allSatisfy { $0.isWhitespace || $0 == "\u{0C}" } }
            for line in Set(filled.prefix(edgeLines) + filled.suffix(edgeLines)) {
                edges.append((line, key(source.line(line))))
            }
        }
        var counts: [String: Int] = [:]
        for edge in edges { counts[edge.key, default: 0] += 1 }
        let needed = max(recurrence, pageStarts.count / 4)
        return Set(edges.filter { edge in
            edge.key.isEmpty ? isPageNumber(source.line(edge.line)) : counts[edge.key, default: 0] >= needed
        }.map(\.line))
    }

    /// The line's letters, lower-cased and without digits or spacing: page numbers vary, the rest recurs.
    static func key(_ line: String) -> String {
        String(line.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }

    /// `12`, `- 12 -`, `xii`, `Hal. 12`: a page number alone on its line.
    static func isPageNumber(_ line: String) -> Bool {
        let text = line.filter { !$0.isWhitespace && $0 != "\u{0C}" && $0 != "-" && $0 != "|" }
        return !text.isEmpty && text.count <= 4 && text.allSatisfy(\.isNumber)
    }
}
