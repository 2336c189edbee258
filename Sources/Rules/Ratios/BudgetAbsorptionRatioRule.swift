import Ingest

/// Flags a budget-absorption ratio (`Rasio antara Realisasi dan Anggaran`) that is not
/// realisation ÷ budget × 100 for its row and year. Truncated ratios (97,94 printed as 97) are accepted.
struct BudgetAbsorptionRatioRule: Rule {
    static let description = RuleDescription(
        id: "RAT002",
        family: .ratios,
        severity: .error,
        title: Localized(id: "Rasio serapan ≠ realisasi ÷ anggaran × 100",
                         en: "Budget absorption ratio differs from realisation ÷ budget × 100"),
        rationale: Localized(
            id: "Rasio antara realisasi dan anggaran (serapan) adalah realisasi dibagi anggaran dikali 100. Rasio yang tidak cocok, setelah memperhitungkan pembulatan dan pemotongan desimal, berarti salah hitung atau salah satu angka anggaran/realisasi salah ketik.",
            en: "The ratio of realisation to budget (absorption) is the realisation divided by the budget, times 100. A ratio that does not match, once rounding and truncation are allowed for, means a miscalculation or a mistyped budget or realisation figure."),
        triggering: [
            RuleExample(.bekasi, bekasiHeader + """
            ↓Program Pengembangan UMKM\t1.450.000.000\t1.600.000.000\t1.392.551.200\t1.574.820.000\t98,04\t98,43
            """),
            RuleExample(.depok, depokHeader + """
            ↓\t94.48%
            """),
            RuleExample(.semarang, semarangHeader + """
            ↓1.1\tGaji dan Tunjangan\t2.596.602.000\t2.861.127.000\t2.543.232.156\t2.822.148.144\t95\t98
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, bekasiHeader + """
            Program Pengembangan UMKM\t1.450.000.000\t1.600.000.000\t1.392.551.200\t1.574.820.000\t96,04\t98,43
            """),
            RuleExample(.depok, depokHeader + """
            \t96.48%
            """),
            RuleExample(.semarang, semarangHeader + """
            1.1\tGaji dan Tunjangan\t2.596.602.000\t2.861.127.000\t2.543.232.156\t2.822.148.144\t97\t98
            1.2\tTambahan Penghasilan PNS\t637.000.000\t565.560.000\t556.110.000\t556.089.000\t87\t98
            """),
        ])

    /// The opening lines (caption, header, identical cells) the Bekasi examples share.
    private static let bekasiHeader = """
        Tabel 2.9 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah

        Uraian\tAnggaran pada Tahun ke-\t\tRealisasi Anggaran pada Tahun ke-\t\tRasio antara Realisasi dan Anggaran Tahun ke-\t
        \t2022\t2023\t2022\t2023\t2022\t2023

        """

    /// The opening lines (caption, header, identical cells) the Depok examples share.
    private static let depokHeader = """
        Tabel T-C.24 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah

        \tUraian
        \tAnggaran 2016
        \tAnggaran 2017
        \tRealisasi 2016
        \tRealisasi 2017
        \tRasio 2016
        \tRasio 2017

        \tPenyediaan Alat Tulis Kantor
        \t25,000,000.00 Rp
        \t198,432,000.00 Rp
        \t24,950,000.00 Rp
        \t191,456,000.00 Rp
        \t99.80%

        """

    /// The opening lines (caption, header, identical cells) the Semarang examples share.
    private static let semarangHeader = """
        TABEL 2.4 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN DINAS KOPERASI DAN USAHA MIKRO KOTA SEMARANG

        NO\tUraian\tAnggaran pada Tahun\t\tRealisasi Anggaran Tahun\t\tRasio antara Realisasi dan Anggaran Tahun ( % )\t
        \t\t2011\t2012\t2011\t2012\t2011\t2012

        """

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        ratioFindings(in: document, denominator: .budget,
                      ratioName: Localized(id: "Rasio realisasi terhadap anggaran", en: "ratio of realisation to budget"),
                      denominatorName: Localized(id: "anggaran", en: "budget"))
    }
}
