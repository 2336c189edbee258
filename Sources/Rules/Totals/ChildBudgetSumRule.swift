import Ingest

/// Flags a plan node (programme, kegiatan, …) whose indicative budget for a year differs from the sum
/// of its children's budgets for that year.
struct ChildBudgetSumRule: Rule {
    static let description = RuleDescription(
        id: "TOT003",
        family: .totals,
        severity: .error,
        title: Localized(id: "Pagu induk ≠ jumlah pagu turunannya",
                         en: "Parent budget differs from the sum of its children"),
        rationale: Localized(
            id: "Pagu indikatif program adalah jumlah pagu kegiatannya, dan pagu kegiatan adalah jumlah pagu subkegiatannya, untuk setiap tahun. Selisih berarti salah satu angka salah ketik atau ada turunan yang terlewat.",
            en: "A programme's indicative budget is the sum of its kegiatan budgets, and a kegiatan's is the sum of its sub kegiatan budgets, for every year. A difference means a figure was mistyped or a child is missing."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2025\t\t2026\t
            \t\t\t\tT\tPAGU\tT\tPAGU
            ↓Kegiatan Administrasi Keuangan Perangkat Daerah\tJumlah Laporan\t2\tLaporan\t2\t7.112.548.000\t2\t8.355.376.000
            Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN\tJumlah Orang\t702\tOrang\t900\t7.106.548.000\t1204\t8.345.376.000
            Sub Kegiatan Koordinasi Laporan Keuangan\tJumlah Laporan\t1\tLaporan\t1\t16.000.000\t1\t10.000.000
            """),
            RuleExample(.semarang, """
            Kode Rekening\tUraian\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\tTarget Kinerja Program dan Kerangka Pendanaan
            \t\t\tTarget\t(Rp)\t2017\t
            \t\t\t\t\tTarget\t(Rp)
            ↓1.2.11.1.2.11.01.21\tPROGRAM PENINGKATAN PEMASARAN\tMeningkatnya jangkauan pemasaran\t3 provinsi\t900.000.000\t6 provinsi\t700.000.000
            1.2.11.1.2.11.01.21.001\tPeningkatan Akses Pemasaran\tJumlah UMKM\t153 UMKM\t500.000.000\t185 UMKM\t400.000.000
            1.2.11.1.2.11.01.21.002\tPeningkatan Jaringan Usaha\tJumlah UMKM\t190 UMKM\t400.000.000\t50 UMKM\t200.000.000
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            BIDANG URUSAN/PROGRAM/KEGIATAN/SUBKEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN
            \t\t\t\t2025\t\t2026\t
            \t\t\t\tT\tPAGU\tT\tPAGU
            Kegiatan Administrasi Keuangan Perangkat Daerah\tJumlah Laporan\t2\tLaporan\t2\t7.112.548.000\t2\t8.355.376.000
            Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN\tJumlah Orang\t702\tOrang\t900\t7.106.548.000\t1204\t8.345.376.000
            Sub Kegiatan Koordinasi Laporan Keuangan\tJumlah Laporan\t1\tLaporan\t1\t6.000.000\t1\t10.000.000
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let corroboration = ReadingCorroboration(document)
        return Dictionary(grouping: document.allPlanNodes, by: \.table).sorted { $0.key < $1.key }.flatMap { name, nodes -> [Finding] in
            // Each node's sums are worked out once: those that add up corroborate the reading, the others are findings.
            var passed: [Int] = []
            var found: [Finding] = []
            for node in nodes {
                var mismatches: [Mismatched] = []
                for figure in node.budgets {
                    guard let relation = PlanRelations.budgetRelation(of: node, year: figure.year) else { continue }
                    if let mismatch = relation.sum.mismatch(relativeTolerance: context.relativeTolerance) {
                        mismatches.append((figure.year, relation.stated, relation.parts, mismatch))
                    } else {
                        passed.append(relation.stated.line)
                    }
                }
                found += findings(of: node, mismatches, in: document, context)
            }
            return corroboration.reportable(found, at: \.line, passedAt: passed, in: ReadingCorroboration.table(named: name, in: document))
        }
    }

    /// A year whose stated budget differs from the sum of its children's.
    typealias Mismatched = (year: Int, cell: Cell, parts: [Cell], mismatch: SumCheck.Mismatch)

    /// One finding per parent, listing every year that does not add up.
    func findings(of node: PlanNode, _ mismatches: [Mismatched], in document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let first = mismatches.first else { return [] }
        let children = PlanRelations.summedChildren(of: node)
        let levelName = Self.levelName(node.level)
        let childName = Self.levelName(children[0].level)
        let details = mismatches.map { "\($0.year): " + $0.mismatch.foundText + " ≠ " + $0.mismatch.expectedText + " (" + $0.mismatch.differenceText + ")" }
            .joined(separator: "; ")
        let years = mismatches.map { String($0.year) }.joined(separator: ", ")
        return [finding(
            in: document, line: first.cell.line, endLine: mismatches.last!.cell.lines.last, table: node.table,
            message: Localized(
                id: "Pagu \(levelName.id) \"\(node.name)\" tidak sama dengan jumlah pagu \(children.count) \(childName.id) di bawahnya pada tahun \(years) — \(details.id).",
                en: "The budget of \(levelName.en) \"\(node.name)\" differs from the sum of its \(children.count) \(childName.en) budgets in \(years) — \(details.en)."),
            expected: mismatches.map { "\($0.year): " + $0.mismatch.expectedText }.joined(separator: "; "),
            found: mismatches.map { "\($0.year): " + $0.mismatch.foundText }.joined(separator: "; "),
            subject: "\(NameNormalizer.normalize(node.name))|\(node.level.rawValue)")
            .citing(Self.evidence(of: mismatches.map { ($0.year, $0.cell, $0.parts) }, table: node.table,
                                  facts: context.facts(of: document)))]
    }

    /// Each year's stated budget as wrong and the budgets it should be the sum of as operands, in their columns.
    static func evidence(of sums: [(year: Int, stated: Cell, parts: [Cell])], table: String, facts: DocumentFacts) -> [Evidence] {
        sums.flatMap { sum in
            let budgetColumn = { (role: ColumnRole) in role == .year(sum.year, measure: .budget) }
            return [facts.evidence(sum.stated, .wrong, table: table, columnWhere: budgetColumn)]
                + sum.parts.map { facts.evidence($0, .operand, table: table, columnWhere: budgetColumn) }
        }
    }

    static func levelName(_ level: PlanLevel) -> Localized {
        switch level {
        case .urusan: return Localized(id: "urusan", en: "urusan")
        case .bidangUrusan: return Localized(id: "bidang urusan", en: "bidang urusan")
        case .agency: return Localized(id: "perangkat daerah", en: "agency")
        case .program: return Localized(id: "program", en: "programme")
        case .outcome: return Localized(id: "outcome", en: "outcome")
        case .kegiatan: return Localized(id: "kegiatan", en: "kegiatan")
        case .subKegiatan: return Localized(id: "subkegiatan", en: "sub kegiatan")
        case .detail: return Localized(id: "rincian belanja", en: "budget line")
        }
    }
}

extension ChildBudgetSumRule: TakesLongOnLargePlans {}
