import Ingest

/// Flags a kegiatan or sub kegiatan listed twice under the same parent in the programme table.
struct DuplicateSiblingRule: Rule {
    static let description = RuleDescription(
        id: "DUP001",
        family: .duplicates,
        severity: .error,
        title: Localized(id: "Kegiatan/subkegiatan tercantum dua kali di bawah induk yang sama",
                         en: "Kegiatan or sub kegiatan listed twice under one parent"),
        rationale: Localized(
            id: "Dalam nomenklatur, setiap kegiatan muncul sekali di bawah programnya dan setiap subkegiatan sekali di bawah kegiatannya. Nama yang sama dua kali di bawah induk yang sama berarti baris tersalin ganda, sehingga target dan pagunya terhitung dua kali. Nama dibandingkan setelah huruf besar-kecil, spasi, tanda baca dan pemenggalan kata PDF (\"Terlaksana nya\") disamakan. Dua baris bernama sama yang didanai pada tahun yang berbeda sama sekali (kegiatan lama dan penggantinya dengan kode baru) tidak dilaporkan.",
            en: "In the nomenclature each kegiatan appears once under its programme and each sub kegiatan once under its kegiatan. The same name twice under one parent means a row was copied, so its targets and budget count twice. Names are compared after case, spacing, punctuation and PDF word breaks (\"Terlaksana nya\") are evened out. Two rows of the same name funded in entirely different years (an old kegiatan and its successor under a new code) are not reported."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2025\t\t2026\t
            \t\t\t\tT\tPAGU\tT\tPAGU
            Kegiatan Administrasi Umum Perangkat Daerah\tJumlah Laporan\t6\tLaporan\t6\t43.381.000\t6\t40.000.000
            Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan\tJumlah Paket\t2\tPaket\t2\t23.381.000\t2\t20.000.000
            ↓Sub Kegiatan Penyediaan Barang Cetak dan  Penggandaan\tJumlah Paket\t2\tPaket\t2\t20.000.000\t2\t20.000.000
            """),
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2018\t\t2019\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.06\t<b>PROGRAM PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN</b>\t<b>Tertib pelaporan</b>\t100%\t5.360.000\t100%\t5.360.000
            1.2.11.1.2.11.01.06.028\tPenyusunan Renja Skpd\tRenja SKPD\t1 dokumen\t2.680.000\t1 dokumen\t2.680.000
            ↓1.2.11.1.2.11.01.06.029\tPenyusunan Renja SKPD\tRenja SKPD\t1 dokumen\t2.680.000\t1 dokumen\t2.680.000
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2025\t\t2026\t
            \t\t\t\tT\tPAGU\tT\tPAGU
            Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah\tJumlah Laporan\t1\tLaporan\t1\t997.314.400\t1\t10.000.000
            Sub Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah\tJumlah Laporan\t12\tLaporan\t12\t997.314.400\t12\t10.000.000
            """),
            RuleExample(.semarang, """
            Kode Rekening\tProgram dan Kegiatan\tIndikator Kinerja\t2017\t\t2018\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.16\t<b>PROGRAM PENGEMBANGAN KEWIRAUSAHAAN</b>\t<b>Prosentase UMKM</b>\t52%\t1.000.000\t53%\t1.000.000
            1.2.11.1.2.11.01.16.018\tPeningkatan Manajemen Usaha Mikro\tJumlah UMKM\t480 org\t1.000.000\t\t
            1.2.11.1.2.11.01.16.023\tPeningkatan Manajemen Usaha Mikro\tJumlah Pelaku Usaha Mikro\t\t\t70 org\t1.000.000
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        // In a table rebuilt from the spacing of PDF text a wrapped name may have been cut to its first
        // line: two rows sharing that first line are duplicates only when their figures are the same too.
        let reconstructed = Set(document.tables.filter(\.readingIsReconstructed).map(\.displayName))
        return document.allPlanNodes.flatMap { parent -> [Finding] in
            // Each sibling's name key is made once, not once per pair compared.
            let siblings = parent.children.compactMap { child -> (node: PlanNode, key: String)? in
                guard child.level == .kegiatan || child.level == .subKegiatan else { return nil }
                let key = PlanRelations.nameKey(child)
                return key.isEmpty ? nil : (child, key)
            }
            var findings: [Finding] = []
            // Earlier siblings by name key: a sibling is compared with its namesakes only, not with every
            // sibling above it (which costs the square of a kegiatan's sub kegiatan).
            var earlierOfKey: [String: [Int]] = [:]
            for (index, sibling) in siblings.enumerated() {
                defer { earlierOfKey[sibling.key, default: []].append(index) }
                guard let earlier = earlierOfKey[sibling.key]?.lazy.map({ siblings[$0] }).first(where: {
                    !Self.isSuccessor($0.node, sibling.node)
                        && !(reconstructed.contains(sibling.node.table) && !Self.sameFigures($0.node, sibling.node))
                }) else { continue }
                findings.append(makeFinding(sibling.node, earlier: earlier.node, parent: parent, in: document))
            }
            return findings
        }
    }

    /// Whether two nodes print the same budgets, year by year, and some at all.
    static func sameFigures(_ a: PlanNode, _ b: PlanNode) -> Bool {
        let first = a.budgets.map { $0.budget?.quantity?.value }, second = b.budgets.map { $0.budget?.quantity?.value }
        return first == second && first.contains { $0 != nil }
    }

    /// Rows of the same name funded in entirely different years are an old kegiatan and its
    /// replacement, not a duplicate.
    static func isSuccessor(_ a: PlanNode, _ b: PlanNode) -> Bool {
        let yearsA = PlanRelations.fundedYears(a), yearsB = PlanRelations.fundedYears(b)
        return !yearsA.isEmpty && !yearsB.isEmpty && yearsA.isDisjoint(with: yearsB)
    }

    func makeFinding(_ node: PlanNode, earlier: PlanNode, parent: PlanNode, in document: RenstraDocument) -> Finding {
        let level = ChildBudgetSumRule.levelName(node.level)
        let parentLevel = ChildBudgetSumRule.levelName(parent.level)
        let name = node.name.shortened
        let subject = "\(PlanRelations.nameKey(parent))|\(PlanRelations.nameKey(node))"
        // Two nationwide codes for one name: the list knows them apart, or one code is outdated; the rows
        // need not be copies, so this is for a reviewer to judge.
        if PlanRelations.haveDistinctOfficialCodes(node, earlier), let code = node.code, let earlierCode = earlier.code {
            return finding(
                in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
                message: Localized(
                    id: "\(level.id.capitalizedFirst) \"\(name)\" tercantum dua kali di bawah \(parentLevel.id) \"\(parent.name.shortened(to: 60))\" dengan kode berbeda (\(earlierCode) di baris \(earlier.lines.first), \(code) di baris \(node.lines.first)); periksa apakah salah satu kodenya sudah tidak berlaku atau kegiatannya terhitung dua kali.",
                    en: "\(level.en.capitalizedFirst) \"\(name)\" is listed twice under \(parentLevel.en) \"\(parent.name.shortened(to: 60))\" with different codes (\(earlierCode) on line \(earlier.lines.first), \(code) on line \(node.lines.first)); check whether one code is outdated or the work is counted twice."),
                expected: "1×", found: "2×", subject: subject, severity: .warning)
            .citing(Self.evidence(node, earlier: earlier))
        }
        return finding(
            in: document, line: node.lines.first, endLine: node.lines.last, table: node.table,
            message: Localized(
                id: "\(level.id.capitalizedFirst) \"\(name)\" tercantum dua kali di bawah \(parentLevel.id) \"\(parent.name.shortened(to: 60))\" (baris \(earlier.lines.first) dan \(node.lines.first)); target dan pagunya terhitung ganda.",
                en: "\(level.en.capitalizedFirst) \"\(name)\" is listed twice under \(parentLevel.en) \"\(parent.name.shortened(to: 60))\" (lines \(earlier.lines.first) and \(node.lines.first)); its targets and budget count twice."),
            expected: "1×", found: "2×", subject: subject)
        .citing(Self.evidence(node, earlier: earlier))
    }

    /// The repeated row as wrong, the earlier one as related.
    static func evidence(_ node: PlanNode, earlier: PlanNode) -> [Evidence] {
        [.row(node.lines, .wrong, table: node.table), .row(earlier.lines, .related, table: earlier.table)]
    }
}
