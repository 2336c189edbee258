import Ingest

/// Flags a programme, kegiatan or sub kegiatan whose name is not the official one: against the list's name
/// for its printed code, or, printed without a code, against the official name it comes closest to.
struct NameDiffersFromListRule: Rule {
    static let description = RuleDescription(
        id: "NOM001",
        family: .nomenclature,
        severity: .warning,
        title: Localized(id: "Nama berbeda dari nomenklatur resmi",
                         en: "Name differs from the official nomenclature"),
        rationale: Localized(
            id: "Sejak Permendagri 90/2019 setiap program, kegiatan dan subkegiatan memakai nama dari daftar Kemendagri untuk kodenya; SIPD menegakkannya, dokumen Word/PDF yang direviu tidak. Nama dibandingkan dengan nama dalam daftar untuk kode yang tercetak, atau, bila tanpa kode, dengan nama resmi yang paling dekat pada tingkat yang sama. Huruf besar-kecil, tanda baca, spasi, pemenggalan kata PDF (\"Pemberday aan\") dan ejaan baku (Perijinan/Perizinan) diabaikan; bila daftar sendiri salah ketik pada kata yang ditulis benar oleh rencana (\"Pemanfataan\"), rencana yang benar. Selisih beberapa huruf dilaporkan dengan ejaan resmi (sebagai info pada teks Markdown, yang sering hasil OCR sehingga salah ketiknya belum tentu milik rencana). Susunan kata yang lain (kata ditambah atau dihilangkan) hanya dilaporkan untuk rencana yang disusun dengan Kepmendagri 050-3708/2020 (periode mulai 2021 atau sebelumnya) dan untuk program Permendagri 13/2006, karena daftar sesudahnya (\(NomenclatureWording.laterLists)) mengubah sebagian nama. Setiap temuan menyebut daftar yang dipakai; kode X.XX dalam daftar berarti urusan dan bidang perangkat daerah sendiri (program penunjang X.XX.01). Dalam tabel yang kolomnya dibangun dari spasi teks PDF, kata dari nama yang terlipat bisa masuk ke kolom sebelahnya: susunan kata yang berbeda di sana tidak dilaporkan, dan beda ejaan hanya dicatat sebagai info.",
            en: "Since Permendagri 90/2019 every programme, kegiatan and sub kegiatan carries the name the Kemendagri list gives its code; SIPD enforces it, the Word/PDF document under review does not. The name is compared with the list's name for the printed code or, printed without a code, with the closest official name at the same level. Case, punctuation, spacing, PDF word breaks (\"Pemberday aan\") and standard spelling (Perijinan/Perizinan) are ignored; where the list itself misspells a word the plan writes correctly (\"Pemanfataan\"), the plan is right. A slip of a few letters is reported with the official spelling (as info in a Markdown text, which is often an OCR reading whose slips may not be the plan's). Other wording (words added or left out) is reported only for plans drafted under Kepmendagri 050-3708/2020 (period starting in 2021 or earlier) and for Permendagri 13/2006 programmes, since later lists (\(NomenclatureWording.laterLists)) renamed some entries. Every finding names the list it used; X.XX in a list code stands for the agency's own urusan and bidang (the support programme X.XX.01). In a table whose columns were rebuilt from the spacing of PDF text, a word of a wrapped name can land in the next column: other wording there is not reported, and a spelling difference is only an info."),
        triggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            ↓PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA\tPersentase Keselarasan\t100\tPersen (%)\t100\t8.998.000\t100\t20.000.000
            Kegiatan Administrasi Umum Perangkat Daerah\tJumlah Laporan\t6\tLaporan\t6\t8.998.000\t6\t20.000.000
            ↓Sub Kegiatan Fasilitas Kunjungan Tamu\tJumlah Laporan\t12\tLaporan\t12\t8.998.000\t12\t20.000.000
            """)),
        ],
        nonTriggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH\tPersentase Keselarasan\t100\tPersen (%)\t100\t8.998.000\t100\t20.000.000
            Kegiatan Administrasi Umum Perangkat Daerah\tJumlah Laporan\t6\tLaporan\t6\t8.998.000\t6\t20.000.000
            Sub Kegiatan Fasilitasi Kunjungan Tamu\tJumlah Laporan\t12\tLaporan\t12\t8.998.000\t12\t20.000.000
            """)),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        // Later lists renamed entries: another wording is the plan's own only where the list was in force.
        let reportsRewording = review.listInForce || review.generation == .permendagri13
        // Whether a node's table (the first of its name) was rebuilt from the spacing of PDF text, looked up
        // once per table rather than once per node.
        let rebuiltTables = Dictionary(document.tables.map { ($0.displayName, $0.readingIsReconstructed) },
                                       uniquingKeysWith: { first, _ in first })
        let isRebuilt = { (node: PlanNode) in rebuiltTables[node.table] ?? false }
        // In a table rebuilt from the spacing of PDF text, a word of a wrapped name can land in the column
        // beside it, or a word of that column in the name: other wording there is likelier the reading's.
        let rewordingIsThePlans = { (node: PlanNode) in reportsRewording && !isRebuilt(node) }
        let report = { (item: NomenclatureReview.Item, entry: NomenclatureEntry, difference: Difference) in
            makeFinding(item, entry, difference, rebuilt: isRebuilt(item.node), in: document)
        }
        return review.items.compactMap { item -> Finding? in
            // A code with the other region level's kewenangan digit names that level's entry: NOM006's.
            if review.hasForeignKewenangan(item) { return nil }
            if let agreement = item.codeAgreement, let entry = item.codeEntries.first {
                switch agreement {
                case .same:
                    return nil
                case .misspelt(let words):
                    return report(item, entry, .misspelt(words))
                case .reworded:
                    return rewordingIsThePlans(item.node) ? report(item, entry, .reworded) : nil
                case .different:
                    // A name listed under another code is NOM003's; a name the later lists may have given the
                    // code is not the plan's error.
                    let namedElsewhere = item.nameMatch?.agreement.namesEntry ?? false
                    return review.listInForce && !namedElsewhere ? report(item, entry, .renamed) : nil
                }
            }
            // An official code the list does not hold is NOM002's or NOM003's.
            guard item.code?.official == nil || review.generation == .permendagri13,
                  let match = item.nameMatch, let entry = match.entry else { return nil }
            switch match.agreement {
            case .misspelt(let words): return report(item, entry, .misspelt(words))
            case .reworded: return rewordingIsThePlans(item.node) ? report(item, entry, .reworded) : nil
            case .same, .different: return nil
            }
        }
    }

    /// How the printed name differs from the official one.
    private enum Difference {
        /// A slip of a few letters, with the official words it misspells.
        case misspelt([String])
        case reworded
        /// Another name for the printed code.
        case renamed
    }

    /// `rebuilt`: whether the node's table was rebuilt from the spacing of PDF text.
    private func makeFinding(_ item: NomenclatureReview.Item, _ entry: NomenclatureEntry, _ difference: Difference,
                             rebuilt: Bool, in document: RenstraDocument) -> Finding {
        let node = item.node
        let subject = NomenclatureWording.node(node, key: item.key), list = NomenclatureWording.list(entry)
        let official = NomenclatureWording.entry(entry)
        let message: Localized
        var severity: Severity?
        // In a Markdown text (often an OCR reading) a slip of a few letters may be the reading's, not the plan's;
        // in a table rebuilt from the spacing of PDF text, a word broken in its cell may have lost a letter to the
        // next column.
        let ocr = document.layout == .markdown
        switch difference {
        case .misspelt(let words):
            let quoted = words.map { "\"\($0)\"" }.joined(separator: ", ")
            severity = ocr || rebuilt ? .info : nil
            let note = ocr ? Localized(id: " Teks ini mungkin hasil OCR: cocokkan dengan dokumen aslinya.",
                                       en: " This text may be an OCR reading: compare with the original document.")
                : rebuilt ? Localized(id: " Tabelnya dibaca dari teks PDF berspasi, tempat kata yang terpenggal di selnya bisa kehilangan huruf: cocokkan dengan dokumen aslinya.",
                                      en: " The table was read from spaced PDF text, where a word broken in its cell can lose a letter: compare with the original document.")
                : Localized(id: "", en: "")
            message = Localized(
                id: "\(subject.id) berbeda ejaan dari nomenklatur \(list.id): \(official)\(words.isEmpty ? "" : " (kata \(quoted))")." + note.id,
                en: "\(subject.en) is spelt differently from the nomenclature of \(list.en): \(official)\(words.isEmpty ? "" : " (\(words.count == 1 ? "word" : "words") \(quoted))")." + note.en)
        case .reworded:
            message = Localized(id: "\(subject.id) ditulis berbeda dari nomenklatur \(list.id): \(official).",
                                en: "\(subject.en) is worded differently from the nomenclature of \(list.en): \(official).")
        case .renamed:
            message = Localized(
                id: "\(subject.id) memakai kode \(node.code ?? entry.code), yang dalam \(list.id) bernama \"\(entry.name)\".",
                en: "\(subject.en) carries code \(node.code ?? entry.code), which \(list.en) names \"\(entry.name)\".")
        }
        return finding(in: document, line: node.lines.first, endLine: node.lines.last, table: node.table, message: message,
                       expected: entry.name, found: node.name, subject: NomenclatureWording.subject(node, entry.code, key: item.key),
                       severity: severity)
    }
}

extension NameDiffersFromListRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
