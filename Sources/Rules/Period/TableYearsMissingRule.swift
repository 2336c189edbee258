import Ingest

/// Flags a plan table that leaves out years of the declared period between or after its columns
/// (a 2016–2021 target table without 2019). A table that only leaves out the first year is the usual
/// way of writing an RPJMD period whose first year is the transition year (2021–2026 with targets for
/// 2022–2026), so that case is not reported.
struct TableYearsMissingRule: Rule {
    static let description = RuleDescription(
        id: "PER002",
        family: .period,
        severity: .warning,
        title: Localized(id: "Tahun periode Renstra tidak ada di tabel",
                         en: "Plan-period years missing from a table"),
        rationale: Localized(
            id: "Tabel target dan pendanaan harus mencakup setiap tahun periode Renstra; tahun yang hilang berarti tidak ada target atau pagu untuk tahun itu. Tabel yang hanya tidak memuat tahun pertama tidak dilaporkan: tahun pertama periode RPJMD lazim menjadi tahun transisi.",
            en: "Target and funding tables must cover every year of the plan period; a missing year means no target or budget for that year. A table leaving out only the first year is not reported: the first year of an RPJMD period is commonly a transition year."),
        triggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tabel 3.1 Tujuan dan Sasaran

            ↓INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2028\t2029
            Persentase Koperasi\t20%\t20%\t20%\t20%
            """),
            RuleExample(.depok, """
            Renstra Tahun 2021-2026

            Tabel 7.1: Indikator Kinerja
            ↓\tIndikator
            \tTAHUN 2021
            \tTAHUN 2022
            \tTAHUN 2023

            \tPersentase Koperasi Aktif
            \t20
            \t21
            \t22
            """),
            RuleExample(.semarang, """
            *Perubahan Rencana Strategis (RENSTRA) II 2016-2021*

            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            ↓No\tIndikator Kinerja Pelayanan\tSatuan\t2017\t2018\t2020\t2021
            1\tProsentase koperasi aktif\t%\t79\t88\t88\t88
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tabel 3.1 Tujuan dan Sasaran

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Persentase Koperasi\t20%\t20%\t20%\t20%\t20%
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let period = document.metadata.planPeriod, document.metadata.kind.hasYearlyPlanTables else { return [] }
        let plan = document.metadata.kind.planName(english: false), planEnglish = document.metadata.kind.planName(english: true)
        return document.tables.compactMap { table -> Finding? in
            guard PlanTables.isPlanTable(table, period: period), PlanTables.isYearlySeries(table) else { return nil }
            let years = PlanTables.plannedYears(table)
            let covered = Set(PlanTables.coveredYears(table, period: period))
            let missing = period.years.filter { !covered.contains($0) }
            guard !missing.isEmpty, missing != [period.start] else { return nil }
            let label = table.displayName
            let header = PlanTables.yearHeaderLines(table)
            return finding(
                in: document, line: header.first, endLine: header.last, table: label,
                message: Localized(
                    id: "\(label) tidak memuat kolom tahun \(missing.yearListText) dari periode \(plan) \(period.start)–\(period.end).",
                    en: "\(label) has no column for \(missing.yearListText) of the \(planEnglish) period \(period.start)–\(period.end)."),
                expected: "\(period.start)–\(period.end)", found: years.yearListText,
                subject: "\(label)|\(missing.map(String.init).joined(separator: ","))")
        }
    }
}
