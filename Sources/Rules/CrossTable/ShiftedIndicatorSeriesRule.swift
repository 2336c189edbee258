import Ingest

/// Flags an indicator whose series of targets appears in two tables one year apart (1,5 / 2 / 2 … under
/// 2024–2029 in one table and under 2025–2030 in another): one of the tables puts every target in the
/// wrong year. Reported once per row, at the odd one out: the statement fewer tables agree with, or on a
/// tie the later table's row.
struct ShiftedIndicatorSeriesRule: Rule {
    static let description = RuleDescription(
        id: "XTB002",
        family: .crossTable,
        severity: .warning,
        title: Localized(id: "Deret target indikator bergeser satu tahun antartabel",
                         en: "An indicator's target series is shifted by one year between tables"),
        rationale: Localized(
            id: "Bila deret target yang sama tercantum satu tahun lebih awal atau lebih lambat di tabel lain, salah satu tabel menempatkan setiap target pada tahun yang salah, biasanya karena kolom tahun awal (baseline) ikut terhitung sebagai tahun rencana.",
            en: "When the same series of targets appears one year earlier or later in another table, one of the tables puts every target in the wrong year, usually because the baseline column was counted as a plan year."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program

            PROGRAM\tINDIKATOR\tSATUAN\tTARGET TAHUN
            \t\t\t2025\t2026\t2027\t2028\t2029\t2030
            PROGRAM PEMBERDAYAAN KOPERASI\tPertumbuhan Volume Usaha Koperasi\tPersen\t1.5\t2\t2\t2\t2\t2
            PROGRAM PENGEMBANGAN UMKM\tPersentase Usaha Mikro yang Bertransformasi dari Informal ke Formal\tPersen\t40\t41\t43\t44\t45\t47

            Tabel 4.5 Indikator Kinerja Kunci

            NO\tINDIKATOR\tSATUAN\tTARGET TAHUN
            \t\t\t2024\t2025\t2026\t2027\t2028\t2029
            ↓1.\tPertumbuhan Volume Usaha Koperasi\t%\t1.5\t2\t2\t2\t2\t2
            ↓2.\tUsaha Kecil yang Bertransformasi dari Informal ke Formal\t%\t40\t41\t43\t44\t45\t47
            """),
            RuleExample(.semarang, """
            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\tTarget Capaian Setiap Tahun
            \t\t\t2017\t2018\t2019\t2020\t2021
            6\tProsentase koperasi sehat\t%\t\t6\t12\t20\t30

            # LAMPIRAN

            INDIKATOR KINERJA\tSATUAN\tTARGET
            \t\t2017\t2018\t2019\t2020\t2021
            ↓Prosentase koperasi sehat\tProsentase\t6%\t12%\t20%\t30%\t
            """),
            RuleExample(.depok, """
            Tabel 4.2 Tujuan dan Sasaran
            \tIndikator
            \tSatuan
            \tTAHUN 2022
            \tTAHUN 2023
            \tTAHUN 2024
            \tTAHUN 2025

            \tPersentase Wirausaha Baru
            \t%
            \t18
            \t20
            \t22
            \t24

            Tabel 7.2: Indikator Kinerja Utama
            \tIndikator
            \tSatuan
            \tTAHUN 2021
            \tTAHUN 2022
            \tTAHUN 2023
            \tTAHUN 2024

            ↓\tPersentase Wirausaha Baru
            \t%
            \t18
            \t20
            \t22
            \t24
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program

            PROGRAM\tINDIKATOR\tSATUAN\tTARGET TAHUN
            \t\t\t2025\t2026\t2027\t2028\t2029
            PROGRAM PENGEMBANGAN UMKM\tPertumbuhan Wirausaha\tPersen\t7\t7\t7\t7\t7

            Tabel 4.5 Indikator Kinerja Kunci

            NO\tINDIKATOR\tSATUAN\tTARGET TAHUN
            \t\t\t2024\t2025\t2026\t2027\t2028
            3.\tPertumbuhan Wirausaha\t%\t7\t7\t7\t7\t7
            """),
            RuleExample(.semarang, """
            **Tabel 4.1**
            **Tujuan dan Sasaran**

            TUJUAN / SASARAN\tINDIKATOR KINERJA TUJUAN / SASARAN\tSATUAN\tTARGET
            \t\t\t2016\t2017\t2018\t2019\t2020\t2021
            TUJUAN\tProsentase Koperasi Baik\t%\t10\t11\t88\t88\t88\t88

            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\tTarget Capaian Setiap Tahun
            \t\t\t2017\t2018\t2019\t2020\t2021
            9\tProsentase Koperasi Baik\t%\t11\t88\t88\t88\t88
            """),
            RuleExample(.depok, """
            Tabel 4.2 Tujuan dan Sasaran
            \tIndikator
            \tSatuan
            \tTAHUN 2022
            \tTAHUN 2023
            \tTAHUN 2024

            \tPersentase wirausaha
            \t%
            \t2
            \t2
            \t2

            Tabel 7.2: Indikator Kinerja Utama
            \tIndikator
            \tSatuan
            \tTAHUN 2021
            \tTAHUN 2022
            \tTAHUN 2023

            \tPersentase wirausaha
            \t%
            \t2
            \t2
            \t2
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for var comparisons in IndicatorPairs.byIndicator(in: context.facts(of: document), .similarIndicator) {
            let statements = comparisons.statements
            // Shifts by the statement blamed and direction: a row shifted against two tables is one finding.
            var shifts: [ShiftKey: [Partner]] = [:]
            for pair in comparisons.pairs where isWellFoundedShift(pair, statements) {
                let blamed = comparisons.withBlamedFirst(pair)
                guard case .shifted(let shift) = blamed.outcome else { continue }
                let other = statements[blamed.second]
                let partner = Partner(other: other, shift: shift,
                                      sameName: IndicatorComparison.sameIndicator(statements[blamed.first], other))
                shifts[ShiftKey(blamed: blamed.first, offset: shift.offset), default: []].append(partner)
            }
            let facts = context.facts(of: document)
            findings += shifts.keys.map { key in
                finding(for: statements[key.blamed], partners: shifts[key]!, document)
                    .citing(Self.evidence(of: statements[key.blamed], partners: shifts[key]!, facts: facts))
            }
        }
        return findings.sorted { ($0.line, $0.subject) < ($1.line, $1.subject) }
    }

    private struct ShiftKey: Hashable {
        var blamed: Int
        var offset: Int
    }

    /// The statement a blamed row is compared with, and how the blamed row's years map onto it.
    private struct Partner {
        var other: IndicatorSeries
        var shift: IndicatorComparison.Shift
        var sameName: Bool
    }

    /// A shift between the pair's statements that is well founded: a matching name needs three shifted
    /// years, a merely similar one four.
    private func isWellFoundedShift(_ pair: IndicatorPairs.Pair, _ statements: [IndicatorSeries]) -> Bool {
        guard case .shifted = pair.outcome else { return false }
        let first = statements[pair.first], second = statements[pair.second]
        return IndicatorComparison.sameIndicator(first, second)
            || IndicatorComparison(first: first, second: second).shift(minimumPairs: 4) != nil
    }

    /// The shifted targets as wrong, each year's counterpart in the other tables as related.
    private static func evidence(of blamed: IndicatorSeries, partners: [Partner], facts: DocumentFacts) -> [Evidence] {
        let years = partners.flatMap(\.shift.years).uniqueSorted()
        return years.compactMap { blamed.evidence(year: $0, .wrong, facts: facts) }
            + partners.flatMap { partner in
                partner.shift.years.compactMap { partner.other.evidence(year: $0 + partner.shift.offset, .related, facts: facts) }
            }
    }

    private func finding(for blamed: IndicatorSeries, partners: [Partner], _ document: RenstraDocument) -> Finding {
        let years = partners.flatMap(\.shift.years).uniqueSorted()
        let offset = partners[0].shift.offset
        let blamedSpan = "\(years.first!)–\(years.last!)"
        let otherSpan = "\(years.first! + offset)–\(years.last! + offset)"
        let direction = offset > 0
            ? Localized(id: "satu tahun lebih awal", en: "one year earlier")
            : Localized(id: "satu tahun lebih lambat", en: "one year later")
        let values = years.compactMap { blamed.target(in: $0)?.stated }.joined(separator: " / ")
        let others = IndicatorSeries.places(partners.map(\.other))
        var id = "Deret target \"\(blamed.name)\" (\(values.id)) di \(blamed.tableName(.id)) untuk \(blamedSpan) sama dengan deret di \(others.id) untuk \(otherSpan): bergeser \(direction.id). Salah satu tabel menempatkan target pada tahun yang salah."
        var en = "The target series of \"\(blamed.name)\" (\(values.en)) in \(blamed.tableName(.en)) for \(blamedSpan) equals the series in \(others.en) for \(otherSpan): shifted \(direction.en). One of the tables puts the targets in the wrong year."
        let otherNames = partners.filter { !$0.sameName }.map(\.other.name)
        if !otherNames.isEmpty {
            let names = otherNames.map { "\"\($0)\"" }.joined(separator: ", ")
            id += " Nama indikatornya juga berbeda: \(names)."
            en += " The indicator names also differ: \(names)."
        }
        let main = partners[0].other
        return self.finding(
            in: document, line: blamed.line, table: blamed.tableName(.id), message: Localized(id: id, en: en),
            expected: Localized(id: main.tableName(.id), en: main.tableName(.en)) + ": " + IndicatorComparison.yearList(main, years: years, offset: offset),
            found: Localized(id: blamed.tableName(.id), en: blamed.tableName(.en)) + ": " + IndicatorComparison.yearList(blamed, years: years),
            subject: "\(blamed.key.full)|\(partners.map(\.other.table).sorted().joined(separator: ","))|\(blamed.table)")
    }
}

private extension Array where Element == Int {
    func uniqueSorted() -> [Int] { Array(Set(self)).sorted() }
}

extension ShiftedIndicatorSeriesRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.comparableSeries]
}
