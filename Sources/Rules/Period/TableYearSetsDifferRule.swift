import Ingest

/// Flags plan tables of one document whose year columns cover different spans (one target table over
/// 2024–2029, another over 2025–2030): targets for the same plan should be set for the same years.
struct TableYearSetsDifferRule: Rule {
    static let description = RuleDescription(
        id: "PER004",
        family: .period,
        severity: .warning,
        title: Localized(id: "Tabel target mencakup tahun yang berbeda-beda",
                         en: "Target tables cover different years"),
        rationale: Localized(
            id: "Semua tabel target dan pendanaan dalam satu Renstra mengacu pada periode yang sama. Bila satu tabel memuat 2024–2029 dan tabel lain 2025–2030, target untuk tahun yang sama tidak lagi dapat dibandingkan antartabel.",
            en: "All target and funding tables of one Renstra refer to the same period. When one table covers 2024–2029 and another 2025–2030, targets for the same year can no longer be compared across tables."),
        triggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tabel 4.4 Indikator Kinerja Utama

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Persentase Koperasi\t20\t20\t20\t20\t20

            Tabel 4.5 Indikator Kinerja Kunci

            ↓INDIKATOR\tTARGET TAHUN
            \t2024\t2025\t2026\t2027\t2028
            Pertumbuhan Wirausaha\t7\t7\t7\t7\t7

            Tabel 4.6 Indikator Kinerja Lain

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Persentase UMKM\t20\t20\t20\t20\t20
            """),
            RuleExample(.semarang, """
            *Perubahan Rencana Strategis (RENSTRA) II 2016-2021*

            **Tabel 7.1**
            **INDIKATOR KINERJA**

            No\tIndikator\tSatuan\t2017\t2018\t2019\t2020\t2021
            1\tPersentase koperasi aktif\t%\t79\t88\t88\t88\t88

            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            ↓No\tIndikator\tSatuan\t2016\t2017\t2018\t2019\t2020
            1\tProsentase koperasi sehat\t%\t6\t12\t20\t30\t40

            **Tabel 7.3**
            **INDIKATOR LAIN**

            No\tIndikator\tSatuan\t2017\t2018\t2019\t2020\t2021
            1\tProsentase omset\t%\t1\t2\t3\t4\t5
            """),
            RuleExample(.depok, """
            Renstra Tahun 2021-2026

            Tabel 7.1: Indikator Kinerja
            \tIndikator
            \tTAHUN 2022
            \tTAHUN 2023
            \tTAHUN 2024

            \tPersentase Koperasi Aktif
            \t20
            \t21
            \t22

            Tabel 7.2: Indikator Kinerja Utama
            ↓\tIndikator
            \tTAHUN 2023
            \tTAHUN 2024
            \tTAHUN 2025

            \tPersentase Wirausaha
            \t20
            \t21
            \t22

            Tabel 7.3: Indikator Lain
            \tIndikator
            \tTAHUN 2022
            \tTAHUN 2023
            \tTAHUN 2024

            \tPersentase UMKM
            \t20
            \t21
            \t22
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tabel 4.4 Indikator Kinerja Utama

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Persentase Koperasi\t20\t20\t20\t20\t20

            Tabel 4.5 Indikator Kinerja Kunci

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Pertumbuhan Wirausaha\t7\t7\t7\t7\t7
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let period = document.metadata.planPeriod, document.metadata.kind.hasYearlyPlanTables else { return [] }
        // One entry per label: a table printed in two parts under one caption counts once.
        var seenLabels = Set<String>()
        let planTables = document.tables.filter { table in
            PlanTables.isPlanTable(table, period: period) && PlanTables.isYearlySeries(table)
                && seenLabels.insert(table.caption?.label ?? "\(table.lines.first)").inserted
        }
        guard planTables.count >= 2 else { return [] }
        let fullSpans = planTables.map { table -> ClosedRange<Int> in
            let years = PlanTables.coveredYears(table, period: period)
            return years.first!...years.last!
        }
        // Whether a table also shows the period's first year is not compared: that year is often the
        // baseline or transition year (2016 in a 2016–2021 plan) and tables legitimately differ on it.
        let spans = fullSpans.map { span -> ClosedRange<Int> in
            span.lowerBound == period.start && span.upperBound > period.start ? (period.start + 1)...span.upperBound : span
        }
        // The span most tables use is the document's reference; ties go to the earlier table.
        var counts: [ClosedRange<Int>: Int] = [:]
        for span in spans { counts[span, default: 0] += 1 }
        let reference = spans.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && spans.firstIndex(of: $0)! < spans.firstIndex(of: $1)!) }!
        guard counts[reference]! >= 2 else { return [] }
        let referenceTables = zip(planTables, spans).filter { $0.1 == reference }.map { $0.0.displayName }
        let referenceIndex = spans.firstIndex(of: reference)!
        let referenceText = "\(fullSpans[referenceIndex].lowerBound)–\(fullSpans[referenceIndex].upperBound)"
        return planTables.indices.compactMap { index -> Finding? in
            let table = planTables[index]
            guard spans[index] != reference else { return nil }
            let span = fullSpans[index]
            let label = table.displayName
            let header = PlanTables.yearHeaderLines(table)
            let examples = referenceTables.prefix(3).joined(separator: ", ")
            return finding(
                in: document, line: header.first, endLine: header.last, table: label,
                message: Localized(
                    id: "\(label) memuat tahun \(span.lowerBound)–\(span.upperBound), sedangkan tabel target lain (\(examples)) memuat \(referenceText).",
                    en: "\(label) covers \(span.lowerBound)–\(span.upperBound), while the other target tables (\(examples)) cover \(referenceText)."),
                expected: referenceText, found: "\(span.lowerBound)–\(span.upperBound)",
                subject: "\(label)|\(span.lowerBound)-\(span.upperBound)")
        }
    }
}
