/// Final pass over a document's blocks, the same for every layout:
/// - `BAB I` on one line and `PENDAHULUAN` (or `## **PENDAHULUAN**`) on the next become one chapter heading,
///   and so do `# BAB`, `# 2`, `# GAMBARAN UMUM DAERAH` on three lines;
/// - the chapter list of a "Sistematika Penulisan" section (`BAB I …`, `BAB II …`, each with a
///   description and often the chapter's sections, `2.1 Tugas …`) is a synopsis, not the document's
///   chapters: those lines become paragraphs.
public enum OutlineNormalizer {
    public static func normalize(_ blocks: [Block]) -> [Block] {
        demotingSynopsis(gatheringCentredTitles(joiningChapterTitles(blocks)))
    }

    /// Upper-case lines printed right above and below a chapter heading, without a blank line between,
    /// belong to its title: a title centred beside `Bab II` in layout text (`GAMBARAN` / `Bab II
    /// PELAYANAN` / `PERANGKAT DAERAH`).
    static func gatheringCentredTitles(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            guard case .heading(var chapter) = blocks[index], isChapter(chapter) else {
                result.append(blocks[index])
                index += 1
                continue
            }
            var above: [String] = []
            while above.count < 3, let last = result.last, last.lines.last == chapter.lines.first - 1,
                  let line = centredTitleLine(last) {
                above.insert(line, at: 0)
                chapter.lines = chapter.lines.union(last.lines)
                result.removeLast()
            }
            var next = index + 1
            var below: [String] = []
            while below.count < 3, next < blocks.count, blocks[next].lines.first == chapter.lines.last + 1,
                  let line = centredTitleLine(blocks[next]) {
                below.append(line)
                chapter.lines = chapter.lines.union(blocks[next].lines)
                next += 1
            }
            chapter.title = (above + [chapter.title] + below).filter { !$0.isEmpty }.joined(separator: " ")
            result.append(.heading(chapter))
            index = next
        }
        return result
    }

    /// A short upper-case paragraph, not a contents entry: a piece of a centred title.
    private static func centredTitleLine(_ block: Block) -> String? {
        guard case .paragraph(let paragraph) = block, !paragraph.isContentsEntry, paragraph.text.count <= 60,
              paragraph.text.contains(where: \.isLetter), paragraph.text == paragraph.text.uppercased() else { return nil }
        return ProseReader.collapsingBlanks(Substring(paragraph.text))
    }

    static func joiningChapterTitles(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            if let previous = result.last, block.lines.first - previous.lines.last <= 3 {
                if case .heading(var chapter) = previous, isChapter(chapter), chapter.title.isEmpty, let title = standaloneTitle(block) {
                    chapter.title = title
                    chapter.lines = chapter.lines.union(block.lines)
                    result[result.count - 1] = .heading(chapter)
                    continue
                }
                if let number = chapterNumber(block) {
                    if isLoneChapterWord(previous) {
                        result[result.count - 1] = .heading(Heading(level: 1, number: number, title: "",
                                                                    lines: previous.lines.union(block.lines)))
                        continue
                    }
                    // `Bab` / `PENUTUP` / `VIII`: the title printed between the word and the numeral.
                    if result.count >= 2, isLoneChapterWord(result[result.count - 2]),
                       previous.lines.first - result[result.count - 2].lines.last <= 3, let title = standaloneTitle(previous) {
                        let lines = result[result.count - 2].lines.union(block.lines)
                        result.removeLast(2)
                        result.append(.heading(Heading(level: 1, number: number, title: title, lines: lines)))
                        continue
                    }
                }
            }
            result.append(block)
        }
        return result
    }

    /// `BAB`, `Bab` or `B A B` alone, as a paragraph or an unnumbered heading.
    private static func isLoneChapterWord(_ block: Block) -> Bool {
        switch block {
        case .paragraph(let paragraph): return ChapterHeadingReader.isLoneChapterWord(paragraph.text)
        case .heading(let heading) where heading.number == nil: return ChapterHeadingReader.isLoneChapterWord(heading.title)
        default: return false
        }
    }

    /// A block that is only a chapter numeral (`2`, `02`, `VIII`), as the chapter number should be written.
    private static func chapterNumber(_ block: Block) -> String? {
        guard let numeral = standaloneTitle(block), let value = chapterValue(numeral) else { return nil }
        return numeral.utf8.allSatisfy(ByteText.isDigit) ? String(value) : numeral.uppercased()
    }

    /// After a heading mentioning "sistematika", the chapter headings numbered upwards one by one
    /// (from I, or from II when the first entry was not read as a heading), with prose and the listed
    /// sections between them, are the synopsis of the chapters. It ends at a table, at a chapter heading
    /// out of that order (the body going on), or where nothing more of it follows: after the last entry
    /// only the sections of that chapter belong to it.
    static func demotingSynopsis(_ blocks: [Block]) -> [Block] {
        var result = blocks
        var index = 0
        while index < result.count {
            defer { index += 1 }
            guard case .heading(let heading) = result[index], heading.title.lowercased().containsLiteral("sistematika"),
                  let synopsis = synopsisRange(after: index, in: result) else { continue }
            for position in synopsis {
                guard case .heading(let entry) = result[position] else { continue }
                let prefix = isChapter(entry) ? "Bab" : ""
                let text = [prefix, entry.number ?? "", entry.title].filter { !$0.isEmpty }.joined(separator: " ")
                result[position] = .paragraph(Paragraph(text: text, lines: entry.lines))
            }
            index = synopsis.upperBound - 1
        }
        return result
    }

    /// How many blocks the synopsis reads past its last entry or section before it gives up looking for
    /// the next entry; the first entry must come as soon after the "sistematika" heading.
    static let synopsisReach = 12

    /// The blocks of the synopsis after the heading at `start`, when at least three chapter entries follow it.
    static func synopsisRange(after start: Int, in blocks: [Block]) -> Range<Int>? {
        var entries = 0
        var lastChapter: Int?
        var end = start + 1
        var cursor = start + 1
        while cursor < blocks.count, cursor - end <= synopsisReach {
            if case .table = blocks[cursor] { break }
            if case .heading(let heading) = blocks[cursor] {
                if isChapter(heading), let value = chapterValue(heading.number) {
                    guard value == (lastChapter ?? min(value, 2) - 1) + 1 else { break }
                    lastChapter = value
                    entries += 1
                    end = cursor + 1
                } else if let section = sectionChapter(heading), section == lastChapter ?? section {
                    // Sections listed under the latest entry, or under a first entry not read as a heading.
                    end = cursor + 1
                }
            }
            cursor += 1
        }
        return entries >= 3 ? (start + 1)..<end : nil
    }

    /// The chapter a section heading belongs to by its number: 2 for `2.1` and `2.1.3`.
    private static func sectionChapter(_ heading: Heading) -> Int? {
        guard let number = heading.number, number.containsLiteral(".") else { return nil }
        return Int(number.prefix { $0 != "." })
    }

    static func isChapter(_ heading: Heading) -> Bool { chapterValue(heading.number) != nil && heading.level == 1 }

    /// The chapter number of a heading's numbering, roman or arabic (see `ChapterHeadingReader`).
    public static func chapterValue(_ numeral: String?) -> Int? { ChapterHeadingReader.chapterValue(numeral) }

    /// An upper-case paragraph or an unnumbered heading: a chapter title written under its `BAB` line.
    /// The word `BAB` alone opens the next chapter instead.
    private static func standaloneTitle(_ block: Block) -> String? {
        let title: String
        switch block {
        case .paragraph(let paragraph) where paragraph.text == paragraph.text.uppercased() && paragraph.text.count <= 160:
            title = paragraph.text
        case .heading(let heading) where heading.number == nil:
            title = heading.title
        default:
            return nil
        }
        return ChapterHeadingReader.isLoneChapterWord(title) ? nil : title
    }
}
