import Ingest

/// Every numbered or titled table caption of a document: those of the tables the reader read, and caption
/// lines it left as prose, where the table under them was not read (a form not yet understood, an
/// image) or stands apart from its caption. The entries of the list of tables are not captions.
enum DocumentCaptions {
    static func all(in document: RenstraDocument) -> [TableCaption] {
        withOrigin(in: document).map(\.caption)
    }

    /// The captions with whether the table under them was read, in line order.
    static func withOrigin(in document: RenstraDocument) -> [(caption: TableCaption, tableWasRead: Bool)] {
        var captions = document.tables.compactMap(\.caption).map { (caption: $0, tableWasRead: true) }
        let tableLines = Set(captions.map(\.caption.lines.first))
        let listed = Set(document.tableList.map(\.line))
        for block in document.blocks {
            guard case .paragraph(let paragraph) = block, !paragraph.isContentsEntry,
                  !listed.contains(paragraph.lines.first), !tableLines.contains(paragraph.lines.first),
                  let caption = CaptionParser.parse(paragraph.text, line: paragraph.lines.first),
                  caption.label != nil, caption.title.first?.isLowercase != true else { continue }
            captions.append((caption, false))
        }
        return captions.sorted { $0.caption.lines.first < $1.caption.lines.first }
    }

    /// The keys (`4.2`, `tc.27`) of the figure captions written as prose (`Gambar: 4.2`), to say when a
    /// table number the text lacks is a figure's.
    static func figureKeys(in document: RenstraDocument) -> Set<String> {
        var keys = Set<String>()
        for block in document.blocks {
            guard case .paragraph(let paragraph) = block, !paragraph.isContentsEntry, paragraph.text.containsIgnoringCase("gambar"),
                  let label = LabelMentions.captionLabels(in: paragraph.text).first, label.kind == .figure else { continue }
            keys.insert(label.key)
        }
        return keys
    }
}
