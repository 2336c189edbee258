import Ingest

/// A passage of running text that belongs together: a paragraph and the list items that follow it
/// (`… terdiri dari:` then `· PNS : 34 Orang`), or a run of list items under a heading.
struct ProseGroup {
    struct Part {
        var text: String
        var lines: LineSpan
        /// The part's position among all parts of the document, which identifies it.
        var index: Int
    }

    var parts: [Part]
}

enum ProseGroups {
    /// The document's prose in groups; headings and tables end a group, and every paragraph starts one.
    static func groups(in document: RenstraDocument) -> [ProseGroup] {
        var groups: [ProseGroup] = []
        var current: [ProseGroup.Part] = []
        var partCount = 0
        func add(_ text: String, _ lines: LineSpan) {
            current.append(ProseGroup.Part(text: text, lines: lines, index: partCount))
            partCount += 1
        }
        func close() {
            if !current.isEmpty { groups.append(ProseGroup(parts: current)) }
            current = []
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                close()
                add(paragraph.text, paragraph.lines)
            case .listItem(let item):
                add(item.text, item.lines)
            case .heading, .table:
                close()
            }
        }
        close()
        return groups
    }
}
