import Ingest

/// Flags a plan node whose end-of-period budget differs from the sum of its yearly budgets. Some plans
/// count the baseline year's budget in the period total (Semarang's 2016 column); that reading is
/// accepted too.
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
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            Kode Rekening\tUraian\tIndikator Kinerja\t2017\t\t2018\t\tKondisi Kinerja pada akhir periode Renstra PD\t
            \t\t\tTarget\t(Rp)\tTarget\t(Rp)\tTarget\t(Rp)
            1.2.11.1.2.11.01.21.002\tPeningkatan Jaringan Usaha\tUMKM yang difasilitasi\t50 UMKM\t210.527.000\t100 UMKM\t265.120.000\t150 UMKM\t475.647.000
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var passed: [String: Int] = [:]
        let findings = document.allPlanNodes.compactMap { node -> Finding? in
            guard let end = node.endOfPeriodBudget, let stated = end.quantity else { return nil }
            let cells = node.budgets.compactMap(\.budget)
            guard cells.count >= 2, cells.count == node.budgets.count else { return nil }
            let parts = cells.compactMap(\.quantity)
            guard parts.count == cells.count else { return nil }
            let check = SumCheck(stated: stated, parts: parts)
            guard let mismatch = check.mismatch(relativeTolerance: context.relativeTolerance) else {
                passed[node.table, default: 0] += 1
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
        }
        return Dictionary(grouping: findings) { $0.table ?? "" }.sorted { $0.key < $1.key }.flatMap { name, found in
            ReadingCorroboration.reportable(found, passed: passed[name, default: 0], in: ReadingCorroboration.table(named: name, in: document))
        }
    }
}
