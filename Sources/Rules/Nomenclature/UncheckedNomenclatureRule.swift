import Ingest

/// Says, once per document, which programmes, kegiatan and sub kegiatan could not be checked against the
/// lists the tool holds, and why, so that a reviewer knows what the silence of the other NOM rules covers.
struct UncheckedNomenclatureRule: Rule {
    static let description = RuleDescription(
        id: "NOM008",
        family: .nomenclature,
        severity: .info,
        title: Localized(id: "Nomenklatur yang tidak dapat diperiksa",
                         en: "Nomenclature that could not be checked"),
        rationale: Localized(
            id: "Alat ini memuat Kepmendagri 050-3708/2020 dan daftar program Permendagri 13/2006. Rencana yang disusun sesudah daftar 050-3708/2020 diganti (\(NomenclatureWording.laterLists)) dapat memakai nama dan kode baru yang tidak ada di dalamnya; kegiatan rencana generasi Permendagri 13/2006 tidak ada daftarnya, dan pada masa itu daerah boleh menambah program sendiri. Entri seperti itu tidak dilaporkan satu per satu sebagai salah; temuan info ini menyebut berapa banyak dan di baris mana, agar peninjau tahu apa yang belum diperiksa.",
            en: "The tool holds Kepmendagri 050-3708/2020 and the Permendagri 13/2006 programme list. Plans drafted after 050-3708/2020 was replaced (\(NomenclatureWording.laterLists)) may use new names and codes that are not in it; kegiatan of Permendagri 13/2006-generation plans have no list, and regions could then add programmes of their own. Such entries are not reported one by one as wrong; this info finding says how many there are and on which lines, so the reviewer knows what was not checked."),
        triggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PENGEMBANGAN UMKM\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil\tJumlah UMKM\t6\tUnit\t6\t8.998.000\t6\t20.000.000
            ↓Sub Kegiatan Fasilitasi Inkubator Usaha Mikro\tJumlah UMKM\t6\tUnit\t6\t8.998.000\t6\t20.000.000
            """, title: "RENSTRA DINAS KOPERASI 2025-2029")),
        ],
        nonTriggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PENGEMBANGAN UMKM\tJumlah UMKM\t100\tUnit\t100\t8.998.000\t100\t20.000.000
            Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil\tJumlah UMKM\t6\tUnit\t6\t8.998.000\t6\t20.000.000
            """, title: "RENSTRA DINAS KOPERASI 2025-2029")),
        ])

    /// Why a group of entries was not checked.
    private enum Reason: CaseIterable {
        case laterList
        case unlikeList
        case outsideKewenangan
        case noKegiatanList
        case ownProgramme
        case otherLevel
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        var groups: [Reason: [PlanNode]] = [:]
        for item in review.items {
            if let reason = Self.reason(item, review) { groups[reason, default: []].append(item.node) }
        }
        let reasons = Reason.allCases.filter { groups[$0] != nil }
        guard let firstNode = reasons.compactMap({ groups[$0] }).flatMap({ $0 }).min(by: { $0.lines.first < $1.lines.first })
        else { return [] }
        let parts = reasons.map { Self.explanation($0, groups[$0]!, review, document) }
        let count = reasons.reduce(0) { $0 + groups[$1]!.count }
        return [finding(
            in: document, line: firstNode.lines.first, endLine: firstNode.lines.last, table: firstNode.table,
            message: Localized(id: parts.map(\.id).joined(separator: " "), en: parts.map(\.en).joined(separator: " ")),
            found: String(count), subject: "unchecked")]
    }

    private static func reason(_ item: NomenclatureReview.Item, _ review: NomenclatureReview) -> Reason? {
        let level = item.node.level
        if review.generation == .permendagri13 {
            if level == .kegiatan || level == .subKegiatan { return .noKegiatanList }
            if level == .program, item.nameMatch?.agreement == .different { return .ownProgramme }
            return nil
        }
        if let digit = item.code?.official?.kewenangan, RegionLevel(kewenanganDigit: digit) == nil,
           item.nameMatch?.agreement.namesEntry != true {
            return .outsideKewenangan
        }
        let codeSettles = item.codeAgreement.map { $0 != .different } ?? false
        let nameSettles = item.nameMatch?.agreement.namesEntry ?? false
        if review.listInForce {
            guard !codeSettles, !nameSettles, item.codeEntries.isEmpty, level != .bidangUrusan else { return nil }
            if review.isNamedAtAnotherLevel(item) { return .otherLevel }
            return review.mostlyOfficialLevels.contains(level) ? nil : .unlikeList
        }
        if !codeSettles && !nameSettles && level != .bidangUrusan {
            return review.mostlyOfficialLevels.contains(level) ? .laterList : .unlikeList
        }
        // A sub kegiatan the list names under another code: later lists renumbered some (NOM003 leaves it).
        if level == .subKegiatan, item.code?.official != nil, !codeSettles, nameSettles { return .laterList }
        return nil
    }

    private static func explanation(_ reason: Reason, _ nodes: [PlanNode], _ review: NomenclatureReview,
                                    _ document: RenstraDocument) -> Localized {
        let lines = nodes.map(\.lines.first)
        let shown = lines.listedLines(upTo: 12)
        let count = nodes.count
        let entries = count == 1 ? "entry" : "entries"
        switch reason {
        case .laterList:
            let plan = planDescription(document)
            return Localized(
                id: "Tidak diperiksa: \(count) program/kegiatan/subkegiatan yang tidak ada, ditulis lain atau berkode lain dalam Kepmendagri 050-3708/2020, karena \(plan.id) dapat mengikuti daftar sesudahnya (\(NomenclatureWording.laterLists)) yang menambah entri, mengubah nama dan menomori ulang (baris \(shown)).",
                en: "Not checked: \(count) programme, kegiatan or sub kegiatan \(entries) missing from Kepmendagri 050-3708/2020, worded otherwise or coded otherwise there, since \(plan.en) may follow a later list (\(NomenclatureWording.laterLists)) that added, renamed and renumbered entries (lines \(shown)).")
        case .unlikeList:
            return Localized(
                id: "Tidak diperiksa: \(count) nama yang tidak ada dalam \(NomenclatureWording.lists(review).id), pada tingkat yang sebagian besar namanya tidak ada dalam daftar itu; rencana mengikuti daftar lain atau tabelnya tidak terbaca sebagaimana tercetak (baris \(shown)).",
                en: "Not checked: \(count) \(count == 1 ? "name" : "names") missing from \(NomenclatureWording.lists(review).en), at a level where most of the plan's names are missing from it; the plan follows another list or its table was not read as printed (lines \(shown)).")
        case .outsideKewenangan:
            return Localized(
                id: "Tidak diperiksa: \(count) kode berdigit kewenangan selain 1 dan 2, di luar Kepmendagri 050-3708/2020 (baris \(shown)).",
                en: "Not checked: \(count) \(count == 1 ? "code" : "codes") with a kewenangan digit other than 1 and 2, outside Kepmendagri 050-3708/2020 (lines \(shown)).")
        case .noKegiatanList:
            return Localized(
                id: "Tidak diperiksa: \(count) kegiatan/subkegiatan, karena daftar Permendagri 13/2006 hanya memuat program (baris \(shown)).",
                en: "Not checked: \(count) kegiatan or sub kegiatan, since the Permendagri 13/2006 list names programmes only (lines \(shown)).")
        case .ownProgramme:
            return Localized(
                id: "Tidak diperiksa: \(count) program yang tidak ada dalam daftar Permendagri 13/2006, karena pada masa itu daerah boleh menambah program sendiri (baris \(shown)).",
                en: "Not checked: \(count) \(count == 1 ? "programme" : "programmes") not in the Permendagri 13/2006 list, since regions could then add programmes of their own (lines \(shown)).")
        case .otherLevel:
            return Localized(
                id: "Tidak diperiksa: \(count) nama yang hanya ada pada tingkat lain dalam \(NomenclatureWording.lists(review).id), mungkin terbaca pada tingkat yang salah (baris \(shown)).",
                en: "Not checked: \(count) \(count == 1 ? "name" : "names") found only at another level of \(NomenclatureWording.lists(review).en), perhaps read at the wrong level (lines \(shown)).")
        }
    }

    /// `rencana ini (periode 2025–2029)`, or a revision, or a plan whose period was not read.
    private static func planDescription(_ document: RenstraDocument) -> Localized {
        let revision = document.metadata.kind == .perubahanRenstra
        guard let period = document.metadata.period else {
            return Localized(id: "rencana ini (periodenya tidak terbaca)", en: "this plan (its period was not read)")
        }
        let id = "rencana ini (\(revision ? "perubahan, " : "")periode \(period.start)–\(period.end))"
        let en = "this plan (\(revision ? "a revision, " : "")period \(period.start)–\(period.end))"
        return Localized(id: id, en: en)
    }
}

extension UncheckedNomenclatureRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
