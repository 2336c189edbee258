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
        var chapter: Int?
        var lastChild: [[Int]: (value: Int, heading: Heading)] = [:]
        var findings: [Finding] = []
        for heading in document.headings {
            if heading.level == 1, let value = OutlineNormalizer.romanValue(heading.number) {
                chapter = value
                lastChild.removeAll()
                continue
            }
            guard let number = heading.number, let parts = Self.parts(number), parts.count >= 2 else { continue }
            let parent = Array(parts.dropLast())
            let value = parts.last!
            defer { lastChild[parent] = (value, heading) }
            if let chapter, parts[0] != chapter {
                findings.append(finding(
                    in: document, line: heading.lines.first, endLine: heading.lines.last,
                    message: Localized(id: "Subbab \(number) berada di BAB \(Self.roman(chapter)); nomornya seharusnya diawali \(chapter).",
                                       en: "Section \(number) is in chapter \(Self.roman(chapter)); its number should start with \(chapter)."),
                    expected: "\(chapter).…", found: number, subject: "chapter|\(number)"))
                continue
            }
            let previous = lastChild[parent]
            let expected = (previous?.value ?? 0) + 1
            guard value != expected else { continue }
            let expectedNumber = (parent + [expected]).map(String.init).joined(separator: ".")
            guard let previous else { continue }
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
