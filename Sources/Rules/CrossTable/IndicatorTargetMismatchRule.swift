import Ingest

/// Flags an indicator whose targets for the same year, baseline or unit differ between two tables of one
/// document (goal table, IKU/IKK tables, performance tables, programme plan, appendices). Where several
/// tables agree and one differs, the finding points at the one that differs; a series moved by a whole
/// year is left to XTB002.
struct IndicatorTargetMismatchRule: Rule {
    static let description = RuleDescription(
        id: "XTB001",
        family: .crossTable,
        severity: .error,
        title: Localized(id: "Target indikator yang sama berbeda antartabel",
                         en: "The same indicator has different targets in different tables"),
        rationale: Localized(
            id: "Satu indikator hanya boleh memiliki satu target untuk setiap tahun. Bila tabel tujuan/sasaran, IKU, indikator kinerja, rencana program, dan lampiran menyebut target, kondisi awal, atau satuan yang berbeda, tidak jelas target mana yang mengikat dan capaian tidak dapat dievaluasi.",
            en: "An indicator can have only one target per year. When the goal table, IKU, performance tables, programme plan and appendices give different targets, baselines or units, it is unclear which target binds and achievement cannot be evaluated."),
        triggering: [
            RuleExample(.semarang, """
            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\tTarget Capaian Setiap Tahun
            \t\t\t2017\t2018\t2019\t2020\t2021
            1\tProsentase Meningkatnya Kualitas Usaha Mikro yang dibina\t%\t52\t53\t55\t58\t60
            2\tProsentase koperasi aktif\t%\t79\t88,3\t88,4\t88,5\t88,6

            # LAMPIRAN

            INDIKATOR KINERJA\tSATUAN\tTARGET
            \t\t2017\t2018\t2019\t2020\t2021
            ↓Prosentase Meningkatnya Kualitas Usaha Mikro yang dibina\tProsentase\t82%\t83%\t85%\t86%\t89%
            Prosentase Koperasi aktif\tProsentase\t79%\t88,3%\t88,4%\t88,5%\t88,6%
            """),
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\tBASELINE\tTARGET TAHUN
            \t\t\t\t2025\t2026\t2027\t2028\t2029
            1.\tPersentase Koperasi yang Berkualitas\t%\t13.306\t20\t20\t20\t20\t20

            Tabel 4.6 Indikator Kinerja Lainnya

            NO\tINDIKATOR\tSATUAN\tBASELINE\tTARGET TAHUN
            \t\t\t\t2025\t2026\t2027\t2028\t2029
            ↓1.\tPersentase Koperasi yang Berkualitas\t%\t13.306\t20\t22\t24\t26\t28
            """),
            RuleExample(.depok, """
            Tabel 4.2 Tujuan dan Sasaran
            \tIndikator
            \tSatuan
            \tTAHUN 2022
            \tTAHUN 2023

            \tPersentase Wirausaha Baru
            \t%
            \t18
            \t20

            Tabel 7.2: Indikator Kinerja Utama
            \tIndikator
            \tSatuan
            \tTAHUN 2022
            \tTAHUN 2023

            ↓\tPersentase Wirausaha Baru
            \t%
            \t18
            \t25
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            **Tabel 7.1**
            **INDIKATOR KINERJA PERANGKAT DAERAH**

            No\tIndikator Kinerja\tSatuan\tTarget Capaian Setiap Tahun
            \t\t\t2017\t2018\t2019\t2020\t2021
            1\tPersentase koperasi aktif\t%\t79\t88,3\t88,4\t88,5\t88,6

            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\tTarget Capaian Setiap Tahun
            \t\t\t2017\t2018\t2019\t2020\t2021
            5\tProsentase koperasi aktif\t%\t79\t88,3\t88,4\t88,5\t88,6
            """),
            RuleExample(.bekasi, """
            Tabel 3.1 Tujuan dan Sasaran

            INDIKATOR\tTARGET TAHUN
            \t2025\t2026\t2027\t2028\t2029
            Indikator Sasaran 1: Persentase Usaha Mikro menjadi Usaha Kecil\t0.1%\t0.1%\t0.1%\t0.1%\t0.1%

            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\tBASELINE\tTARGET TAHUN
            \t\t\t\t2025\t2026\t2027\t2028\t2029
            2.\tPersentase Usaha Mikro menjadi Usaha Kecil\t%\t39.427\t0.1\t0.1\t0.1\t0.1\t0.1
            """),
            RuleExample(.depok, """
            Tabel 4.2 Tujuan dan Sasaran
            \tIndikator
            \tSatuan
            \tTAHUN 2022
            \tTAHUN 2023

            \tKoperasi Berkualitas
            \t%
            \t18
            \t21

            Tabel 7.2: Indikator Kinerja Utama
            \tIndikator
            \tSatuan
            \tTAHUN 2021
            \tTAHUN 2022
            \tTAHUN 2023

            \tKoperasi Berkualitas
            \t%
            \t15
            \t18
            \t21
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        IndicatorPairs.byIndicator(in: context.facts(of: document), .sameIndicator).flatMap { comparisons in
            check(comparisons, document, context)
        }.sorted { ($0.line, $0.subject) < ($1.line, $1.subject) }
    }

    private struct Conflict {
        var culprit: IndicatorSeries
        var other: IndicatorSeries
        var targets: [(year: Int, found: Cell, expected: Cell, sameUnit: Bool)]
        var baseline: (found: Cell, expected: Cell)?
        var unitsDiffer: Bool
    }

    private func check(_ comparisons: IndicatorPairs, _ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var comparisons = comparisons
        var conflicts: [Int: [Conflict]] = [:]
        for pair in comparisons.pairs {
            let blamed = comparisons.withBlamedFirst(pair)
            guard case .differ(let targets, let baseline, let unitsDiffer) = blamed.outcome else { continue }
            conflicts[blamed.first, default: []].append(Conflict(
                culprit: comparisons.statements[blamed.first], other: comparisons.statements[blamed.second],
                targets: targets.map { ($0.year, $0.first, $0.second, $0.sameUnit) },
                baseline: baseline.map { ($0.first, $0.second) }, unitsDiffer: unitsDiffer))
        }
        let facts = context.facts(of: document)
        return conflicts.keys.sorted().map { finding(for: conflicts[$0]!, document).citing(Self.evidence(of: conflicts[$0]!, facts: facts)) }
    }

    private func finding(for conflicts: [Conflict], _ document: RenstraDocument) -> Finding {
        let main = conflicts[0]
        let statement = main.culprit
        let others = IndicatorSeries.places(conflicts.map(\.other))
        let certain = main.targets.contains { $0.sameUnit } && !main.unitsDiffer
        var parts: [Localized] = []
        var expected: [Localized] = [], found: [Localized] = []
        if !main.targets.isEmpty {
            let pairs = main.targets.map { "\($0.year): " + $0.found.stated + " vs " + $0.expected.stated }.joined(separator: "; ")
            parts.append(Localized(id: "target ", en: "targets ") + pairs)
            expected += main.targets.map { "\($0.year): " + $0.expected.stated }
            found += main.targets.map { "\($0.year): " + $0.found.stated }
        }
        if let baseline = main.baseline {
            let baselineWord = Localized(id: "kondisi awal ", en: "baseline ")
            parts.append(baselineWord + baseline.found.stated + " vs " + baseline.expected.stated)
            expected.append(baselineWord + baseline.expected.stated)
            found.append(baselineWord + baseline.found.stated)
        }
        if main.unitsDiffer {
            let unitWord = Localized(id: "satuan ", en: "unit ")
            parts.append(unitWord + "\(Self.unitText(statement)) vs \(Self.unitText(main.other))")
            expected.append(unitWord + Self.unitText(main.other))
            found.append(unitWord + Self.unitText(statement))
        }
        let differences = parts.joined(separator: "; ")
        var id = "Indikator \"\(statement.name)\" di \(statement.tableName(.id)) berbeda dengan \(others.id): \(differences.id)."
        var en = "Indicator \"\(statement.name)\" in \(statement.tableName(.en)) differs from \(others.en): \(differences.en)."
        if !certain {
            let why = Self.uncertainty(main)
            id += " " + why.id
            en += " " + why.en
        }
        return self.finding(
            in: document, line: statement.line, table: statement.tableName(.id), message: Localized(id: id, en: en),
            expected: expected.joined(separator: "; "), found: found.joined(separator: "; "),
            subject: "\(statement.key.full)|\(conflicts.map(\.other.table).sorted().joined(separator: ","))",
            severity: certain ? .error : .warning)
    }

    /// The differing targets (and baseline) of the blamed statement as wrong, each other table's as related;
    /// the two rows where only the units differ.
    private static func evidence(of conflicts: [Conflict], facts: DocumentFacts) -> [Evidence] {
        let culprit = conflicts[0].culprit
        var wrong: [Evidence] = [], related: [Evidence] = []
        for conflict in conflicts {
            for target in conflict.targets {
                wrong += [culprit.evidence(year: target.year, .wrong, facts: facts)].compactMap { $0 }
                related += [conflict.other.evidence(year: target.year, .related, facts: facts)].compactMap { $0 }
            }
            if conflict.baseline != nil {
                wrong += [culprit.baselineEvidence(.wrong, facts: facts)].compactMap { $0 }
                related += [conflict.other.baselineEvidence(.related, facts: facts)].compactMap { $0 }
            }
            if conflict.targets.isEmpty && conflict.baseline == nil { related.append(conflict.other.rowEvidence(.related)) }
        }
        if wrong.isEmpty { wrong.append(culprit.rowEvidence(.wrong)) }
        var seen = Set<Evidence>()
        return (wrong + related).filter { seen.insert($0).inserted }
    }

    /// Why a difference is only a warning, for the reviewer who has to judge it.
    private static func uncertainty(_ conflict: Conflict) -> Localized {
        if conflict.unitsDiffer {
            return Localized(id: "Satuannya berbeda; periksa apakah keduanya mengukur hal yang sama.",
                             en: "The units differ; check whether both measure the same thing.")
        }
        if conflict.targets.isEmpty {
            return Localized(id: "Hanya kondisi awalnya yang berbeda; periksa apakah tahun dasarnya sama.",
                             en: "Only the baselines differ; check whether they refer to the same base year.")
        }
        return Localized(id: "Satuan salah satu tabel tidak tertulis atau ditulis lain (mis. 52 dan 82%), sehingga perbedaannya belum pasti.",
                         en: "One table does not state the unit or writes it differently (e.g. 52 and 82%), so the difference is not certain.")
    }

    private static func unitText(_ series: IndicatorSeries) -> String {
        series.unit?.trimmingWhitespace() ?? (series.isPercent ? "%" : series.countUnit ?? "-")
    }
}

extension IndicatorTargetMismatchRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.comparableSeries]
}
