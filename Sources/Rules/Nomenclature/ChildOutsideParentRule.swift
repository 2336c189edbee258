import Ingest

/// Flags a kegiatan or sub kegiatan listed under a parent it does not belong to: its code does not extend
/// its parent's, or, by name, the list places it under another programme or kegiatan.
struct ChildOutsideParentRule: Rule {
    static let description = RuleDescription(
        id: "NOM005",
        family: .nomenclature,
        severity: .error,
        title: Localized(id: "Kegiatan/subkegiatan di bawah induk yang salah",
                         en: "Kegiatan or sub kegiatan under the wrong parent"),
        rationale: Localized(
            id: "Kode nomenklatur bersusun: kode kegiatan diawali kode programnya, kode subkegiatan diawali kode kegiatannya. Bila kode turunan tidak diawali kode induk yang tercetak di atasnya sedangkan induk yang ditunjuk kodenya tercantum di tempat lain dalam tabel yang sama, baris itu berada di bawah induk yang salah atau kodenya salah ketik: galat; bila induk itu tidak tercantum, mungkin ada baris yang hilang (dalam dokumen atau dalam pembacaannya): peringatan. Bila rencana tidak mencetak kode, nama diperiksa dengan daftar: subkegiatan yang menurut daftar milik kegiatan lain (atau kegiatan milik program lain) dilaporkan sebagai peringatan, dengan induk menurut daftar. Nomor baris biasa (`1`, `1.1`) tidak dianggap kode.",
            en: "Nomenclature codes nest: a kegiatan's code starts with its programme's, a sub kegiatan's with its kegiatan's. When a child's code does not start with the code of the parent printed above it while the parent its code names is listed elsewhere in the same table, the row sits under the wrong parent or its code is mistyped: an error; when that parent is not listed, a row may be missing (from the document or from its reading): a warning. When the plan prints no codes, names are checked against the list: a sub kegiatan the list places under another kegiatan (or a kegiatan under another programme) is a warning, with the parent the list gives. Plain row numbers (`1`, `1.1`) are not taken for codes."),
        triggering: [
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            1.2.11.1.2.11.01.17\t<b>PROGRAM PENGEMBANGAN SISTEM PENDUKUNG USAHA BAGI USAHA MIKRO KECIL MENENGAH</b>\t<b>Akses permodalan</b>\t52%\t1.000.000\t53%\t1.000.000
            1.2.11.1.2.11.01.17.012\tFasilitasi Akses Permodalan Kumkm\tJumlah UMKM\t48 unit\t1.000.000\t50 unit\t1.000.000
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Koperasi sehat</b>\t52%\t2.000.000\t53%\t2.000.000
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            ↓1.2.11.1.2.11.01.17.022\tFasilitasi Hari Koperasi\tJumlah peserta\t480 org\t1.000.000\t500 org\t1.000.000
            """, years: (2018, 2019))),
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tPersentase Keselarasan\t100\tPersen (%)\t100\t8.998.000\t100\t20.000.000
            Kegiatan Administrasi Keuangan Perangkat Daerah\tJumlah Laporan\t6\tLaporan\t6\t8.998.000\t6\t20.000.000
            ↓Sub Kegiatan Penyediaan Bahan Logistik Kantor\tJumlah Paket\t12\tPaket\t12\t8.998.000\t12\t20.000.000
            """)),
        ],
        nonTriggering: [
            RuleExample(.bekasi, NomenclatureExamples.bekasiTable("""
            PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\tPersentase Keselarasan\t100\tPersen (%)\t100\t8.998.000\t100\t20.000.000
            Kegiatan Administrasi Umum Perangkat Daerah\tJumlah Laporan\t6\tLaporan\t6\t8.998.000\t6\t20.000.000
            Sub Kegiatan Penyediaan Bahan Logistik Kantor\tJumlah Paket\t12\tPaket\t12\t8.998.000\t12\t20.000.000
            """)),
            RuleExample(.semarang, NomenclatureExamples.codedTable("""
            1.2.11.1.2.11.01.18\t<b>PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI</b>\t<b>Koperasi sehat</b>\t52%\t2.000.000\t53%\t2.000.000
            1.2.11.1.2.11.01.18.021\tPenilaian Kesehatan Koperasi\tJumlah koperasi\t48 unit\t1.000.000\t50 unit\t1.000.000
            """, years: (2018, 2019))),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let review = context.facts(of: document).nomenclature
        // Every printed code of a table, to tell a child under the wrong one of two listed parents from a
        // child whose parent row the table does not show.
        var codesByTable: [String: Set<String>] = [:]
        for item in review.items {
            if let code = item.code, code.isNomenclatureCode { codesByTable[item.node.table, default: []].insert(code.text) }
        }
        return review.items.compactMap { item -> Finding? in
            guard let expected = Self.parentLevel[item.node.level], let parentIndex = item.parent else { return nil }
            let parent = review.items[parentIndex]
            if let code = item.code, code.isNomenclatureCode, let parentCode = parent.code, parentCode.isNomenclatureCode,
               let extends = code.extends(parentCode) {
                // A kewenangan digit unlike its parent's is NOM006's, whatever else the code says.
                if !extends, let child = code.official?.kewenangan, let own = parentCode.official?.kewenangan, child != own { return nil }
                guard !extends else { return nil }
                let ownParent = Self.parentCode(of: code)
                let listed = ownParent.map { codesByTable[item.node.table]?.contains($0) ?? false } ?? false
                return codeOutside(item.node, code, parent.node, parentCode, ownParentListed: listed, in: document)
            }
            guard review.generation == .kepmendagri050, parent.node.level == expected else { return nil }
            let childEntries = item.officialEntries, parentEntries = parent.officialEntries
            guard !childEntries.isEmpty, !parentEntries.isEmpty else { return nil }
            let parentCodes = Set(parentEntries.map(\.code))
            guard !childEntries.contains(where: { $0.parentCode.map(parentCodes.contains) ?? false }),
                  let listed = childEntries.first, let listedParentCode = listed.parentCode,
                  let listedParent = review.lists.lazy.compactMap({ $0.entry(code: listedParentCode) }).first
            else { return nil }
            return nameOutside(item.node, listed, parent.node, listedParent, in: document)
        }
    }

    /// The code of the parent a printed code names: its programme for a kegiatan, its kegiatan for a sub
    /// kegiatan (the same style as printed, so it can be looked for among the table's codes).
    private static func parentCode(of code: PrintedCode) -> String? {
        if let official = code.official {
            switch official.level {
            case .subKegiatan: return official.parts.dropLast().joined(separator: ".")
            case .kegiatan: return official.parts.dropLast(2).joined(separator: ".")
            default: return nil
            }
        }
        return code.parts.count > 1 ? code.parts.dropLast().joined(separator: ".") : nil
    }

    /// The level a kegiatan's and a sub kegiatan's parent has in the list.
    static let parentLevel: [PlanLevel: PlanLevel] = [.kegiatan: .program, .subKegiatan: .kegiatan]

    /// An error when the table lists the parent the child's code names elsewhere: the child sits under the
    /// wrong one of two listed parents, or its code is mistyped. A warning when the table does not list that
    /// parent: a row may be missing, in the document or in its reading.
    private func codeOutside(_ node: PlanNode, _ code: PrintedCode, _ parent: PlanNode, _ parentCode: PrintedCode,
                             ownParentListed: Bool, in document: RenstraDocument) -> Finding {
        let subject = NomenclatureWording.node(node), parentLevel = NomenclatureWording.level(parent.level)
        let missing = ownParentListed ? Localized(id: "", en: "") : Localized(
            id: " Induk yang ditunjuk kodenya tidak tercantum dalam tabel ini; mungkin ada baris yang hilang.",
            en: " The parent its code names is not listed in this table; a row may be missing.")
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) berkode \(code.text) tercantum di bawah \(parentLevel.id) \"\(parent.name.shortened(to: 80))\" berkode \(parentCode.text) (baris \(parent.lines.first)), tetapi kodenya tidak diawali kode itu.\(missing.id)",
                en: "\(subject.en) with code \(code.text) is listed under \(parentLevel.en) \"\(parent.name.shortened(to: 80))\" with code \(parentCode.text) (line \(parent.lines.first)), but its code does not start with that code.\(missing.en)"),
            expected: parentCode.text + ".…", found: code.text, subject: NomenclatureWording.subject(node, code.text),
            severity: ownParentListed ? .error : .warning)
    }

    private func nameOutside(_ node: PlanNode, _ listed: NomenclatureEntry, _ parent: PlanNode,
                             _ listedParent: NomenclatureEntry, in document: RenstraDocument) -> Finding {
        let subject = NomenclatureWording.node(node), list = NomenclatureWording.list(listed)
        let parentLevel = NomenclatureWording.level(parent.level)
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(subject.id) tercantum di bawah \(parentLevel.id) \"\(parent.name.shortened(to: 80))\" (baris \(parent.lines.first)), padahal menurut \(list.id) ia termasuk \(parentLevel.id) \(NomenclatureWording.entry(listedParent)) (kode \(listed.code)).",
                en: "\(subject.en) is listed under \(parentLevel.en) \"\(parent.name.shortened(to: 80))\" (line \(parent.lines.first)), but \(list.en) places it under \(parentLevel.en) \(NomenclatureWording.entry(listedParent)) (code \(listed.code))."),
            expected: listedParent.name, found: parent.name, subject: NomenclatureWording.subject(node, listed.code),
            severity: .warning)
    }
}

extension ChildOutsideParentRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.nomenclature]
}
