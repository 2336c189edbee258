import Ingest

/// Flags a kegiatan or sub kegiatan code whose kewenangan digit belongs to the other region level: a
/// provinsi code (`….1.…`) in a kabupaten/kota plan, or the reverse.
struct KewenanganDigitRule: Rule {
    static let description = RuleDescription(
        id: "NOM006",
        family: .nomenclature,
        severity: .error,
        title: Localized(id: "Digit kewenangan tidak sesuai tingkat daerah",
                         en: "Kewenangan digit does not match the region level"),
        rationale: Localized(
            id: "Bagian keempat kode kegiatan dan subkegiatan (angka 2 dalam 2.17.02.2.01) menyatakan kewenangan: 1 provinsi, 2 kabupaten/kota. Kegiatan berdigit 1 dalam rencana kabupaten/kota (atau sebaliknya) adalah kegiatan yang bukan kewenangan daerah itu, atau salah kode. Tingkat daerah diambil dari kota/kabupaten yang disebut dokumen; galat hanya bila sebagian besar kode dokumen itu sendiri juga berdigit tingkat tersebut, selain itu peringatan yang menyebut dasar dugaannya (digit sebagian besar kode, atau nama program penunjang). Subkegiatan di bawah kegiatan berdigit sama hanya dilaporkan lewat kegiatannya. Digit lain (misalnya 5 untuk urusan keistimewaan DIY dalam daftar yang lebih baru) tidak diperiksa.",
            en: "The fourth part of a kegiatan or sub kegiatan code (the 2 in 2.17.02.2.01) is the kewenangan: 1 provinsi, 2 kabupaten/kota. A kegiatan with digit 1 in a kabupaten/kota plan (or the reverse) is not that region's affair, or its code is wrong. The region level is the city or regency the document names; it is an error only when most of the document's own codes carry that level's digit too, otherwise a warning that says what the level was assumed from (the digit of most codes, or the support programme's name). Sub kegiatan under a kegiatan with the same digit are reported through their kegiatan only. Other digits (such as 5 for the Daerah Istimewa Yogyakarta's own affairs in later lists) are not checked."),
        triggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            2.17.03\t<b>PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI</b>\t<b>Koperasi diawasi</b>\t52%\t3.000.000\t53%\t3.000.000
            2.17.03.2.01\tPemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            2.17.03.2.01.01\tPengawasan Kekuatan, Kesehatan, Kemandirian, Ketangguhan, serta Akuntabilitas Koperasi Kewenangan Kabupaten/Kota\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            2.17.03.2.01.02\tPemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan Kewenangan Kabupaten/Kota\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            ↓2.17.03.1.01\tPemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya Lintas Daerah Kabupaten/Kota dalam 1 (Satu) Daerah Provinsi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            """, years: (2021, 2022))),
        ],
        nonTriggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            2.17.03\t<b>PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI</b>\t<b>Koperasi diawasi</b>\t52%\t3.000.000\t53%\t3.000.000
            2.17.03.2.01\tPemeriksaan dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi yang Wilayah Keanggotaannya dalam Daerah Kabupaten/Kota\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            2.17.03.2.01.02\tPemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan Kewenangan Kabupaten/Kota\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            """, years: (2021, 2022))),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        guard review.generation == .kepmendagri050, let level = review.region.level else { return [] }
        return review.items.compactMap { item -> Finding? in
            guard let code = item.code?.official, code.level == item.node.level, let digit = code.kewenangan,
                  let codeLevel = RegionLevel(kewenanganDigit: digit), codeLevel != level,
                  // A sub kegiatan of a kegiatan with the same digit follows its parent, reported once.
                  item.parent.flatMap({ review.items[$0].code?.official?.kewenangan }) != digit else { return nil }
            return makeFinding(item.node, code: code, codeLevel: codeLevel, review: review, in: document)
        }
    }

    private func makeFinding(_ node: PlanNode, code: OfficialCode, codeLevel: RegionLevel, review: NomenclatureReview,
                             in document: RenstraDocument) -> Finding {
        let subject = NomenclatureWording.node(node), codeLevelName = RegionWording.name(codeLevel)
        let region = review.region.explanation
        let expectedDigit = review.region.level?.kewenanganDigit ?? codeLevel.kewenanganDigit
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) berkode \(code.text) dengan digit kewenangan \(codeLevel.kewenanganDigit) (\(codeLevelName.id)), padahal rencana ini milik \(region.id), yang kegiatannya berdigit \(expectedDigit).",
                en: "\(subject.en) carries code \(code.text) with kewenangan digit \(codeLevel.kewenanganDigit) (\(codeLevelName.en)), but this is a plan of a \(region.en), whose kegiatan carry digit \(expectedDigit)."),
            expected: String(expectedDigit), found: String(codeLevel.kewenanganDigit),
            subject: NomenclatureWording.subject(node, code.text),
            severity: review.region.isCertain ? .error : .warning)
    }
}

extension KewenanganDigitRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
