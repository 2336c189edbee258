import Ingest

/// Flags a yearly target series with one implausible jump, such as a share of good cooperatives planned
/// at 10, 11, 88, 88, 88, 88 %: one step multiplies the value by four or more while the series otherwise
/// moves in small steps.
struct ImplausibleTargetJumpRule: Rule {
    static let description = RuleDescription(
        id: "VAL003",
        family: .values,
        severity: .warning,
        title: Localized(id: "Lonjakan target yang tidak wajar", en: "Implausible jump in a target series"),
        rationale: Localized(
            id: "Target tahunan suatu indikator biasanya bergerak bertahap. Sebuah langkah dianggap tidak wajar bila (1) deretnya memuat sedikitnya empat target dengan satuan yang sama, (2) nilai pada langkah itu berlipat sedikitnya empat kali (naik atau turun), (3) besar langkahnya lebih dari lima kali median langkah lain dalam deret yang sama, dan (4) perubahannya berarti: sedikitnya 20 poin untuk persentase, dan nilai terkecilnya sedikitnya 10 untuk jumlah (hitungan kecil seperti 1 → 4 dokumen wajar berubah per satuan). Kondisi awal (baseline) tidak dihitung, karena lonjakan dari baseline bisa menggambarkan pemulihan (mis. Depok 34,7% pada 2020 → 81,8% pada 2022, hanya 2,4 kali). Lonjakan yang diikuti pagu baris yang sama (searah, dengan rasio yang berbeda paling banyak dua kali lipat, mis. 18 → 180 dengan pagu 225 juta → 2,25 miliar) adalah perubahan skala yang direncanakan, bukan salah ketik. Ini pertimbangan, bukan hitungan pasti, maka dilaporkan sebagai peringatan.",
            en: "An indicator's yearly targets usually move gradually. A step is implausible when (1) the series has at least four targets in one unit, (2) the step multiplies or divides the value by four or more, (3) the step is more than five times the median of the series' other steps, and (4) the change matters: at least 20 points for a percentage, and a smaller value of at least 10 for a count (small counts such as 1 → 4 documents change by whole units). The baseline is left out, since a jump from the baseline may be a recovery (e.g. Depok 34.7% in 2020 → 81.8% in 2022, only 2.4×). A jump the row's budget follows (in the same direction, with a ratio within a factor of two, e.g. 18 → 180 with the budget 225 million → 2.25 billion) is a planned change of scale, not a slip. This is judgement, not arithmetic, hence a warning."),
        triggering: [
            RuleExample(.semarang, """
            Tabel 4.1
            Tujuan dan Sasaran

            TUJUAN / SASARAN\tINDIKATOR KINERJA TUJUAN / SASARAN\tSATUAN\tTARGET\t\t\t\t\t
            \t\t\t2016\t2017\t2018\t2019\t2020\t2021
            ↓<b>TUJUAN :</b> Mewujudkan Koperasi dan Usaha Mikro yang berdaya saing\tProsentase Koperasi Baik\t%\t10\t11\t88\t88\t88\t88
            \tProsentase jumlah pelaku usaha mikro yang dibina yang meningkat omsetnya\t%\t20\t21\t23\t25\t28\t32
            """),
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\tTARGET 2025\tTARGET 2026\tTARGET 2027\tTARGET 2028\tTARGET 2029
            ↓1.\tJumlah koperasi yang difasilitasi\tUnit Usaha\t1025\t245\t245\t262\t313
            2.\tPersentase Koperasi Aktif\tPersen\t20\t21\t22\t23\t24
            """),
            RuleExample(.bekasi, bekasiProgrammeTable + """
            ↓Sub Kegiatan Fasilitasi Usaha Mikro\tJumlah usaha mikro yang difasilitasi\t18\tUnit\t18\t225.000.000\t18\t225.000.000\t180\t225.000.000\t180\t225.000.000\t180\t225.000.000\t180\t225.000.000\t
            """),
            RuleExample(.depok, depokIndicatorTable + "\n\n" + """
            \tPersentase koperasi sehat
            \t10,00%
            \t11,00%
            ↓\t78,00%
            \t79,00%
            \t80,00%
            \t81,00%
            """),
        ],
        nonTriggering: [
            RuleExample(.semarang, """
            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\tTarget Capaian Setiap Tahun\t\t\t\t
            \t\t\t2017\t2018\t2019\t2020\t2021
            5\tProsentase koperasi aktif\t%\t79\t88,3\t88,4\t88,5\t88,6
            6\tProsentase koperasi sehat\t%\t\t6\t12\t20\t30
            """),
            RuleExample(.depok, depokIndicatorTable + "\n\n" + """
            \tPersentase koperasi aktif
            \t34,70%
            \t81,80%
            \t84,80%
            \t87,90%
            \t90,90%
            \t93,90%
            """),
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\tTARGET 2025\tTARGET 2026\tTARGET 2027\tTARGET 2028\tTARGET 2029
            1.\tJumlah Dokumen Perencanaan\tDokumen\t1\t4\t4\t4\t4
            """),
            // The row's budget grows tenfold with its target: a planned change of scale.
            RuleExample(.bekasi, bekasiProgrammeTable + """
            Sub Kegiatan Fasilitasi Usaha Mikro\tJumlah usaha mikro yang difasilitasi\t18\tUnit\t18\t225.000.000\t18\t225.000.000\t180\t2.250.000.000\t180\t2.250.000.000\t180\t2.250.000.000\t180\t2.250.000.000\t
            """),
        ])

    /// The head of Bekasi's Tabel 4.2: targets (T) and budgets (PAGU) of 2025-2030 side by side.
    private static let bekasiProgrammeTable = """
    Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

    BIDANG URUSAN/PROGRAM/ OUTCOME/KEGIATAN/S UBKEGIATAN/ OUTPUT\tINDIKATOR OUTCOME/ OUTPUT\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN\t\t\t\t\t\t\t\t\t\t\t\tKET
    \t\t\t\t2025\t\t2026\t\t2027\t\t2028\t\t2029\t\t2030\t\t
    \t\t\t\tT\tPAGU\tT\tPAGU\tT\tPAGU\tT\tPAGU\tT\tPAGU\tT\tPAGU\t

    """

    /// The head of Depok's Tabel 7.1: indicator, 2020 baseline and the 2022-2026 targets, one cell per line.
    private static let depokIndicatorTable = """
    Tabel 7.1: Indikator Kinerja PD yang mengacu pada Tujuan dan Sasaran RPJMD

    \tIndikator Kinerja
    \tKondisi Kinerja Awal (2020)
    \tTARGET 2022
    \tTARGET 2023
    \tTARGET 2024
    \tTARGET 2025
    \tTARGET 2026
    """

    /// One implausible step of a series: from one target to the next.
    struct Jump {
        var from: IndicatorSeries.Point
        var to: IndicatorSeries.Point
        var factor: Double
        /// The largest of the series' other steps, for the message.
        var largestOtherStep: Double
        /// The next point when the series jumps straight back (83, 2.000, 83): one stray value, one finding.
        var back: IndicatorSeries.Point?
    }

    static let minimumFactor = 4.0
    static let stepToMedianFactor = 5.0
    static let minimumPercentagePoints = 20.0
    static let minimumCount = 10.0

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var occurrences: [String: [(series: IndicatorSeries, jump: Jump)]] = [:]
        var order: [String] = []
        // In a table reconstructed from the text's spacing, one odd step is likelier a value read into
        // the wrong column than a mistyped target.
        let reconstructed = Set(document.tables.filter(\.readingIsReconstructed).map(\.displayName))
        let budgets = Self.budgetsByIndicatorLine(document)
        for series in context.facts(of: document).indicatorSeries(.ownValues) where !reconstructed.contains(series.table) {
            for run in Self.sameUnitRuns(series.points) {
                for jump in Self.implausibleJumps(in: run, isPercentage: series.isPercent)
                where !Self.budgetFollows(jump, budgets[series.line] ?? []) {
                    let key = [NameNormalizer.normalize(series.name), "\(jump.from.year)", "\(jump.to.year)",
                               "\(jump.from.value)", "\(jump.to.value)"].joined(separator: "|")
                    if occurrences[key] == nil { order.append(key) }
                    occurrences[key, default: []].append((series, jump))
                }
            }
        }
        let facts = context.facts(of: document)
        return order.map { key in
            let all = occurrences[key]!.sorted { $0.jump.to.cell.line < $1.jump.to.cell.line }
            let (series, jump) = all[0]
            let others = all.dropFirst().map(\.jump.to.cell.line)
            return finding(
                in: document, line: jump.to.cell.line, endLine: jump.to.cell.lines.last, table: series.table,
                message: message(series, jump, repeatedAt: others),
                expected: nil, found: ([jump.from, jump.to] + (jump.back.map { [$0] } ?? [])).map(\.cell.stated).joined(separator: " → "),
                subject: "\(NameNormalizer.normalize(series.name))|\(jump.from.year)-\(jump.to.year)")
            .citing([series.evidence(year: jump.to.year, .wrong, facts: facts), series.evidence(year: jump.from.year, .operand, facts: facts)]
                .compactMap { $0 }
                + (jump.back.flatMap { series.evidence(year: $0.year, .operand, facts: facts) }.map { [$0] } ?? [])
                + all.dropFirst().compactMap { $0.series.evidence(year: $0.jump.to.year, .related, facts: facts) })
        }
    }

    /// The yearly budgets of the plan row that states each indicator, by the indicator's line: the row's own
    /// array, shared rather than copied into a table of its own for every row of a large plan.
    static func budgetsByIndicatorLine(_ document: RenstraDocument) -> [Int: [YearFigure]] {
        var budgets: [Int: [YearFigure]] = [:]
        for node in document.allPlanNodes where !node.indicators.isEmpty {
            guard node.budgets.contains(where: { $0.budget?.quantity?.value != nil }) else { continue }
            for indicator in node.indicators { budgets[indicator.line] = node.budgets }
        }
        return budgets
    }

    /// Whether the row's budget moves with the target, in the same direction and within a factor of two
    /// of the same ratio (18 → 180 with 225 → 2.250 million): a planned change of scale, not a slip.
    static func budgetFollows(_ jump: Jump, _ budgets: [YearFigure]) -> Bool {
        guard let before = budget(in: budgets, year: jump.from.year), let after = budget(in: budgets, year: jump.to.year),
              before > 0, after > 0, jump.from.value > 0, jump.to.value > 0 else { return false }
        let targetRatio = jump.to.value / jump.from.value, budgetRatio = after / before
        guard (targetRatio > 1) == (budgetRatio > 1) else { return false }
        return max(targetRatio, budgetRatio) / min(targetRatio, budgetRatio) <= 2
    }

    /// The first budget with a value stated for `year`.
    private static func budget(in budgets: [YearFigure], year: Int) -> Double? {
        for figure in budgets where figure.year == year {
            if let value = figure.budget?.quantity?.value { return value }
        }
        return nil
    }

    /// Consecutive points in one unit: a change of unit (`12 bulan` then `100%`) starts a new run.
    static func sameUnitRuns(_ points: [IndicatorSeries.Point]) -> [[IndicatorSeries.Point]] {
        var runs: [[IndicatorSeries.Point]] = []
        var previousUnit: String?
        for point in points {
            let unit = (point.quantity.kind == .percent ? "%" : "") + NameNormalizer.normalize(point.quantity.unit ?? "")
            if runs.isEmpty || unit != previousUnit { runs.append([]) }
            runs[runs.count - 1].append(point)
            previousUnit = unit
        }
        return runs
    }

    static func implausibleJumps(in points: [IndicatorSeries.Point], isPercentage: Bool) -> [Jump] {
        let values = points.map(\.value)
        let indices = implausibleSteps(in: values, isPercentage: isPercentage)
        var jumps: [Jump] = []
        var skipped = Set<Int>()
        for index in indices where !skipped.contains(index) {
            let others = steps(values).enumerated().filter { $0.offset != index && $0.offset != index + 1 }.map(\.element)
            let (a, b) = (values[index], values[index + 1])
            var jump = Jump(from: points[index], to: points[index + 1], factor: max(a, b) / min(a, b),
                            largestOtherStep: others.max() ?? 0)
            if indices.contains(index + 1), (values[index + 2] - b) * (b - a) < 0 {
                jump.back = points[index + 2]
                skipped.insert(index + 1)
            } else {
                jump.largestOtherStep = steps(values).enumerated().filter { $0.offset != index }.map(\.element).max() ?? 0
            }
            jumps.append(jump)
        }
        return jumps
    }

    /// Indices `i` of the implausible steps `values[i] → values[i + 1]` (see the rationale).
    static func implausibleSteps(in values: [Double], isPercentage: Bool) -> [Int] {
        guard values.count >= 4 else { return [] }
        let sizes = steps(values)
        return sizes.indices.filter { index in
            let (a, b) = (values[index], values[index + 1])
            guard min(a, b) > 0, max(a, b) / min(a, b) >= minimumFactor else { return false }
            if isPercentage ? sizes[index] < minimumPercentagePoints : min(a, b) < minimumCount { return false }
            let others = sizes.enumerated().filter { $0.offset != index }.map(\.element)
            return sizes[index] > stepToMedianFactor * median(others)
        }
    }

    static func steps(_ values: [Double]) -> [Double] {
        zip(values, values.dropFirst()).map { abs($1 - $0) }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    func message(_ series: IndicatorSeries, _ jump: Jump, repeatedAt lines: [Int]) -> Localized {
        let from = Localized.compactNumber(jump.from.value)
        let to = Localized.compactNumber(jump.to.value)
        let factor = Localized.compactNumber(jump.factor, maximumDecimals: 1)
        let other = Localized.compactNumber(jump.largestOtherStep)
        let name = series.name.shortened
        let repeated = lines.isEmpty ? Localized(id: "", en: "") : Localized(
            id: " Deret yang sama juga di baris \(lines.map(String.init).joined(separator: ", ")).",
            en: " The same series also appears on line\(lines.count > 1 ? "s" : "") \(lines.map(String.init).joined(separator: ", ")).")
        if let back = jump.back {
            let after = Localized.compactNumber(back.value)
            return Localized(
                id: "Target \"\(name)\" \(to.id) pada \(jump.to.year) menyimpang dari deretnya: \(from.id) pada \(jump.from.year) dan \(after.id) pada \(back.year) (selisih \(factor.id) kali lipat), sedangkan langkah lain paling besar \(other.id). Periksa apakah angka itu salah ketik.\(repeated.id)",
                en: "Target \"\(name)\" of \(to.en) in \(jump.to.year) stands out from its series: \(from.en) in \(jump.from.year) and \(after.en) in \(back.year) (a factor of \(factor.en)), while the other steps are at most \(other.en). Check whether the figure is a typo.\(repeated.en)")
        }
        let direction = jump.to.value > jump.from.value
            ? Localized(id: "naik", en: "rises") : Localized(id: "turun", en: "falls")
        return Localized(
            id: "Target \"\(name)\" \(direction.id) dari \(from.id) (\(jump.from.year)) ke \(to.id) (\(jump.to.year)), \(factor.id) kali lipat dalam satu langkah, sedangkan langkah lain dalam deret ini paling besar \(other.id). Periksa apakah target itu salah ketik atau indikatornya berganti definisi.\(repeated.id)",
            en: "Target \"\(name)\" \(direction.en) from \(from.en) (\(jump.from.year)) to \(to.en) (\(jump.to.year)), a factor of \(factor.en) in one step, while the series' other steps are at most \(other.en). Check whether the target is a typo or the indicator changed its definition.\(repeated.en)")
    }
}

extension ImplausibleTargetJumpRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.ownValueSeries]
}
