import Ingest

/// A passage of running text that belongs together: a paragraph and the list items that follow it
/// (`… terdiri dari:` then `· PNS : 34 Orang`), or a run of list items under a heading.
struct ProseGroup {
    struct Part {
        var text: String
        var lines: LineSpan
    }

    var parts: [Part]
}

enum ProseGroups {
    /// The document's prose in groups; headings and tables end a group, and every paragraph starts one.
    static func groups(in document: RenstraDocument) -> [ProseGroup] {
        var groups: [ProseGroup] = []
        var current: [ProseGroup.Part] = []
        func close() {
            if !current.isEmpty { groups.append(ProseGroup(parts: current)) }
            current = []
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph):
                close()
                current.append(ProseGroup.Part(text: paragraph.text, lines: paragraph.lines))
            case .listItem(let item):
                current.append(ProseGroup.Part(text: item.text, lines: item.lines))
            case .heading, .table:
                close()
            }
        }
        close()
        return groups
    }
}
