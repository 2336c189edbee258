import Ingest

/// Flags budget realisation above the budget for a year. Spending more than the budget is not
/// possible in regional finance, so such a figure is usually doubled, cumulative or in the wrong
/// column; it is a warning because the printed ratio may still be arithmetically right.
/// When most rows of a year exceed their budget, one finding covers the whole year column.
struct RealisationAboveBudgetRule: Rule {
    static let description = RuleDescription(
        id: "RAT004",
        family: .ratios,
        severity: .warning,
        title: Localized(id: "Realisasi melebihi anggaran",
                         en: "Realisation exceeds the budget"),
        rationale: Localized(
            id: "Belanja daerah tidak dapat direalisasikan melebihi anggarannya. Realisasi di atas 100% biasanya berarti angka realisasi tergandakan, kumulatif, atau tertukar kolom, sehingga rasio serapan dan rata-ratanya ikut salah. Baris pendapatan (Pendapatan, PAD, Retribusi, Pajak) tidak diperiksa: pendapatan yang melampaui targetnya wajar.",
            en: "Regional spending cannot exceed its budget. A realisation above 100% usually means the realisation figure was doubled, made cumulative or put in the wrong column, so the absorption ratio and its averages are wrong too. Revenue rows (Pendapatan, PAD, Retribusi, Pajak) are left out: revenue above its target is normal."),
        triggering: [
            RuleExample(.bekasi, bekasiHeader + """
            Program Pengembangan UMKM\t1.450.000.000\t1.600.000.000\t1.392.551.200\t1.574.820.000
            ↓Program Pemberdayaan Usaha Mikro\t450.000.000\t500.000.000\t472.300.000\t468.250.000
            """),
            RuleExample(.depok, """
            Tabel T-C.24 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah

            \tUraian
            \tAnggaran 2018
            \tAnggaran 2019
            \tRealisasi 2018
            \tRealisasi 2019

            \tPenyediaan Alat Tulis Kantor
            \t199,575,000.00 Rp
            \t215,701,472.00 Rp
            ↓\t379,659,000.00 Rp
            \t180,086,000.00 Rp
            """),
            RuleExample(.semarang, semarangHeader + """
            2.3\tProg. Peningk. Pengembangan Sistem Capain Kinerja & Keu.\t90.798.700\t198.751.000\t90.797.800\t192.161.000
            ↓2.4\tProg. Penciptaan Iklim Usaha Kecil Menengah yg Kondusif\t121.011.800\t220.000.000\t141.039.500\t210.102.600
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, bekasiHeader + """
            Program Pengembangan UMKM\t1.450.000.000\t1.600.000.000\t1.392.551.200\t1.574.820.000
            """),
            RuleExample(.depok, """
            Tabel T-C.24 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah

            \tUraian
            \tAnggaran 2016
            \tAnggaran 2017
            \tRealisasi 2016
            \tRealisasi 2017

            \tPenyediaan Alat Tulis Kantor
            \t25,000,000.00 Rp
            \t198,432,000.00 Rp
            \t24,950,000.00 Rp
            \t191,456,000.00 Rp
            """),
            RuleExample(.semarang, semarangHeader + """
            2.3\tProg. Peningk. Pengembangan Sistem Capain Kinerja & Keu.\t90.798.700\t198.751.000\t90.797.800\t192.161.000
            """),
        ])

    /// The opening lines (caption, header, identical cells) the Bekasi examples share.
    private static let bekasiHeader = """
        Tabel 2.9 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah

        Uraian\tAnggaran pada Tahun ke-\t\tRealisasi Anggaran pada Tahun ke-\t
        \t2022\t2023\t2022\t2023

        """

    /// The opening lines (caption, header, identical cells) the Semarang examples share.
    private static let semarangHeader = """
        TABEL 2.4 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN DINAS KOPERASI DAN USAHA MIKRO KOTA SEMARANG

        NO\tUraian\tAnggaran pada Tahun\t\tRealisasi Anggaran Tahun\t
        \t\t2014\t2015\t2014\t2015

        """

    /// A year column is reported as a whole when at least this many rows, and at least half of the
    /// rows with both figures, exceed their budget.
    static let columnThreshold = 3

    struct Excess {
        var row: Row
        var name: String
        var budget: Quantity
        var realisation: Cell
        var realisationValue: Double
        var figures: RatioRowFigures

        var percentage: Double { realisationValue / (budget.value ?? 1) * 100 }
        var percentageText: Localized { .number(percentage, decimals: 2) }
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.tables.flatMap { table -> [Finding] in
            let sets = RatioColumns.sets(in: table, denominator: .budget)
            return sets.flatMap { set -> [Finding] in
                var comparable = 0
                var excesses: [Excess] = []
                for row in RatioColumns.alignedRows(of: table) where !Self.isRevenue(RatioColumns.rowName(row, in: table)) {
                    guard let figures = RatioColumns.figures(of: row, in: [set]).first,
                          let budget = figures.denominator.quantity, let budgetValue = budget.value, budgetValue > 0,
                          let realisation = figures.numerator.quantity, let realisationValue = realisation.additiveValue,
                          RatioColumns.areComparable(budget, realisation)
                    else { continue }
                    comparable += 1
                    if realisationValue - budgetValue > budget.roundingHalfUnit + realisation.roundingHalfUnit {
                        excesses.append(Excess(row: row, name: RatioColumns.rowName(row, in: table), budget: budget,
                                               realisation: figures.numerator, realisationValue: realisationValue, figures: figures))
                    }
                }
                let label = table.displayName
                if excesses.count >= Self.columnThreshold && excesses.count * 2 >= comparable {
                    return [columnFinding(excesses, comparable: comparable, year: set.year, table: label, in: document)]
                }
                return excesses.map { rowFinding($0, year: set.year, table: label, in: document) }
            }
        }
    }

    /// A revenue row (`Pendapatan Daerah`, `v PAD`, `Total Pendapatan`, `Retribusi …`), not a spending one:
    /// collecting more than the target is no overspending, and tables of budget and realisation often carry
    /// revenue above their spending rows.
    static func isRevenue(_ name: String) -> Bool {
        let words = Set(name.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() })
        return !words.contains("belanja") && !words.isDisjoint(with: revenueWords)
    }

    private static let revenueWords: Set<String> = ["pendapatan", "pad", "penerimaan", "retribusi", "pajak"]

    private func rowFinding(_ excess: Excess, year: Int, table: String, in document: RenstraDocument) -> Finding {
        let budget = excess.budget.printed
        let realisation = excess.realisation.quantity?.printed ?? Localized(excess.realisation.text)
        return finding(
            in: document, line: excess.realisation.line, endLine: excess.realisation.lines.last, table: table,
            message: Localized(
                id: "Realisasi \(year) \"\(excess.name)\" \(realisation.id) melebihi anggarannya \(budget.id) (\(excess.percentageText.id)%). Belanja tidak dapat melampaui anggaran; kemungkinan angka realisasi atau anggaran salah.",
                en: "The \(year) realisation of \"\(excess.name)\", \(realisation.en), exceeds its budget of \(budget.en) (\(excess.percentageText.en)%). Spending cannot exceed the budget; the realisation or the budget figure is probably wrong."),
            expected: "≤ " + budget, found: realisation, subject: "\(NameNormalizer.normalize(excess.row.label))|\(year)")
        .citing(Self.evidence(of: excess, table: table))
    }

    /// The realisation as wrong, the budget it exceeds as operand.
    static func evidence(of excess: Excess, table: String) -> [Evidence] {
        [excess.figures.realisationEvidence(.wrong, table: table), excess.figures.denominatorEvidence(table: table)]
    }

    private func columnFinding(_ excesses: [Excess], comparable: Int, year: Int, table: String,
                               in document: RenstraDocument) -> Finding {
        let largest = excesses.max { ($0.budget.value ?? 0) < ($1.budget.value ?? 0) }!
        let budget = largest.budget.printed
        let realisation = largest.realisation.quantity?.printed ?? Localized(largest.realisation.text)
        return finding(
            in: document, line: excesses[0].realisation.line, endLine: excesses.last!.realisation.lines.last,
            table: table,
            message: Localized(
                id: "Realisasi \(year) melebihi anggaran pada \(excesses.count) dari \(comparable) baris, misalnya \"\(largest.name)\": realisasi \(realisation.id) dari anggaran \(budget.id) (\(largest.percentageText.id)%). Belanja tidak dapat melampaui anggaran; kolom realisasi \(year) tampaknya tergandakan atau kumulatif.",
                en: "The \(year) realisation exceeds the budget in \(excesses.count) of \(comparable) rows, e.g. \"\(largest.name)\": realisation \(realisation.en) against a budget of \(budget.en) (\(largest.percentageText.en)%). Spending cannot exceed the budget; the \(year) realisation column looks doubled or cumulative."),
            expected: "≤ " + budget, found: realisation, subject: "column|\(year)")
        .citing(excesses.flatMap { Self.evidence(of: $0, table: table) })
    }
}
