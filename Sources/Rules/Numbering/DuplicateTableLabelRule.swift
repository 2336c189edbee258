import Ingest

/// Flags a table label (`Tabel 2.3`, `Tabel d`) that captions two different tables. A caption repeated
/// over a table continued on the next page, with the same title, is not a duplicate.
struct DuplicateTableLabelRule: Rule {
    static let description = RuleDescription(
        id: "NUM002",
        family: .numbering,
        severity: .error,
        title: Localized(id: "Nomor tabel dipakai untuk dua tabel berbeda",
                         en: "One table label captions two different tables"),
        rationale: Localized(
            id: "Setiap tabel harus dapat dirujuk dengan nomornya. Bila dua tabel berbeda memakai nomor yang sama, rujukan di teks dan di daftar tabel tidak lagi menunjuk satu tabel.",
            en: "Every table must be referable by its number. When two different tables share a label, references in the text and the list of tables no longer point at one table."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 2.3 Data PNS Berdasarkan Jenis Kelamin

            No\tJenis Kelamin\tJumlah
            1\tPerempuan\t8

            ↓Tabel 2.3 Data Jumlah PPPK

            NO\tTKK\tJumlah
            1\tLaki-Laki\t5
            """),
            RuleExample(.depok, """
            Tabel d. Data PNS berdasarkan golongan
            \tNo.
            \tGolongan

            \t1.
            \tGolongan IV

            ↓Tabel d. Data Pegawai berdasarkan jabatan struktural
            \tNo.
            \tJabatan

            \t1.
            \tEselon II
            """),
            RuleExample(.semarang, """
            Tabel 2.3 Struktur Esselon Menurut Jenis Kelamin

            ESSELON\tPRIA\tWANITA
            Esselon II\t\t1 orang

            ↓Tabel 2.3 REVIEW PENCAPAIAN KINERJA PELAYANAN

            NO\tIndikator Kinerja\tTarget
            1\tProsentase Koperasi aktif\t75%
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.3 Data PNS Berdasarkan Jenis Kelamin

            No\tJenis Kelamin\tJumlah
            1\tPerempuan\t8

            Tabel 2.4 Data Jumlah PPPK

            NO\tTKK\tJumlah
            1\tLaki-Laki\t5
            """),
            RuleExample(.semarang, """
            Tabel 2.3 Struktur Esselon Menurut Jenis Kelamin

            ESSELON\tPRIA\tWANITA
            Esselon II\t\t1 orang

            Tabel 2.3 Struktur Esselon Menurut Jenis Kelamin (lanjutan)

            ESSELON\tPRIA\tWANITA
            Esselon III\t3 orang\t2 orang
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var firstByLabel: [String: (caption: TableCaption, tableWasRead: Bool)] = [:]
        var findings: [Finding] = []
        for (caption, tableWasRead) in DocumentCaptions.withOrigin(in: document) {
            guard let label = caption.label else { continue }
            let key = label.lowercased()
            guard let first = firstByLabel[key] else {
                firstByLabel[key] = (caption, tableWasRead)
                continue
            }
            guard !TitleSimilarity.sameTable(first.caption.title, caption.title) else { continue }
            // A caption line read as prose, without its table, may be a sentence opening with a label.
            let certain = tableWasRead && first.tableWasRead
            let note = certain ? Localized(id: "", en: "")
                : Localized(id: " (Judul dibaca dari baris teks; tabelnya tidak terbaca.)", en: " (The caption was read from a line of text; its table was not read.)")
            findings.append(finding(
                in: document, line: caption.lines.first, endLine: caption.lines.last, table: label,
                message: Localized(
                    id: "\(label) sudah dipakai di baris \(first.caption.lines.first) untuk tabel lain (\"\(first.caption.title)\"); tabel \"\(caption.title)\" perlu nomor sendiri." + note.id,
                    en: "\(label) was already used on line \(first.caption.lines.first) for another table (\"\(first.caption.title)\"); table \"\(caption.title)\" needs its own number." + note.en),
                found: label, subject: "\(label)|\(NameNormalizer.normalize(caption.title))", severity: certain ? nil : .warning))
        }
        return findings
    }
}
