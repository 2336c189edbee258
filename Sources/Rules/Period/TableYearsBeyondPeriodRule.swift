import Ingest

/// Flags a plan table with year columns outside the declared plan period (a 2030 column in a
/// 2025–2029 Renstra). One year after the period is reported with a note on transition years, and a
/// team can accept it through configuration.
struct TableYearsBeyondPeriodRule: Rule {
    static let description = RuleDescription(
        id: "PER001",
        family: .period,
        severity: .warning,
        title: Localized(id: "Kolom tahun tabel di luar periode Renstra",
                         en: "Table year columns outside the plan period"),
        rationale: Localized(
            id: "Target dan pagu Renstra disusun untuk tahun-tahun periode yang dinyatakan dokumen. Kolom tahun di luar periode itu membuat target tahunan tidak dapat dicocokkan dengan RPJMD. Dokumen yang mengikuti Inmendagri 2/2025 kadang memuat satu tahun transisi setelah periode; peninjau menilai apakah itu disengaja.",
            en: "A Renstra sets targets and budgets for the years of its declared period. Year columns outside it cannot be matched against the RPJMD. Documents following Inmendagri 2/2025 sometimes carry one transition year after the period; the reviewer judges whether it is intended."),
        triggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tabel 3.1 Tujuan dan Sasaran

            ↓INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029\t2030
            Persentase Koperasi\t20%\t20%\t20%\t20%\t20%\t20%
            """),
            RuleExample(.depok, """
            Renstra Tahun 2021-2026

            Tabel 7.1: Indikator Kinerja
            ↓\tIndikator
            \tTAHUN 2022
            \tTAHUN 2026
            \tTAHUN 2027

            \tPersentase Koperasi Aktif
            \t20
            \t21
            \t22
            """),
            RuleExample(.semarang, """
            *Perubahan Rencana Strategis (RENSTRA) II 2016-2021*

            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            ↓No\tIndikator Kinerja Pelayanan\tSatuan\t2020\t2021\t2022
            1\tProsentase koperasi aktif\t%\t88\t89\t90
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            RENSTRA 2025-2029

            Tabel 3.1 Tujuan dan Sasaran

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Persentase Koperasi\t20%\t20%\t20%\t20%\t20%

            Tabel 2.8 Realisasi Kinerja Tahun 2020-2024

            INDIKATOR\t2020\t2021\t2022\t2023\t2024
            Persentase Koperasi\t10\t11\t12\t13\t14
            """),
            RuleExample(.semarang, """
            *Perubahan Rencana Strategis (RENSTRA) II 2016-2021*

            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\t2017\t2018\t2019\t2020\t2021
            1\tProsentase koperasi aktif\t%\t79\t88\t88\t88\t88
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        guard let period = document.metadata.planPeriod else { return [] }
        let plan = document.metadata.kind.planName(english: false), planEnglish = document.metadata.kind.planName(english: true)
        let transition = document.metadata.acceptedTransitionYear(context)
        return document.tables.compactMap { table -> Finding? in
            guard PlanTables.isPlanTable(table, period: period), !Self.isProjection(table) else { return nil }
            var outside = PlanTables.plannedYears(table).filter { !period.years.contains($0) }
            outside.removeAll { $0 == transition }
            // Years before and after the period: a data series the plan's years sit in (2020–2050), not targets.
            guard !outside.isEmpty, !(outside.contains { $0 < period.start } && outside.contains { $0 > period.end }) else { return nil }
            let label = table.displayName
            let header = PlanTables.yearHeaderLines(table)
            let declared = "\(period.start)–\(period.end)"
            let transitionNote = outside == [period.end + 1]
                ? Localized(id: " Bila ini tahun transisi menurut Inmendagri 2/2025, nyatakan dalam dokumen atau terima lewat konfigurasi (acceptTransitionYear).",
                            en: " If this is a transition year under Inmendagri 2/2025, say so in the document or accept it in the configuration (acceptTransitionYear).")
                : Localized(id: "", en: "")
            return finding(
                in: document, line: header.first, endLine: header.last, table: label,
                message: Localized(
                    id: "\(label) memuat kolom tahun \(outside.yearListText) di luar periode \(plan) \(declared) (baris \(period.line))." + transitionNote.id,
                    en: "\(label) has year columns \(outside.yearListText) outside the \(planEnglish) period \(declared) (line \(period.line))." + transitionNote.en),
                expected: declared, found: PlanTables.plannedYears(table).yearListText,
                subject: "\(label)|\(outside.map(String.init).joined(separator: ","))")
        }
    }

    /// A projection or estimate (`Proyeksi Kebutuhan Tempat Tidur Jakarta Tahun 2020 - 2045`): its years
    /// are whatever the forecast needs, not the plan's.
    static func isProjection(_ table: Table) -> Bool {
        let title = (table.caption?.title ?? "").lowercased()
        return ["proyeksi", "prakiraan", "perkiraan", "estimasi", "asumsi"].contains(where: title.containsLiteral)
    }
}
