/// A table's place in a Semarang file: what names it and which lines are its rows.
struct SemarangTableRegion: Sendable {
    var caption: TableCaption?
    /// Lines the caption took from the text (they are not prose); empty when the label was only
    /// referred to in a sentence (`… pada Tabel 6.1 sebagai berikut :`).
    var captionLines: [Int] = []
    /// Leading one-cell rows (`VISI : …`) kept above the header when the table has a caption of its own.
    var titleRows: [SemarangTabRow] = []
    /// Every other row in order, page-repeated headers and markdown rules included.
    var rows: [SemarangTabRow] = []

    /// All lines the table claims.
    var claimedLines: [Int] { captionLines + titleRows.map(\.line) + rows.map(\.line) }
}

/// Finds the tables of a Semarang export and their captions.
///
/// A table is a run of tab-separated lines; blank lines inside it are allowed (page breaks), unless
/// the run after the blank starts with a one-cell title row, which opens the next table. Captions are,
/// in order of preference: an explicit `Tabel …` caption block right above the table (its title
/// continues over lines ending in a markdown hard break), the table's own leading title rows, a short
/// title line right above it, or a label referred to by the preceding prose of the same section.
struct SemarangTableFinder {
    let source: SourceText

    func regions() -> [SemarangTableRegion] {
        var regions: [SemarangTableRegion] = []
        var explicitCaption: (caption: TableCaption, lines: [Int])?
        var referredLabel: TableCaption?
        var previousProse: Int?
        var number = 1
        while number <= source.lines.count {
            let text = source.line(number)
            if text.allSatisfy(\.isWhitespace) { number += 1; continue }
            if SemarangTabRow.isCandidate(text), case let first = SemarangTabRow(line: number, text: text), first.canStartTable {
                let (rows, next) = collectRows(startingWith: first)
                var region = SemarangTableRegion()
                let titles = Array(rows.prefix { $0.isTitleRow }.prefix(max(0, rows.count - 1)))
                region.rows = Array(rows.dropFirst(titles.count))
                if let explicit = explicitCaption {
                    region.caption = explicit.caption
                    region.captionLines = explicit.lines
                    region.titleRows = titles
                } else if let (caption, lines) = titleCaption(titles: titles, lineAbove: previousProse) {
                    region.caption = caption
                    region.captionLines = lines
                } else {
                    region.caption = referredLabel
                }
                regions.append(region)
                explicitCaption = nil
                previousProse = nil
                number = next
                continue
            }
            if let block = captionBlock(at: number) {
                explicitCaption = block
                referredLabel = nil
                previousProse = nil
                number = block.lines.last! + 1
                continue
            }
            if referredLabel != nil, case .heading = ProseReader.block(for: text, line: number) { referredLabel = nil }
            if let label = referredTableLabel(in: text, line: number) { referredLabel = label }
            previousProse = number
            number += 1
        }
        return regions
    }

    /// The rows of a table from its first row, and the line after its last row.
    private func collectRows(startingWith first: SemarangTabRow) -> (rows: [SemarangTabRow], next: Int) {
        var rows = [first]
        var hasContent = !first.isTitleRow && !first.isRuleRow
        var last = first.line
        var number = first.line + 1
        while number <= source.lines.count {
            let text = source.line(number)
            if text.allSatisfy(\.isWhitespace) { number += 1; continue }
            guard SemarangTabRow.isCandidate(text) else { break }
            let row = SemarangTabRow(line: number, text: text)
            let afterGap = number > last + 1
            if afterGap && row.isTitleRow && hasContent { break }
            rows.append(row)
            hasContent = hasContent || (!row.isTitleRow && !row.isRuleRow)
            last = number
            number += 1
        }
        return (rows, last + 1)
    }

    /// A `Tabel …` caption and its continuation lines, when a table follows it after blank lines.
    private func captionBlock(at start: Int) -> (caption: TableCaption, lines: [Int])? {
        let first = source.line(start)
        let opening = first.drop { $0 == "*" || $0.isWhitespace }.prefix(5).lowercased()
        guard opening == "tabel", !first.containsLiteral("...."), var caption = CaptionParser.parse(first, line: start) else {
            return nil
        }
        var lines = [start]
        var titleParts = caption.title.isEmpty ? [] : [caption.title]
        while source.line(lines.last!).hasSuffix("  ") {
            let next = lines.last! + 1
            let text = source.line(next)
            guard next <= source.lines.count, !text.allSatisfy(\.isWhitespace), !SemarangTabRow.isCandidate(text) else { break }
            titleParts.append(plain(text))
            lines.append(next)
        }
        var after = lines.last! + 1
        while after <= source.lines.count && source.line(after).allSatisfy(\.isWhitespace) { after += 1 }
        let followingText = source.line(after)
        guard SemarangTabRow.isCandidate(followingText),
              SemarangTabRow(line: after, text: followingText).canStartTable else { return nil }
        caption.title = titleParts.joined(separator: " ")
        caption.lines = LineSpan(lines.first!, lines.last!)
        return (caption, lines)
    }

    /// An unnumbered caption from the table's leading title rows, or else from a title line right above it.
    private func titleCaption(titles: [SemarangTabRow], lineAbove: Int?) -> (TableCaption, [Int])? {
        if let first = titles.first, let last = titles.last {
            let title = titles.map { $0.cells[0] }.joined(separator: " ")
            return (TableCaption(label: nil, numberParts: [], title: title, lines: LineSpan(first.line, last.line)),
                    titles.map(\.line))
        }
        guard let line = lineAbove, isTitleLine(source.line(line)) else { return nil }
        return (TableCaption(label: nil, numberParts: [], title: plain(source.line(line)), lines: LineSpan(line)), [line])
    }

    /// A short line naming the table below it (`Kegiatan (Eselon IV) : Pengembangan Usaha Koperasi`):
    /// a paragraph, not a sentence introducing the table, not an amount, not the source note of the
    /// table above (`Sumber data : …`).
    private func isTitleLine(_ text: String) -> Bool {
        guard case .paragraph(let paragraph) = ProseReader.block(for: text, line: 0) else { return false }
        let title = paragraph.text
        guard title.count <= 160, let last = title.last, !".:;".contains(last), !title.hasPrefix("Sumber") else { return false }
        return NumberParser.parse(title) == nil
    }

    /// `… dapat dilihat pada Tabel 6.1 sebagai berikut :` names the table that follows.
    private func referredTableLabel(in text: String, line: Int) -> TableCaption? {
        guard text.last(where: { !$0.isWhitespace }) == ":" else { return nil }
        let plainText = plain(text)
        guard let range = plainText.range(of: "Tabel ") ?? plainText.range(of: "TABEL ") else {
            return nil
        }
        guard let caption = CaptionParser.parse(String(plainText[range.lowerBound...]), line: line),
              caption.label != nil else { return nil }
        return TableCaption(label: caption.label, numberParts: caption.numberParts, title: "", lines: LineSpan(line))
    }

    private func plain(_ text: String) -> String { MarkupStripper.strip(text.trimmingWhitespace()).trimmingWhitespace() }
}
