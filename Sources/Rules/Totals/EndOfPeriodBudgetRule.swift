import Ingest

/// Flags a plan node whose end-of-period budget differs from the sum of its yearly budgets. Some plans
/// count the baseline year's budget in the period total (Semarang's 2016 column); that reading is
/// accepted too. A node printed over several lines closes each line with the sum of that line's years:
/// each such partial sum is checked against its own line.
struct EndOfPeriodBudgetRule: Rule {
    static let description = RuleDescription(
        id: "TOT004",
        family: .totals,
        severity: .error,
        title: Localized(id: "Pagu akhir periode ≠ jumlah pagu tahunan",
                         en: "End-of-period budget differs from the sum of yearly budgets"),
        rationale: Localized(
            id: "Kolom kondisi akhir periode memuat total pagu selama periode Renstra, yaitu jumlah pagu setiap tahun. Selisih berarti salah satu pagu tahunan atau totalnya salah.",
            en: "The end-of-period column holds the budget over the whole Renstra period, the sum of every year's budget. A difference means a yearly budget or the total is wrong."),
        triggering: [
            RuleExample(.semarang, """
            Kode Rekening\tUraian\tIndikator Kinerja\t2017\t\t2018\t\tKondisi Kinerja pada akhir periode Renstra PD\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)
            ↓1.2.11.1.2.11.01.21.002\tPeningkatan Jaringan Usaha\tUMKM yang difasilitasi\t50 UMKM\t210.527.000\t100 UMKM\t265.120.000\t150 UMKM\t485.647.000
            """),
            RuleExample(.semarang, """
            Kode Rekening\tUraian\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\t2017\t\t2018\t\t2019\t\tKondisi Kinerja pada akhir periode Renstra PD\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.06\t<b>PROGRAM PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN</b>\t<b>Tertib pelaporan</b>\t100%\t14.100.000\t100%\t13.280.000\t100%\t2.680.000\t100%\t2.680.000\t100%\t32.740.000
            1.2.11.1.2.11.01.06.006\tPenyusunan Lkpi Skpd\tLKPJ SKPD\t1 buku\t14.100.000\t1 buku\t13.280.000\t\t\t\t\t1 buku\t27.380.000
            \t\t\t\t\t\t\t1 dokumen\t2.680.000\t1 dokumen\t2.680.000\t1 dokumen\t↓2.680.000
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            Kode Rekening\tUraian\tIndikator Kinerja\t2017\t\t2018\t\tKondisi Kinerja pada akhir periode Renstra PD\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.21.002\tPeningkatan Jaringan Usaha\tUMKM yang difasilitasi\t50 UMKM\t210.527.000\t100 UMKM\t265.120.000\t150 UMKM\t475.647.000
            """),
            RuleExample(.semarang, """
            Kode Rekening\tUraian\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\t2017\t\t2018\t\t2019\t\tKondisi Kinerja pada akhir periode Renstra PD\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.06\t<b>PROGRAM PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN</b>\t<b>Tertib pelaporan</b>\t100%\t7.500.000\t100%\t8.270.000\t100%\t2.680.000\t100%\t2.680.000\t100%\t21.130.000
            1.2.11.1.2.11.01.06.020\tPenyusunan Pelaporan Keuangan Akhir Tahun\tLaporan keuangan akhir tahun\t1 buku\t7.500.000\t1 buku\t8.270.000\t\t\t\t\t1 buku\t15.770.000
            \t\t\t\t\t\t\t1 dokumen\t2.680.000\t1 dokumen\t2.680.000\t2 dokumen\t5.360.000
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var passed: [String: [Int]] = [:]
        let findings = document.allPlanNodes.compactMap { node -> Finding? in
            guard let end = node.endOfPeriodBudget, let stated = end.quantity else { return nil }
            let cells = node.budgets.compactMap(\.budget)
            guard cells.count >= 2, cells.count == node.budgets.count else { return nil }
            let parts = cells.compactMap(\.quantity)
            guard parts.count == cells.count else { return nil }
            let check = SumCheck(stated: stated, parts: parts)
            guard let mismatch = check.mismatch(relativeTolerance: context.relativeTolerance) else {
                passed[node.table, default: []].append(end.line)
                return nil
            }
            if let baseline = node.baselineBudget?.quantity?.additiveValue,
               check.matches(mismatch.expected + baseline, relativeTolerance: context.relativeTolerance) {
                return nil
            }
            let years = node.budgets.map(\.year)
            let span = "\(years.min()!)–\(years.max()!)"
            return finding(
                in: document, line: end.line, endLine: end.lines.last, table: node.table,
                message: Localized(
                    id: "Pagu akhir periode \"\(node.name)\" \(mismatch.foundText.id), sedangkan jumlah pagu tahun \(span) \(mismatch.expectedText.id) (selisih \(mismatch.differenceText.id)).",
                    en: "The end-of-period budget of \"\(node.name)\" is \(mismatch.foundText.en), while the \(span) budgets sum to \(mismatch.expectedText.en) (difference \(mismatch.differenceText.en))."),
                expected: mismatch.expectedText, found: mismatch.foundText,
                subject: "\(NameNormalizer.normalize(node.name))|end")
            .citing(Self.evidence(stated: end, years: node.budgets.compactMap { figure in figure.budget.map { (figure.year, $0) } },
                                  baseline: nil, table: node.table, facts: context.facts(of: document)))
        }
        let partial = document.allPlanNodes.flatMap { node in
            node.partialEndOfPeriodBudgets.compactMap { check($0, of: node, in: document, context) }
        }
        let corroboration = ReadingCorroboration(document)
        return Dictionary(grouping: findings + partial) { $0.table ?? "" }.sorted { $0.key < $1.key }.flatMap { name, found in
            corroboration.reportable(found, at: \.line, passedAt: passed[name, default: []],
                                     in: ReadingCorroboration.table(named: name, in: document))
        }
    }

    /// One line's end-of-period budget against the budgets printed on that line.
    func check(_ partial: PartialEndOfPeriod, of node: PlanNode, in document: RenstraDocument, _ context: RuleContext) -> Finding? {
        guard let stated = partial.stated.quantity, !partial.years.isEmpty else { return nil }
        let cells = partial.years.compactMap { node.budget(for: $0) } + (partial.includesBaseline ? [node.baselineBudget].compactMap { $0 } : [])
        let parts = cells.compactMap(\.quantity)
        guard parts.count == partial.years.count + (partial.includesBaseline ? 1 : 0),
              let mismatch = SumCheck(stated: stated, parts: parts).mismatch(relativeTolerance: context.relativeTolerance) else { return nil }
        let span = partial.years.count == 1 ? "\(partial.years[0])" : "\(partial.years.min()!)–\(partial.years.max()!)"
        let baseline = partial.includesBaseline ? Localized(id: " dan tahun awal", en: " and the baseline year") : Localized(id: "", en: "")
        return finding(
            in: document, line: partial.stated.line, endLine: partial.stated.lines.last, table: node.table,
            message: Localized(
                id: "Pagu akhir periode pada baris \(partial.stated.line) untuk \"\(node.name)\" \(mismatch.foundText.id), sedangkan pagu tahun \(span)\(baseline.id) yang tertulis di baris yang sama berjumlah \(mismatch.expectedText.id) (selisih \(mismatch.differenceText.id)).",
                en: "The end-of-period budget on line \(partial.stated.line) for \"\(node.name)\" is \(mismatch.foundText.en), while the \(span) budgets\(baseline.en) printed on the same line sum to \(mismatch.expectedText.en) (difference \(mismatch.differenceText.en))."),
            expected: mismatch.expectedText, found: mismatch.foundText,
            subject: "\(NameNormalizer.normalize(node.name))|end|\(span)")
        .citing(Self.evidence(stated: partial.stated, years: partial.years.compactMap { year in node.budget(for: year).map { (year, $0) } },
                              baseline: partial.includesBaseline ? node.baselineBudget : nil, table: node.table,
                              facts: context.facts(of: document)))
    }

    /// The end-of-period budget as wrong, the yearly (and baseline) budgets it should be the sum of as operands.
    static func evidence(stated: Cell, years: [(year: Int, budget: Cell)], baseline: Cell?, table: String,
                         facts: DocumentFacts) -> [Evidence] {
        [facts.evidence(stated, .wrong, table: table, columnWhere: { $0 == .endOfPeriod(measure: .budget) })]
            + years.map { year in facts.evidence(year.budget, .operand, table: table, columnWhere: { $0 == .year(year.year, measure: .budget) }) }
            + [baseline].compactMap { $0 }.map { cell in
                facts.evidence(cell, .operand, table: table, columnWhere: { role in
                    if case .baseline(_, .budget) = role { return true }
                    return false
                })
            }
    }
}
