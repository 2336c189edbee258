import Ingest

/// Flags a nomenclature code the plan prints for two different names.
struct CodeWithTwoNamesRule: Rule {
    static let description = RuleDescription(
        id: "NOM004",
        family: .nomenclature,
        severity: .error,
        title: Localized(id: "Satu kode untuk dua nama berbeda",
                         en: "One code for two different names"),
        rationale: Localized(
            id: "Satu kode nomenklatur menunjuk satu program, kegiatan atau subkegiatan. Bila rencana mencetak kode yang sama untuk dua nama resmi yang berbeda, salah satunya salah kode, dan anggarannya akan tercatat pada entri yang salah: galat. Untuk kegiatan rencana generasi Permendagri 13/2006, yang tidak ada daftarnya, dua nama yang jelas berbeda adalah peringatan. Nama yang hanya berbeda ejaan atau susunan kata, nama yang memuat nama lainnya (uraian outcome yang terbaca menyatu dengan nama), dan nama yang tidak ada dalam daftar (bisa jadi hasil OCR yang rusak) tidak dilaporkan di sini; nomor baris biasa (`1`, `1.1`) tidak dianggap kode.",
            en: "A nomenclature code stands for one programme, kegiatan or sub kegiatan. When the plan prints the same code for two different official names, one of them has the wrong code and its budget will be booked to the wrong entry: an error. For kegiatan of a Permendagri 13/2006-generation plan, which have no list, two clearly different names are a warning. Names that differ only in spelling or wording, a name that contains the other (an outcome read into the name) and a name the list does not hold (perhaps a garbled OCR reading) are not reported here; plain row numbers (`1`, `1.1`) are not taken for codes."),
        triggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Koperasi sehat</b>\t52%\t2.000.000\t53%\t2.000.000
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            ↓1.2.11.1.2.11.01.18.021\tFasilitasi Hari Koperasi\tJumlah peserta\t480 org\t1.000.000\t500 org\t1.000.000
            """, years: (2018, 2019))),
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            2.17.07\t<b>PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)</b>\t<b>Jumlah UMKM</b>\t52%\t2.000.000\t53%\t2.000.000
            2.17.07.2.01\tPemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan\tJumlah UMKM\t480 unit\t1.000.000\t500 unit\t1.000.000
            ↓2.17.07.2.01\tPengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil\tJumlah usaha kecil\t48 unit\t1.000.000\t50 unit\t1.000.000
            """, years: (2021, 2022))),
        ],
        nonTriggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Koperasi sehat</b>\t52%\t2.000.000\t53%\t2.000.000
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            1.2.11.1.2.11.01.18.022\tFasilitasi Hari Koperasi\tJumlah peserta\t480 org\t1.000.000\t500 org\t1.000.000
            """, years: (2018, 2019))),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        var first: [String: NomenclatureReview.Item] = [:]
        return review.items.compactMap { item -> Finding? in
            guard let code = item.code, code.isNomenclatureCode else { return nil }
            guard let earlier = first[code.text] else {
                first[code.text] = item
                return nil
            }
            guard let severity = Self.severity(earlier, item, review) else { return nil }
            return makeFinding(item.node, code: code, earlier: earlier.node, severity: severity, in: document)
        }
    }

    /// An error when the two names are official names of different entries: the document itself shows
    /// two entries under one code. For kegiatan of a Permendagri 13/2006 plan, which have no list, two
    /// clearly different names are a warning. Otherwise nothing: a name the list does not hold may be a
    /// garbled or extended reading of the other (an OCR text, an outcome run into the name) rather than a
    /// second entry.
    private static func severity(_ earlier: NomenclatureReview.Item, _ later: NomenclatureReview.Item,
                                 _ review: NomenclatureReview) -> Severity? {
        let first = PlanName.compact(PlanName.key(earlier.node.name)), second = PlanName.compact(PlanName.key(later.node.name))
        guard !first.isEmpty, !second.isEmpty, !first.containsLiteral(second), !second.containsLiteral(first),
              NameAgreement(later.node.name, earlier.node.name) == .different else { return nil }
        let earlierEntries = Set(earlier.officialEntries.map(\.code)), laterEntries = Set(later.officialEntries.map(\.code))
        if !earlierEntries.isEmpty, !laterEntries.isEmpty { return earlierEntries.isDisjoint(with: laterEntries) ? .error : nil }
        let unlisted = review.generation == .permendagri13 && later.node.level != .program
        return unlisted ? .warning : nil
    }

    private func makeFinding(_ node: PlanNode, code: PrintedCode, earlier: PlanNode, severity: Severity,
                             in document: RenstraDocument) -> Finding {
        finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "Kode \(code.text) dipakai untuk \"\(earlier.name.shortened(to: 100))\" (baris \(earlier.lines.first)) dan untuk \"\(node.name.shortened(to: 100))\" (baris \(node.lines.first)); salah satunya salah kode.",
                en: "Code \(code.text) is used for \"\(earlier.name.shortened(to: 100))\" (line \(earlier.lines.first)) and for \"\(node.name.shortened(to: 100))\" (line \(node.lines.first)); one of them has the wrong code."),
            expected: earlier.name, found: node.name, subject: NomenclatureWording.subject(node, code.text),
            severity: severity)
    }
}

extension CodeWithTwoNamesRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
