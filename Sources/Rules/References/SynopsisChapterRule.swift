import Ingest

/// Checks the chapter synopsis of "Sistematika Penulisan": a description under `Bab VII …` that opens
/// with `Bab VI berisi …` names the wrong chapter (error); an entry whose title differs clearly from the
/// document's own chapter of that number, or a chapter the document does not have, is a warning.
struct SynopsisChapterRule: Rule {
    static let description = RuleDescription(
        id: "REF002",
        family: .references,
        severity: .error,
        title: Localized(id: "Sistematika penulisan tidak sesuai dengan bab",
                         en: "Chapter synopsis does not match the chapters"),
        rationale: Localized(
            id: "Sistematika Penulisan menjadi peta dokumen. Uraian yang menyebut nomor bab lain, atau judul bab yang berbeda dari bab sebenarnya, menandakan teks yang disalin dari dokumen dengan susunan bab berbeda dan belum disesuaikan.",
            en: "The chapter synopsis is the map of the document. A description naming another chapter number, or a chapter title that differs from the real chapter, points to text copied from a document with a different chapter layout and not updated."),
        triggering: [
            RuleExample(.semarang, """
            #### 1.4. Sistematika Penulisan

            ##### Bab I Pendahuluan

            Pada Bab I akan dibahas mengenai latar belakang.

            ##### Bab II Gambaran Pelayanan Perangkat Daerah

            Bab II berisi gambaran umum pelayanan.

            ##### Bab III Tujuan dan Sasaran

            ↓Bab II berisi tujuan dan sasaran jangka menengah.

            Bab IV Penutup

            ↓Bab III berisi penutup.

            ## **BAB I**

            ### **PENDAHULUAN**

            ## **BAB II**

            ### **GAMBARAN PELAYANAN PERANGKAT DAERAH**

            ## **BAB III**

            ### **TUJUAN DAN SASARAN**

            ## **BAB IV**

            ### **PENUTUP**
            """),
            RuleExample(.bekasi, """
            1.4. Sistematika Penulisan

            BAB I. PENDAHULUAN

            Pada bab ini diuraikan mengenai latar belakang.

            BAB II. GAMBARAN PELAYANAN DINAS

            Bab ini menjelaskan tentang peran Dinas.

            ↓BAB III. RENCANA PROGRAM DAN PENDANAAN

            Bab ini berisi rencana program.

            BAB I
            PENDAHULUAN

            BAB II
            GAMBARAN PELAYANAN DINAS

            BAB III
            TUJUAN, SASARAN, STRATEGI DAN ARAH KEBIJAKAN
            """),
            RuleExample(.depok, """
            1.4. SISTEMATIKA PENULISAN
            BAB  I \tPENDAHULUAN
            Bab ini memuat latar belakang.
            BAB II\tGAMBARAN PELAYANAN
            Bab ini memuat tugas fungsi.
            BAB III \tISU – ISU STRATEGIS
            Bab ini memuat isu strategis.
            ↓BAB IV \tTUJUAN DAN SASARAN
            Bab ini memuat tujuan dan sasaran.

            BAB I
            PENDAHULUAN

            BAB II
            GAMBARAN PELAYANAN

            BAB III
            ISU – ISU STRATEGIS
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            #### 1.4. Sistematika Penulisan

            ##### Bab I Pendahuluan

            Pada Bab I akan dibahas mengenai latar belakang.

            ##### Bab II Gambaran Pelayanan Perangkat Daerah

            Bab II berisi gambaran umum pelayanan.

            ##### Bab III Penutup

            Bab III berisi penutup.

            ## **BAB I**

            ### **PENDAHULUAN**

            ## **BAB II**

            ### **GAMBARAN PELAYANAN PERANGKAT DAERAH**

            ## **BAB III**

            ### **PENUTUP**
            """),
            RuleExample(.bekasi, """
            1.4. Sistematika Penulisan

            BAB I. PENDAHULUAN

            Pada bab ini diuraikan mengenai latar belakang.

            BAB II. GAMBARAN PELAYANAN, PERMASALAHAN DAN ISU STRATEGIS DINAS KOPERASI

            Bab ini menjelaskan tentang peran Dinas.

            BAB III. PROGRAM, KEGIATAN SUBKEGIATAN, DAN KINERJA PENYELENGGARAAN BIDANG URUSAN

            Bab ini berisi rencana program.

            BAB I
            PENDAHULUAN

            BAB II
            GAMBARAN PELAYANAN, PERMASALAHAN DAN ISU STRATEGIS

            BAB III
            PROGRAM, KEGIATAN, SUBKEGIATAN, DAN KINERJA PEYELENGGARAAN
            """),
            RuleExample(.depok, """
            1.4. SISTEMATIKA PENULISAN
            BAB  I \tPENDAHULUAN
            Bab ini memuat latar belakang.
            BAB II\tGAMBARAN PELAYANAN DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK
            Bab ini memuat tugas fungsi.
            BAB III \tPERMASALAHAN DAN ISU – ISU STRATEGIS DINAS KOPERASI DAN USAHA MIKRO KOTA DEPOK
            Bab ini memuat isu strategis.

            BAB I
            PENDAHULUAN

            BAB II
            GAMBARAN PELAYANAN

            BAB III
            ISU – ISU STRATEGIS
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let synopsis = ChapterSynopsis(document) else { return [] }
        // The chapters the synopsis describes: those after it, or before it for the chapter holding it.
        // A regulation with its own chapters (a Perda's BAB I Ketentuan Umum) before an annex is not them.
        let synopsisLine = synopsis.entries[0].line
        var chapters: [Int: Heading] = [:]
        for heading in document.headings where heading.level == 1 {
            guard let number = OutlineNormalizer.chapterValue(heading.number) else { continue }
            if let known = chapters[number], known.lines.first > synopsisLine { continue }
            chapters[number] = heading
        }
        var findings: [Finding] = []
        for entry in synopsis.entries {
            findings += wrongChapterNumbers(in: entry, document)
            if chapters.count >= 3, let finding = titleMismatch(entry, chapter: chapters[entry.number], document) {
                findings.append(finding)
            }
        }
        return findings
    }

    /// `Bab VI berisi …` under the entry for Bab VII.
    private func wrongChapterNumbers(in entry: ChapterSynopsis.Entry, _ document: RenstraDocument) -> [Finding] {
        entry.descriptions.compactMap { paragraph -> Finding? in
            guard let reference = ChapterReference(paragraph.text), reference.number != entry.number else { return nil }
            let heading = "Bab \(entry.numeral) \(entry.title)".trimmingWhitespace()
            return finding(
                in: document, line: paragraph.lines.first, endLine: paragraph.lines.last,
                message: Localized(
                    id: "Sistematika Penulisan: uraian di bawah \"\(heading)\" (baris \(entry.line)) dimulai dengan \"Bab \(reference.numeral)\"; nomor bab tidak sesuai.",
                    en: "Chapter synopsis: the description under \"\(heading)\" (line \(entry.line)) opens with \"Bab \(reference.numeral)\"; the chapter number does not match."),
                expected: "Bab \(entry.numeral)", found: "Bab \(reference.numeral)",
                subject: "number|\(entry.numeral)|\(reference.numeral)")
        }
    }

    /// The entry's title against the document's chapter of the same number.
    private func titleMismatch(_ entry: ChapterSynopsis.Entry, chapter: Heading?, _ document: RenstraDocument) -> Finding? {
        guard let chapter else {
            return finding(
                in: document, line: entry.line,
                message: Localized(
                    id: "Sistematika Penulisan menguraikan Bab \(entry.numeral) \"\(entry.title)\", tetapi dokumen tidak memiliki BAB \(entry.numeral).",
                    en: "The chapter synopsis describes Bab \(entry.numeral) \"\(entry.title)\", but the document has no chapter \(entry.numeral)."),
                expected: "-", found: "Bab \(entry.numeral) \(entry.title)",
                subject: "missing|\(entry.numeral)", severity: .warning)
        }
        let said = "Sistematika Penulisan menyebut Bab \(entry.numeral) \"\(entry.title)\""
        let called = "The chapter synopsis calls Bab \(entry.numeral) \"\(entry.title)\""
        let chapterTitle = Localized(id: "BAB \(entry.numeral) di dokumen berjudul \"\(chapter.title)\" (baris \(chapter.lines.first))",
                                     en: "chapter \(entry.numeral) of the document is titled \"\(chapter.title)\" (line \(chapter.lines.first))")
        let message: Localized, subject: String
        // The same title with another agency's name in it: copied from that agency's Renstra.
        if let agency = document.metadata.agency, let other = ForeignAgencyMentionRule.otherAgency(in: entry.title, own: agency),
           ForeignAgencyMentionRule.otherAgency(in: chapter.title, own: agency) == nil {
            let own = ForeignAgencyMentionRule.titleCased(agency)
            message = Localized(id: "\(said) dengan nama perangkat daerah lain, \"\(other)\"; \(chapterTitle.id) dan Renstra ini milik \(own).",
                                en: "\(called), naming another agency, \"\(other)\"; \(chapterTitle.en) and this Renstra belongs to \(own).")
            subject = "agency|\(entry.numeral)"
        } else {
            guard let coverage = WordOverlap.coverageOfShorter(entry.title, chapter.title), coverage < 0.5 else { return nil }
            message = Localized(id: "\(said), tetapi \(chapterTitle.id).", en: "\(called), but \(chapterTitle.en).")
            subject = "title|\(entry.numeral)"
        }
        return finding(in: document, line: entry.line, message: message, expected: chapter.title, found: entry.title,
                       subject: subject, severity: .warning)
    }
}
