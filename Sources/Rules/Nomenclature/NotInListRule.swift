import Ingest

/// Flags, in a plan drafted under Kepmendagri 050-3708/2020, a code the list does not hold and a name
/// (printed without a code) that matches no official entry at its level.
struct NotInListRule: Rule {
    static let description = RuleDescription(
        id: "NOM002",
        family: .nomenclature,
        severity: .warning,
        title: Localized(id: "Kode atau nama tidak ada dalam nomenklatur",
                         en: "Code or name not in the official nomenclature"),
        rationale: Localized(
            id: "Permendagri 90/2019 tidak mengizinkan daerah menambah program, kegiatan atau subkegiatan di luar daftar Kemendagri: kode yang tidak ada dalam daftar, atau nama yang tidak cocok dengan satu pun nama resmi pada tingkatnya, adalah salah ketik, nama karangan, atau entri yang sudah dihapus. Entri seperti itu hanya dilaporkan bila sedikitnya dua pertiga nama pada tingkat yang sama dalam rencana itu ditemukan dalam daftar (bila tidak, rencana mengikuti daftar lain atau tabelnya tidak terbaca sebagaimana tercetak, dan NOM008 mencatatnya). Pemeriksaan ini hanya untuk rencana yang disusun ketika Kepmendagri 050-3708/2020 berlaku (periode mulai 2021 atau sebelumnya, bukan perubahan sesudahnya); daftar sesudahnya (\(NomenclatureWording.laterLists)) menambah entri baru, sehingga pada rencana yang lebih baru entri seperti itu dicatat sebagai tidak dapat diperiksa (NOM008). Nama resmi yang paling dekat disebut sebagai petunjuk; nama yang ada dalam daftar dengan kode lain dilaporkan oleh NOM003.",
            en: "Permendagri 90/2019 does not let regions add programmes, kegiatan or sub kegiatan outside the Kemendagri list: a code the list does not hold, or a name that matches no official name at its level, is a typo, an invented name or a deleted entry. Such an entry is reported only where at least two thirds of the plan's names at the same level are found in the list (otherwise the plan follows another list or its table was not read as printed, and NOM008 records it). The check applies only to plans drafted while Kepmendagri 050-3708/2020 was in force (period starting in 2021 or earlier, not a later revision); later lists (\(NomenclatureWording.laterLists)) added entries, so in newer plans such an entry is recorded as not checkable (NOM008). The closest official name is given as a hint; a name the list holds under another code is NOM003's."),
        triggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            PROGRAM PENGEMBANGAN UMKM\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil\tJumlah UMKM\t6\tUnit\t6\t8.998.000\t6\t20.000.000
            ↓PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            """, title: "RENSTRA DINAS KOPERASI 2021-2026", years: (2021, 2022))),
        ],
        nonTriggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil\tJumlah UMKM\t6\tUnit\t6\t8.998.000\t6\t20.000.000
            """, title: "RENSTRA DINAS KOPERASI 2025-2029")),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        guard review.generation == .kepmendagri050, review.listInForce else { return [] }
        return review.items.compactMap { item -> Finding? in
            guard item.codeEntries.isEmpty, item.nameMatch?.agreement.namesEntry != true,
                  review.mostlyOfficialLevels.contains(item.node.level) else { return nil }
            if let official = item.code?.official, official.level == item.node.level {
                // A kewenangan digit other than 1 or 2 is outside this list by design (NOM008).
                guard official.kewenangan.map({ RegionLevel(kewenanganDigit: $0) != nil }) ?? true else { return nil }
                return unknownCode(item, official, review, in: document)
            }
            guard let match = item.nameMatch, match.agreement == .different,
                  !review.isNamedAtAnotherLevel(item) else { return nil }
            return unknownName(item, hint: match.similarity >= Self.hintSimilarity ? match.entry : nil, review, in: document)
        }
    }

    /// A closest name sharing less than half its words is no help.
    static let hintSimilarity = 0.5

    private func unknownCode(_ item: NomenclatureReview.Item, _ code: OfficialCode, _ review: NomenclatureReview,
                             in document: RenstraDocument) -> Finding {
        let node = item.node, subject = NomenclatureWording.node(node, key: item.key), lists = NomenclatureWording.lists(review)
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) berkode \(code.text), yang tidak ada dalam \(lists.id).",
                en: "\(subject.en) carries code \(code.text), which is not in \(lists.en)."),
            found: code.text, subject: NomenclatureWording.subject(node, code.text, key: item.key))
    }

    private func unknownName(_ item: NomenclatureReview.Item, hint: NomenclatureEntry?, _ review: NomenclatureReview,
                             in document: RenstraDocument) -> Finding {
        let node = item.node, subject = NomenclatureWording.node(node, key: item.key), lists = NomenclatureWording.lists(review)
        let hintText = hint.map { NomenclatureWording.entry($0) }
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) tidak ditemukan dalam \(lists.id)\(hintText.map { "; nama resmi terdekat: \($0)" } ?? "").",
                en: "\(subject.en) is not found in \(lists.en)\(hintText.map { "; the closest official name: \($0)" } ?? "")."),
            found: node.name, subject: NomenclatureWording.subject(node, key: item.key))
    }
}

extension NotInListRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
