import Ingest

/// Flags numbered section headings that skip, repeat or belong to another chapter: `2.1.2` followed by
/// `2.1.4`, a second `3.2`, or `3.1` under BAB IV.
struct HeadingNumberSequenceRule: Rule {
    static let description = RuleDescription(
        id: "NUM006",
        family: .numbering,
        severity: .warning,
        title: Localized(id: "Nomor subbab melompat, berulang, atau tidak sesuai bab",
                         en: "Section numbers skip, repeat or do not match their chapter"),
        rationale: Localized(
            id: "Nomor subbab (2.1, 2.1.1, …) menyusun kerangka dokumen dan dirujuk dari daftar isi. Nomor yang melompat, berulang, atau memakai nomor bab lain menandakan bagian yang hilang atau salah tempat.",
            en: "Section numbers (2.1, 2.1.1, …) structure the document and are referenced from the table of contents. A skipped or repeated number, or one from another chapter, suggests a missing or misplaced section."),
        triggering: [
            RuleExample(.bekasi, """
            BAB II

            GAMBARAN PELAYANAN

            2.1. Gambaran Pelayanan

            2.1.1 Tugas dan Fungsi

            ↓2.1.3 Kinerja Pelayanan
            """),
            RuleExample(.depok, """
            BAB IV TUJUAN DAN SASARAN

            ↓3.1. TUJUAN DAN SASARAN JANGKA MENENGAH
            """),
            RuleExample(.semarang, """
            # **BAB III**

            ### 3.1 Identifikasi Permasalahan

            ### 3.2 Telaah Visi

            ↓### 3.2 Telaah Renstra
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            BAB II

            GAMBARAN PELAYANAN

            2.1. Gambaran Pelayanan

            2.1.1 Tugas dan Fungsi

            2.1.2 Sumber Daya

            2.2. Permasalahan
            """),
            RuleExample(.semarang, """
            # **BAB III**

            ### 3.1 Identifikasi Permasalahan

            #### 3.1.1. Permasalahan Koperasi

            ### 3.2 Telaah Visi
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        Self.chapters(of: document).flatMap { check($0, in: document) }
    }

    /// The numbered section headings under one chapter heading (or before the first).
    struct Chapter {
        var number: Int?
        var sections: [(heading: Heading, parts: [Int])] = []

        /// Sections numbered for another chapter, and whether they read as misnumbered sections rather than
        /// as something else: the row numbers of a table (`1.1`, `2.1`, `3.1 … 3.11` under BAB IV, several
        /// chapters' numbers at once) or the sections of a next chapter whose `BAB` heading was not read
        /// (`5.1`, `5.2`, … under BAB IV).
        var foreignSectionsAreMisnumbered: Bool {
            guard let number else { return false }
            let foreign = sections.filter { $0.parts[0] != number }
            let chapters = Set(foreign.map { $0.parts[0] })
            guard chapters.count == 1, let first = foreign.first else { return false }
            let startsNextChapter = first.parts[0] == number + 1 && first.parts.dropFirst().allSatisfy { $0 == 1 }
            return !startsNextChapter
        }
    }

    /// The document's sections by chapter. A chapter heading repeating the current chapter's number (a
    /// running page header `BAB 2 | GAMBARAN UMUM`) does not start a new chapter.
    static func chapters(of document: RenstraDocument) -> [Chapter] {
        var chapters = [Chapter()]
        for heading in document.headings {
            if heading.level == 1, let value = OutlineNormalizer.chapterValue(heading.number) {
                if value != chapters[chapters.count - 1].number { chapters.append(Chapter(number: value)) }
                continue
            }
            guard let number = heading.number, let parts = parts(number), parts.count >= 2 else { continue }
            chapters[chapters.count - 1].sections.append((heading, parts))
        }
        return chapters
    }

    func check(_ chapter: Chapter, in document: RenstraDocument) -> [Finding] {
        var lastChild: [[Int]: (value: Int, heading: Heading)] = [:]
        var findings: [Finding] = []
        let reportsForeign = chapter.foreignSectionsAreMisnumbered
        for (heading, parts) in chapter.sections {
            let number = parts.map(String.init).joined(separator: ".")
            if let chapterNumber = chapter.number, parts[0] != chapterNumber {
                guard reportsForeign else { continue }
                findings.append(finding(
                    in: document, line: heading.lines.first, endLine: heading.lines.last,
                    message: Localized(id: "Subbab \(number) berada di BAB \(Self.roman(chapterNumber)); nomornya seharusnya diawali \(chapterNumber).",
                                       en: "Section \(number) is in chapter \(Self.roman(chapterNumber)); its number should start with \(chapterNumber)."),
                    expected: "\(chapterNumber).…", found: number, subject: "chapter|\(number)"))
                lastChild[Array(parts.dropLast())] = (parts.last!, heading)
                continue
            }
            let parent = Array(parts.dropLast())
            let value = parts.last!
            defer { lastChild[parent] = (value, heading) }
            // A number going back to 1 starts a new run (a numbered table or list), not a slip.
            guard let previous = lastChild[parent], value != previous.value + 1, value != 1 else { continue }
            let expectedNumber = (parent + [previous.value + 1]).map(String.init).joined(separator: ".")
            let message = value == previous.value
                ? Localized(id: "Nomor subbab \(number) berulang (baris \(previous.heading.lines.first)); seharusnya \(expectedNumber).",
                            en: "Section number \(number) repeats (line \(previous.heading.lines.first)); expected \(expectedNumber).")
                : Localized(id: "Subbab \(number) mengikuti \(previous.heading.number ?? ""); seharusnya \(expectedNumber).",
                            en: "Section \(number) follows \(previous.heading.number ?? ""); expected \(expectedNumber).")
            findings.append(finding(in: document, line: heading.lines.first, endLine: heading.lines.last, message: message,
                                    expected: expectedNumber, found: number, subject: "sequence|\(number)"))
        }
        return findings
    }

    static func parts(_ number: String) -> [Int]? {
        let pieces = number.pieces(separatedBy: ".")
        let values = pieces.compactMap { Int($0) }
        return values.count == pieces.count && !values.isEmpty ? values : nil
    }

    static func roman(_ value: Int) -> String {
        ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][min(max(value, 0), 12)]
    }
}
