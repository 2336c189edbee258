/// Final pass over a document's blocks, the same for every layout:
/// - `BAB I` on one line and `PENDAHULUAN` (or `## **PENDAHULUAN**`) on the next become one chapter heading;
/// - the chapter list of a "Sistematika Penulisan" section (`BAB I …`, `BAB II …`, each with a
///   description) is a synopsis, not the document's chapters: those lines become paragraphs.
public enum OutlineNormalizer {
    public static func normalize(_ blocks: [Block]) -> [Block] {
        demotingSynopsis(joiningChapterTitles(blocks))
    }

    static func joiningChapterTitles(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            if case .heading(var chapter) = result.last, isChapter(chapter), chapter.title.isEmpty,
               let title = standaloneTitle(block), block.lines.first - chapter.lines.last <= 3 {
                chapter.title = title
                chapter.lines = chapter.lines.union(block.lines)
                result[result.count - 1] = .heading(chapter)
                continue
            }
            result.append(block)
        }
        return result
    }

    /// After a heading mentioning "sistematika", a run of chapter headings numbered I, II, III, …
    /// with only prose between them is the synopsis of the chapters.
    static func demotingSynopsis(_ blocks: [Block]) -> [Block] {
        var result = blocks
        var index = 0
        while index < result.count {
            defer { index += 1 }
            guard case .heading(let heading) = result[index], heading.title.lowercased().containsLiteral("sistematika") else { continue }
            var expected = 1
            var cursor = index + 1
            var synopsis: [Int] = []
            while cursor < result.count {
                if case .heading(let entry) = result[cursor] {
                    guard isChapter(entry), romanValue(entry.number) == expected else { break }
                    synopsis.append(cursor)
                    expected += 1
                } else if case .table = result[cursor] {
                    break
                }
                cursor += 1
            }
            guard synopsis.count >= 3 else { continue }
            for position in synopsis {
                guard case .heading(let entry) = result[position] else { continue }
                let text = ["Bab", entry.number ?? "", entry.title].filter { !$0.isEmpty }.joined(separator: " ")
                result[position] = .paragraph(Paragraph(text: text, lines: entry.lines))
            }
            index = synopsis.last!
        }
        return result
    }

    static func isChapter(_ heading: Heading) -> Bool { romanValue(heading.number) != nil && heading.level == 1 }

    public static func romanValue(_ numeral: String?) -> Int? {
        guard let numeral else { return nil }
        let values = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12]
        return values[numeral.uppercased()]
    }

    /// An upper-case paragraph or an unnumbered heading: a chapter title written under its `BAB` line.
    private static func standaloneTitle(_ block: Block) -> String? {
        switch block {
        case .paragraph(let paragraph) where paragraph.text == paragraph.text.uppercased() && paragraph.text.count <= 160:
            return paragraph.text
        case .heading(let heading) where heading.number == nil:
            return heading.title
        default:
            return nil
        }
    }
}
