/// Reads the list of tables (DAFTAR TABEL): entries like `Tabel 2.1\tData Sumber Daya Manusia.....\t15`.
public enum TableListParser {
    /// Parses entries from the line after a `DAFTAR TABEL` heading until the next `DAFTAR …` or `BAB` heading.
    public static func parse(_ source: SourceText) -> [TableListEntry] {
        guard let start = source.lines.firstIndex(where: { isListHeading($0) }) else { return [] }
        var entries: [TableListEntry] = []
        var index = start + 1
        while index < source.lines.count {
            let text = MarkupStripper.strip(source.lines[index]).trimmingWhitespace()
            let upper = text.uppercased()
            if upper.hasPrefix("DAFTAR ") || upper.hasPrefix("BAB ") || upper.hasPrefix("#") { break }
            if let entry = entry(text, line: index + 1) { entries.append(entry) }
            index += 1
        }
        return entries
    }

    /// Inside the list every `Tabel …` line is an entry, even one whose title reads like a sentence
    /// (`Tabel dan Tujuan dan Sasaran Dinas`), which a caption in the body would not be.
    static func unnumberedEntry(_ text: String, line: Int) -> TableCaption? {
        guard text.lowercased().hasPrefix("tabel ") else { return nil }
        let title = String(text.dropFirst(6)).trimmingWhitespace()
        return title.isEmpty ? nil : TableCaption(label: nil, numberParts: [], title: title, lines: LineSpan(line))
    }

    static func isListHeading(_ line: String) -> Bool {
        let text = MarkupStripper.strip(line).trimmingWhitespace().trimmingCharacters(in: "#").trimmingWhitespace()
        return text.uppercased() == "DAFTAR TABEL"
    }

    /// One entry: caption text, dot leaders and a trailing page number (arabic or roman).
    static func entry(_ text: String, line: Int) -> TableListEntry? {
        var body = Substring(text)
        var page: String?
        if let tab = body.lastIndex(of: "\t") {
            let tail = body[body.index(after: tab)...].trimmingWhitespaceSubstring()
            if !tail.isEmpty && tail.count <= 5 && tail.allSatisfy({ $0.isNumber || "ivxlIVXL".contains($0) }) {
                page = String(tail)
                body = body[..<tab]
            }
        }
        let withoutLeaders = String(body).replacingAll("\t", with: " ").trimmingCharacters(in: ". ").trimmingWhitespace()
        guard let caption = CaptionParser.parse(withoutLeaders, line: line) ?? unnumberedEntry(withoutLeaders, line: line) else {
            return nil
        }
        return TableListEntry(label: caption.label, numberParts: caption.numberParts, title: caption.title,
                              page: page, line: line)
    }
}

extension String {
    func trimmingCharacters(in characters: String) -> String {
        String(Substring(self).trimmingCharacters(characters))
    }
}
