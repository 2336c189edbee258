/// Tables whose columns are aligned with spaces, as `pdftotext -layout` writes them: a caption, header
/// lines whose labels wrap inside their columns, often a column-number row (`1 2 3 … 23`), then body
/// lines whose cells wrap over several lines. Columns are found per page (each page of the PDF places
/// them anew), from the column-number row or from the gutters the body lines leave, and mapped onto the
/// first page's columns; the header a page repeats and the running headers and page numbers are left out.
public struct LayoutColumnTokenizer: TableTokenizer {
    public let form = TextForm.layoutColumns

    public init() {}

    public func drafts(in source: SourceText) -> [TableDraft] {
        var reader = LayoutTableReader(source: source)
        return reader.drafts()
    }
}

/// Walks the lines of a layout text once, cutting out its tables.
struct LayoutTableReader {
    /// How far below a caption the table's header must start, and how many title lines may come first.
    static let captionReach = 12
    static let captionTitleLines = 3
    /// Header lines above the first body line, at most.
    static let headerLimit = 24
    /// Blank lines within a page that still separate two rows of one table.
    static let longestBlankRun = 6
    /// Words that each name one sub-column under a year.
    static let subColumnWords: Set<String> = ["target", "targe", "t", "rupiah", "rp", "rp.", "(rp)", "pagu", "%", "k", "realisasi"]
    /// How far beside a header label a column's middle may lie for the label to stand over it.
    static let headerSlack = 3.0
    /// A line with this many figures is a body line.
    static let figuresOfBodyLine = 2

    let source: SourceText
    let lines: [LayoutLine]
    let furniture: Set<Int>
    let pageStarts: Set<Int>

    init(source: SourceText) {
        self.source = source
        lines = source.lines.enumerated().map { LayoutLine(number: $0.offset + 1, text: $0.element) }
        furniture = PageFurniture.lines(in: source)
        pageStarts = Set(source.pageStartLines)
    }

    mutating func drafts() -> [TableDraft] {
        var drafts: [TableDraft] = []
        var index = 0
        while index < lines.count {
            if let (draft, last) = table(at: index) {
                drafts.append(draft)
                index = last + 1
            } else {
                index += 1
            }
        }
        return drafts
    }

    // MARK: Where a table stands

    /// The table that starts at `index` (its caption, or its first header line), and its last line index.
    func table(at index: Int) -> (TableDraft, Int)? {
        let line = lines[index]
        guard !line.isBlank, !furniture.contains(line.number) else { return nil }
        var caption: TableCaption?
        var first = index
        if let captioned = self.caption(at: index) {
            caption = captioned
            var cursor = index + 1
            var titles: [String] = []
            while cursor < min(lines.count, index + Self.captionReach) {
                let next = lines[cursor]
                if next.isBlank || furniture.contains(next.number) {
                    cursor += 1
                    continue
                }
                guard titles.count < Self.captionTitleLines, next.segments.count == 1, next.figureCount == 0,
                      next.columnNumbers == nil, isTitle(next) else { break }
                titles.append(next.segments[0].text)
                caption?.lines = LineSpan(index + 1, next.number)
                cursor += 1
            }
            caption?.title = ([captioned.title] + titles).filter { !$0.isEmpty }.joined(separator: " ")
            guard cursor < lines.count else { return nil }
            first = cursor
        } else if isSeed(index) {
            first = headerStart(above: index)
        } else {
            return nil
        }
        let last = regionEnd(from: first)
        guard last > first, let draft = draft(caption: caption, captionIndex: caption == nil ? nil : index,
                                              first: first, last: last) else { return nil }
        return (draft, last)
    }

    func caption(at index: Int) -> TableCaption? {
        let text = source.line(index + 1)
        guard lines[index].tokens.count <= 24, !ProseReader.isContentsEntry(text) else { return nil }
        return CaptionParser.parse(text.filter { $0 != "\u{0C}" }, line: index + 1)
    }

    /// A caption's title line: one run of words, centred or short, not a sentence of the body.
    func isTitle(_ line: LayoutLine) -> Bool {
        guard line.segments.count == 1, line.tokens.count <= 24, !line.segments[0].text.hasSuffix(".") else { return false }
        return line.indent >= 4 || line.tokens.count <= 12
    }

    /// An uncaptioned table starts where a column-number row or a figure line with wide gaps stands,
    /// with no caption above it.
    func isSeed(_ index: Int) -> Bool {
        let line = lines[index]
        if line.columnNumbers != nil { return true }
        return line.figureCount >= 3 && line.segments.count >= 3
            && (index + 1..<min(lines.count, index + 4)).contains { lines[$0].figureCount >= Self.figuresOfBodyLine }
    }

    /// Where the header above an uncaptioned table's first figures or column numbers begins: the run of
    /// table-like lines right above it on the same page, single blank lines allowed.
    func headerStart(above seed: Int) -> Int {
        var first = seed
        var index = seed - 1
        var blanks = 0
        while index >= 0, seed - index <= Self.headerLimit, !pageStarts.contains(lines[index + 1].number) {
            let line = lines[index]
            if line.isBlank {
                blanks += 1
                guard blanks <= 2 else { break }
            } else if furniture.contains(line.number) || caption(at: index) != nil || line.looksLikeProse
                        || isSectionHeading(line) || line.figureCount >= Self.figuresOfBodyLine {
                break
            } else {
                blanks = 0
                first = index
            }
            index -= 1
        }
        return first
    }

    /// The last line of the table whose header starts at `first`: before the next caption or chapter
    /// heading, a line of running text, a long blank gap, or a page that does not continue the table.
    func regionEnd(from first: Int) -> Int {
        var last = first
        var blanks = 0
        var index = first + 1
        while index < lines.count {
            let line = lines[index]
            if pageStarts.contains(line.number) { blanks = 0 }
            if furniture.contains(line.number) || line.isBlank {
                if line.isBlank { blanks += 1 }
                guard blanks <= Self.longestBlankRun else { break }
                index += 1
                continue
            }
            if caption(at: index) != nil || isSectionHeading(line) || line.looksLikeProse || isSourceNote(line) { break }
            if crossedPage(between: last, and: index), !isTabular(line) { break }
            blanks = 0
            last = index
            index += 1
        }
        return last
    }

    /// `Sumber : Data Kepegawaian …`, `Keterangan: …`: the note under a table closes it.
    func isSourceNote(_ line: LayoutLine) -> Bool {
        guard let first = line.tokens.first?.text.lowercased() else { return false }
        let word = first.hasSuffix(":") ? String(first.dropLast()) : first
        let next = line.tokens.dropFirst().first?.text
        return ["sumber", "keterangan", "catatan", "ket"].contains(word) && (first.hasSuffix(":") || next == ":" || next?.hasPrefix(":") == true)
    }

    func crossedPage(between previous: Int, and next: Int) -> Bool {
        (previous + 1...next).contains { pageStarts.contains(lines[$0].number) }
    }

    /// A line that can belong to a table: cells apart from each other, or figures.
    func isTabular(_ line: LayoutLine) -> Bool {
        line.segments.count >= 2 || line.figureCount >= 1 || line.columnNumbers != nil
    }

    /// `BAB III`, `2.4. TANTANGAN DAN PELUANG …` at the left margin.
    func isSectionHeading(_ line: LayoutLine) -> Bool {
        guard line.indent <= 2, line.segments.count == 1 else { return false }
        if case .heading(let heading) = ProseReader.block(for: source.line(line.number), line: line.number) {
            return heading.level <= 3
        }
        return false
    }

    // MARK: Header, pages and columns

    /// The lines of one page of the table, its column-number row and where its body starts.
    struct PageSlice {
        var lines: [Int]
        var numberRow: Int?
        var bodyStart: Int
    }

    func draft(caption: TableCaption?, captionIndex: Int?, first: Int, last: Int) -> TableDraft? {
        let content = (first...last).filter { !lines[$0].isBlank && !furniture.contains(lines[$0].number) }
        guard !content.isEmpty else { return nil }
        var pages: [[Int]] = [[]]
        for index in content {
            if !pages[pages.count - 1].isEmpty, crossedPage(between: pages[pages.count - 1].last!, and: index) { pages.append([]) }
            pages[pages.count - 1].append(index)
        }
        guard let firstSlice = slice(pages[0], headerWords: nil) else { return nil }
        let body = Array(firstSlice.lines[firstSlice.bodyStart...])
        guard let reference = columns(for: firstSlice, body: body), reference.count >= 3 else { return nil }

        var draftLines: [DraftLine] = []
        var repaired = Set<Int>()
        let header = firstSlice.lines[..<(firstSlice.numberRow ?? firstSlice.bodyStart)]
        let headerWords = Set(header.flatMap { words(of: lines[$0]) })
        for index in header { draftLines.append(headerLine(lines[index], columns: reference)) }
        if let numberRow = firstSlice.numberRow {
            draftLines.append(numberLine(firstSlice.lines[numberRow], columns: reference, repaired: &repaired))
        }
        var above: [Int: Int] = [:]
        var bodyLines = body.filter { !repaired.contains($0) }.map { bodyLine(lines[$0], columns: reference, mapping: nil, above: &above) }
        let referenceProfile = reference.figureShares(of: body.map { lines[$0] })
        for page in pages.dropFirst() {
            guard let later = slice(page, headerWords: headerWords) else { continue }
            let pageBody = Array(later.lines[later.bodyStart...]).filter { !repaired.contains($0) }
            var current = reference
            var mapping = Array(0..<reference.count)
            if let numberRow = later.numberRow, let numbers = lines[later.lines[numberRow]].columnNumbers {
                current = LayoutColumns.fromNumberRow(numbers, body: pageBody.map { lines[$0] })
                mapping = current.mapping(onto: reference)
            } else {
                let placement = reference.placement(of: pageBody.map { lines[$0] }, profile: referenceProfile)
                current = reference.transformed(scale: placement.scale, offset: placement.offset)
            }
            for (offset, index) in pageBody.enumerated() {
                if offset == 0 { above = [:] }
                var line = bodyLine(lines[index], columns: current, mapping: mapping, above: &above)
                line.startsPage = offset == 0
                bodyLines.append(line)
            }
        }
        guard !bodyLines.isEmpty else { return nil }
        draftLines += bodyLines
        let spanStart = captionIndex.map { lines[$0].number } ?? lines[first].number
        let claimedFurniture = (first...last).map { lines[$0].number }.filter(furniture.contains)
        return TableDraft(form: .layoutColumns, caption: caption, lines: draftLines, linesAreRows: false,
                          span: LineSpan(spanStart, lines[last].number), headerLineCount: header.count,
                          pageFurniture: claimedFurniture)
    }

    /// Splits a page's lines into header and body: the header ends with the column-number row, or before
    /// the first line of figures. On a later page (`headerWords` given) the lines above the first figures
    /// are a repeated header only when they share most of their words with the first page's header;
    /// otherwise they are the wrapped rest of a row.
    func slice(_ page: [Int], headerWords: Set<String>?) -> PageSlice? {
        guard !page.isEmpty else { return nil }
        let window = page.prefix(Self.headerLimit)
        if let numberRow = window.first(where: { lines[$0].columnNumbers != nil }) {
            let position = page.firstIndex(of: numberRow)!
            return PageSlice(lines: page, numberRow: position, bodyStart: position + 1)
        }
        guard let headerWords else {
            let figures = window.firstIndex { lines[$0].figureCount >= Self.figuresOfBodyLine }
            // A table of words: its header is its first line.
            return PageSlice(lines: page, numberRow: nil, bodyStart: figures.map { $0 - page.startIndex } ?? 1)
        }
        guard let figures = window.firstIndex(where: { lines[$0].figureCount >= Self.figuresOfBodyLine }),
              figures > page.startIndex else { return PageSlice(lines: page, numberRow: nil, bodyStart: 0) }
        let above = Set(page[..<figures].flatMap { words(of: lines[$0]) })
        let repeats = !above.isEmpty && above.intersection(headerWords).count * 2 >= above.count
        return PageSlice(lines: page, numberRow: nil, bodyStart: repeats ? figures - page.startIndex : 0)
    }

    func words(of line: LayoutLine) -> [String] {
        line.tokens.map { $0.text.lowercased() }.filter { $0.count >= 3 && !$0.contains(where: \.isNumber) }
    }

    /// The page's columns: from its column-number row, else from its body lines' gutters. Where the
    /// header prints a row of years over figures that stand too close to leave gutters between them
    /// (`155.100 152.300 153.430`), each year stands for one column, centred under it.
    func columns(for slice: PageSlice, body: [Int]) -> LayoutColumns? {
        let bodyLines = body.map { lines[$0] }
        if let numberRow = slice.numberRow, let numbers = lines[slice.lines[numberRow]].columnNumbers {
            return LayoutColumns.fromNumberRow(numbers, body: bodyLines)
        }
        guard bodyLines.count >= 2, let gutters = LayoutColumns.fromGutters(bodyLines) else { return nil }
        let headerLines = slice.lines[..<slice.bodyStart].map { lines[$0] }
        guard let years = headerLines.map({ $0.tokens.filter { YearSpanFinder.year($0.text) != nil } }).max(by: { $0.count < $1.count }),
              years.count >= 3, let first = years.first else { return gutters }
        let underYears = (0..<gutters.count).filter { gutters.center(of: $0) >= Double(first.start) - 2 }
        guard underYears.count < years.count else { return gutters }
        let before = (0..<gutters.count).filter { !underYears.contains($0) }.map { (number: $0 + 1, center: gutters.center(of: $0)) }
        let anchors = before.map(\.center) + years.map(\.center)
        return LayoutColumns.fromAnchors(anchors, body: bodyLines)
    }

    // MARK: Cells

    /// A header line: each column takes the label standing over it, and a label wider than the columns
    /// under it (`TARGET KINERJA … PENDANAAN`, a year over its `Target` and `Rp`) stands over each of them.
    /// A run of years as many as the columns under it is given out one year a column, in order, however
    /// the years were squeezed together above them.
    func headerLine(_ line: LayoutLine, columns: LayoutColumns) -> DraftLine {
        // A label of several words is one run of single-spaced words; a run of years, or of the words that
        // name a year's sub-columns (`Target Rupiah Target`), is one label a word.
        let labels = line.segments.flatMap { segment -> [LayoutToken] in
            let words = line.tokens.filter { $0.start >= segment.start && $0.end <= segment.end }
            let separate = words.count >= 2 && words.allSatisfy {
                YearSpanFinder.year($0.text) != nil || Self.subColumnWords.contains($0.text.lowercased())
            }
            return separate ? words : [segment]
        }
        var owners: [Int: Int] = [:]
        for column in 0..<columns.count {
            let center = columns.center(of: column)
            let candidates = labels.indices.filter { index in
                let token = labels[index]
                let slack = Self.headerSlack
                return Double(token.start) - slack <= center && center <= Double(token.end) + slack
            }
            if let nearest = candidates.min(by: { abs(labels[$0].center - center) < abs(labels[$1].center - center) }) {
                owners[column] = nearest
            }
        }
        for (index, label) in labels.enumerated() {
            let spanned = columns.columns(spannedBy: label).filter {
                owners[$0] == index || (owners[$0] == nil && label.width > columns.width(of: $0))
            }
            for column in spanned { owners[column] = index }
            // A group label centred over its columns may stop short of the last one: it takes the next
            // column too when no label stands over it and the gap is narrower than that column.
            if var column = spanned.max(), spanned.count >= 2 {
                while column + 1 < columns.count, owners[column + 1] == nil,
                      Double(columns.start(of: column + 1) - label.end) < Double(columns.width(of: column + 1)) {
                    column += 1
                    owners[column] = index
                }
            }
        }
        inOrder(years: LayoutLine(tokens: labels, number: line.number), columns: columns, owners: &owners)
        spread(years: labels, columns: columns, owners: &owners)
        var seen = Set<Int>()
        let cells = owners.sorted { $0.key < $1.key }.map { column, label -> DraftCell in
            defer { seen.insert(label) }
            return DraftCell(text: labels[label].text, line: line.number, column: column, isOrigin: !seen.contains(label))
        }
        return DraftLine(line: line.number, cells: cells)
    }

    /// Years spaced out over their sub-columns (`2021` over `Target` and `Rupiah`): a column no label on
    /// the line stands over, within half a step of the years' row, takes the nearest year.
    func spread(years labels: [LayoutToken], columns: LayoutColumns, owners: inout [Int: Int]) {
        let years = labels.indices.filter {
            YearSpanFinder.year(labels[$0].text) != nil || PlanYearOrdinal.ordinal(in: labels[$0].text) != nil
        }
        guard years.count >= 2 else { return }
        let centers = years.map { labels[$0].center }
        let steps = zip(centers, centers.dropFirst()).map { $1 - $0 }.sorted()
        let half = steps[steps.count / 2] / 2
        for column in 0..<columns.count where owners[column] == nil {
            let center = columns.center(of: column)
            guard center >= centers.first! - half, center <= centers.last! + half,
                  let nearest = years.indices.min(by: { abs(centers[$0] - center) < abs(centers[$1] - center) }) else { continue }
            owners[column] = years[nearest]
        }
    }

    /// Gives a run of single-spaced years (`2017 2018 2019 2020`) to the columns under the run one by one,
    /// when there are as many columns under it as years.
    func inOrder(years line: LayoutLine, columns: LayoutColumns, owners: inout [Int: Int]) {
        var runs: [[Int]] = []
        for (index, token) in line.tokens.enumerated() where YearSpanFinder.year(token.text) != nil {
            if let last = runs.last?.last, last == index - 1, token.start - line.tokens[last].end <= 2 {
                runs[runs.count - 1].append(index)
            } else {
                runs.append([index])
            }
        }
        for run in runs where run.count >= 2 {
            let owned = owners.filter { run.contains($0.value) }.map(\.key).sorted()
            guard let first = owned.first, let last = owned.last else { continue }
            var under = Array(first...last)
            // Widen to the neighbouring columns no other label owns until there is one column per year.
            var low = first - 1, high = last + 1
            while under.count < run.count {
                if high < columns.count, owners[high] == nil || run.contains(owners[high]!) { under.append(high); high += 1 }
                else if low >= 0, owners[low] == nil || run.contains(owners[low]!) { under.insert(low, at: 0); low -= 1 }
                else { break }
            }
            guard under.count == run.count else { continue }
            for (column, token) in zip(under, run) { owners[column] = token }
        }
    }

    /// The column-number row, with a number that wrapped onto the next line (`2` over `0` for 20) joined.
    func numberLine(_ position: Int, columns: LayoutColumns, repaired: inout Set<Int>) -> DraftLine {
        let line = lines[position]
        var texts = line.tokens.map(\.text)
        if position + 1 < lines.count {
            let next = lines[position + 1]
            let tails = next.tokens.map { token in line.tokens.firstIndex { $0.start <= token.end && token.start <= $0.end } }
            if !next.isBlank, next.tokens.allSatisfy({ $0.text.count <= 2 && Int($0.text) != nil }), !tails.contains(nil) {
                for (token, owner) in zip(next.tokens, tails) { texts[owner!] += token.text }
                repaired.insert(position + 1)
            }
        }
        let cells = zip(line.tokens, texts).map { token, text in
            DraftCell(text: text, line: line.number, column: columns.column(of: token))
        }
        return DraftLine(line: line.number, cells: merged(cells))
    }

    /// A body line: each word in the column it overlaps most, mapped onto the first page's columns.
    /// A body line: each word in the column it overlaps most, mapped onto the first page's columns. The
    /// tail of a word broken in a narrow cell (`Pengendalia` over `n`) stays in the column of the word it
    /// stands under, wherever its few letters happen to fall. `above` holds the previous line's columns by
    /// the position where each of its words starts.
    func bodyLine(_ line: LayoutLine, columns: LayoutColumns, mapping: [Int]?, above: inout [Int: Int]) -> DraftLine {
        var placed: [Int: Int] = [:]
        let cells = line.tokens.map { token -> DraftCell in
            let own = columns.column(of: token)
            var column = mapping.map { $0[own] } ?? own
            if token.text.count <= 3, token.text.first?.isLowercase == true, let tail = above[token.start] ?? above[token.start - 1] ?? above[token.start + 1] {
                column = tail
            }
            placed[token.start] = column
            return DraftCell(text: token.text, line: line.number, column: column)
        }
        above = placed
        return DraftLine(line: line.number, cells: merged(cells))
    }

    /// The words of one column on one line joined with spaces, in column order.
    func merged(_ cells: [DraftCell]) -> [DraftCell] {
        var byColumn: [Int: DraftCell] = [:]
        for cell in cells {
            if var existing = byColumn[cell.column] {
                existing.text += " " + cell.text
                existing.isOrigin = existing.isOrigin || cell.isOrigin
                byColumn[cell.column] = existing
            } else {
                byColumn[cell.column] = cell
            }
        }
        return byColumn.values.sorted { $0.column < $1.column }
    }
}
