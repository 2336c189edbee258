import Ingest

/// Compares the list of tables (DAFTAR TABEL) with the captions in the body: a listed table that no
/// caption carries, a captioned table missing from the list, or a label whose title differs.
struct TableListMismatchRule: Rule {
    static let description = RuleDescription(
        id: "NUM004",
        family: .numbering,
        severity: .warning,
        title: Localized(id: "Daftar tabel tidak sesuai dengan judul tabel",
                         en: "List of tables does not match the table captions"),
        rationale: Localized(
            id: "Daftar Tabel adalah pintu masuk pembaca. Nomor atau judul di daftar yang berbeda dari judul tabel di badan dokumen membuat tabel sulit ditemukan dan menandakan penomoran yang belum diperbarui.",
            en: "The list of tables is the reader's way in. A number or title in the list that differs from the caption in the body makes tables hard to find and suggests numbering that was not updated."),
        triggering: [
            RuleExample(.bekasi, """
            DAFTAR TABEL

            ↓Tabel 2.1\tData Sumber Daya Manusia.....\t15
            Tabel 2.2\tData PNS Berdasarkan Bidang.....\t16

            BAB II

            Tabel 2.2 Data PNS Berdasarkan Bidang

            NO\tBIDANG\tJUMLAH
            1\tSekretariat\t9
            """),
            RuleExample(.depok, """
            DAFTAR TABEL
            Tabel 3.1 Pemetaan Permasalahan\t40

            BAB III

            ↓Tabel 3.1 Isu Strategis Pelayanan
            \tNo.
            \tIsu

            \t1.
            \tRendahnya akses permodalan
            """),
            RuleExample(.semarang, """
            ## DAFTAR TABEL

            Tabel Jumlah Pegawai Menurut Golongan .....\t30

            ## **BAB II**

            Tabel 2.1 Jumlah Pegawai Menurut Golongan

            BIDANG\tJUMLAH
            Sekretariat\t17

            ↓Tabel 2.2 Jumlah Kendaraan Dinas

            JENIS\tJUMLAH
            Roda 4\t6
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            DAFTAR TABEL

            Tabel 2.2\tData PNS Berdasarkan Bidang dan Golongan.....\t16

            BAB II

            Tabel 2.2 Data PNS Berdasarkan Bidang dan Golongan

            NO\tBIDANG\tJUMLAH
            1\tSekretariat\t9
            """),
            RuleExample(.semarang, """
            ## DAFTAR TABEL

            Tabel Jumlah Pegawai Menurut Golongan .....\t30

            ## **BAB II**

            Tabel 2.1 Jumlah Pegawai Menurut Golongan

            BIDANG\tJUMLAH
            Sekretariat\t17
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let list = document.tableList
        guard !list.isEmpty else { return [] }
        let captions = DocumentCaptions.all(in: document)
        let captionWords = captions.map { TitleSimilarity.Words($0.title) }
        let captionLabels = captions.map { $0.label?.lowercased() }
        var findings: [Finding] = []
        var matchedCaptions = Set<Int>()

        let entryWords = list.map { TitleSimilarity.Words($0.title) }
        for (entry, words) in zip(list, entryWords) {
            if let label = entry.label {
                let lowerLabel = label.lowercased()
                let sameLabel = captions.indices.filter { captionLabels[$0] == lowerLabel }
                if let index = sameLabel.first(where: { TitleSimilarity.sameTable(captionWords[$0], words) }) {
                    matchedCaptions.insert(index)
                } else if let index = sameLabel.first {
                    matchedCaptions.insert(index)
                    let caption = captions[index]
                    findings.append(finding(
                        in: document, line: caption.lines.first, endLine: caption.lines.last, table: label,
                        message: Localized(
                            id: "Judul \(label) berbeda dengan Daftar Tabel (baris \(entry.line)).",
                            en: "The title of \(label) differs from the list of tables (line \(entry.line))."),
                        expected: entry.title, found: caption.title, subject: "title|\(label)"))
                } else if let index = captions.indices.first(where: { !matchedCaptions.contains($0) && TitleSimilarity.score(captionWords[$0], words) >= 0.6 }) {
                    matchedCaptions.insert(index)
                    let caption = captions[index]
                    findings.append(finding(
                        in: document, line: caption.lines.first, endLine: caption.lines.last, table: caption.displayName,
                        message: Localized(
                            id: "Daftar Tabel (baris \(entry.line)) menomori tabel \"\(entry.title)\" sebagai \(label), tetapi judul tabelnya bernomor \(caption.label ?? "kosong").",
                            en: "The list of tables (line \(entry.line)) numbers \"\(entry.title)\" as \(label), but its caption says \(caption.label ?? "nothing")."),
                        expected: label, found: caption.label ?? "-", subject: "label|\(label)"))
                } else {
                    findings.append(finding(
                        in: document, line: entry.line, table: label,
                        message: Localized(
                            id: "\(label) \"\(entry.title)\" tercantum di Daftar Tabel tetapi tidak ada tabel dengan nomor itu di badan dokumen.",
                            en: "\(label) \"\(entry.title)\" is in the list of tables but no table in the body carries that label."),
                        found: label, subject: "listed|\(label)"))
                }
            } else if let index = captions.indices.first(where: { !matchedCaptions.contains($0) && TitleSimilarity.sameTable(captionWords[$0], words) }) {
                matchedCaptions.insert(index)
            }
        }
        // Unnumbered captions are often title lines of appendix tables rather than "Tabel …" captions;
        // only numbered tables are expected in the list.
        for (index, caption) in captions.enumerated() where !matchedCaptions.contains(index) {
            let titledInList = entryWords.contains { TitleSimilarity.sameTable($0, captionWords[index]) }
            guard !titledInList, caption.label != nil else { continue }
            findings.append(finding(
                in: document, line: caption.lines.first, endLine: caption.lines.last, table: caption.displayName,
                message: Localized(
                    id: "Tabel \"\(caption.title)\" tidak tercantum di Daftar Tabel.",
                    en: "Table \"\(caption.title)\" is not in the list of tables."),
                found: caption.label ?? caption.title, subject: "unlisted|\(caption.label ?? NameNormalizer.normalize(caption.title))"))
        }
        return findings
    }
}
