import Ingest

/// The chapter outline of a "Sistematika Penulisan" section: each entry (`Bab VII Kinerja
/// Penyelenggaraan Bidang Urusan`) with the paragraphs that describe it (`Bab VI berisi …`).
struct ChapterSynopsis {
    struct Entry {
        var numeral: String
        var number: Int
        var title: String
        var line: Int
        var descriptions: [Paragraph]
    }

    var entries: [Entry]

    /// The synopsis after the first heading that mentions "sistematika", up to the next heading.
    /// The outline pass has already turned its `BAB …` lines into paragraphs.
    init?(_ document: RenstraDocument) {
        guard let start = document.blocks.firstIndex(where: {
            if case .heading(let heading) = $0 { return heading.title.lowercased().containsLiteral("sistematika") }
            return false
        }) else { return nil }
        var entries: [Entry] = []
        for block in document.blocks.dropFirst(start + 1) {
            guard case .paragraph(let paragraph) = block else {
                if case .heading = block { break }
                continue
            }
            if let reference = ChapterReference(paragraph.text), reference.isEntryTitle {
                entries.append(Entry(numeral: reference.numeral, number: reference.number, title: reference.rest,
                                     line: paragraph.lines.first, descriptions: []))
            } else if !entries.isEmpty {
                entries[entries.count - 1].descriptions.append(paragraph)
            }
        }
        guard entries.count >= 3 else { return nil }
        self.entries = entries
    }
}

/// `Bab VII Kinerja …`, `BAB I. PENDAHULUAN`, `Pada Bab I akan dibahas …`, `Bab VI berisi …`:
/// a text opening with a chapter number.
struct ChapterReference {
    var numeral: String
    var number: Int
    /// The text after the numeral and its punctuation.
    var rest: String

    init?(_ text: String) {
        var words = text.split(maxSplits: 3, omittingEmptySubsequences: true) { $0 == " " || $0 == "\t" }
        if words.first?.lowercased() == "pada" { words.removeFirst() }
        guard words.count >= 2, words[0].lowercased() == "bab" else { return nil }
        let numeral = words[1].filter { !".:,".contains($0) }
        guard let number = OutlineNormalizer.chapterValue(String(numeral)) else { return nil }
        self.numeral = numeral.uppercased()
        self.number = number
        rest = String(text[words[1].endIndex...].drop { ".:".contains($0) || $0.isWhitespace })
    }

    /// `Bab VII Kinerja Penyelenggaraan` names a chapter; `Bab VI berisi …` describes one.
    var isEntryTitle: Bool {
        guard let first = rest.first else { return true }
        return !first.isLowercase && rest.count <= 160 && !rest.hasSuffix(".")
    }
}
