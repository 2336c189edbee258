import Ingest

/// Running text joined back into the passages its lines were wrapped from: a text laid out as a page
/// (`pdftotext -layout`, one printed line per line) breaks sentences over lines, so a sentence naming
/// `Renstra … Kabupaten Jember` on one line and `Tahun 2016 – 2021` on the next is one passage.
/// Paragraph lines that follow each other without a blank line are joined; a list item starts a
/// passage and takes the lines that continue it; headings and captions are passages of their own.
struct ProsePassage {
    enum Kind { case text, heading, caption }

    var kind: Kind
    var text: String
    /// The first source line of each joined piece, with the offset (in Characters) where it starts.
    var pieces: [(offset: Int, line: Int)]
    var lastLine: Int
    /// The label or title of the table whose caption this is.
    var table: String?
    /// `text.count`, kept as pieces are joined so that joining stays linear.
    var characterCount: Int

    var firstLine: Int { pieces.first?.line ?? lastLine }

    /// The source line holding the Character at `offset`.
    func line(at offset: Int) -> Int {
        // Pieces are in offset order: the last one starting at or before `offset`.
        let after = pieces.partitioningIndex { $0.offset > offset }
        return after > 0 ? pieces[after - 1].line : firstLine
    }
}

enum ProsePassages {
    static func passages(in document: RenstraDocument) -> [ProsePassage] {
        var passages: [ProsePassage] = []
        var open = false
        func start(_ kind: ProsePassage.Kind, _ text: String, _ lines: LineSpan, table: String? = nil) {
            passages.append(ProsePassage(kind: kind, text: text, pieces: [(0, lines.first)], lastLine: lines.last, table: table,
                                         characterCount: text.count))
            open = kind == .text
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph) where paragraph.isContentsEntry:
                open = false
            case .paragraph(let paragraph):
                if open, paragraph.lines.first == passages[passages.count - 1].lastLine + 1 {
                    let offset = passages[passages.count - 1].characterCount + 1
                    passages[passages.count - 1].text += " " + paragraph.text
                    passages[passages.count - 1].characterCount = offset + paragraph.text.count
                    passages[passages.count - 1].pieces.append((offset, paragraph.lines.first))
                    passages[passages.count - 1].lastLine = paragraph.lines.last
                } else {
                    start(.text, paragraph.text, paragraph.lines)
                }
            case .listItem(let item):
                start(.text, item.text, item.lines)
            case .heading(let heading):
                start(.heading, heading.title, heading.lines)
            case .table(let table):
                if let caption = table.caption {
                    start(.caption, caption.title, caption.lines, table: caption.label ?? caption.title)
                } else {
                    open = false
                }
            }
        }
        return passages
    }
}
