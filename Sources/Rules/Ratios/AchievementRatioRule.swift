import Ingest

/// Flags an achievement ratio (`Rasio Capaian`) that is not realisation ÷ target × 100 for its row
/// and year. Rounding and truncation of the printed ratio, and rounding of the printed realisation,
/// are allowed for; a ratio explained only by truncating a rounded realisation is a warning.
struct AchievementRatioRule: Rule {
    static let description = RuleDescription(
        id: "RAT001",
        family: .ratios,
        severity: .error,
        title: Localized(id: "Rasio capaian ≠ realisasi ÷ target × 100",
                         en: "Achievement ratio differs from realisation ÷ target × 100"),
        rationale: Localized(
            id: "Rasio capaian adalah realisasi dibagi target dikali 100. Angka yang tidak dapat dijelaskan oleh pembulatan atau pemotongan desimal berarti rasio salah hitung, dihitung terhadap target tahun lain, atau salah satu angka salah ketik, sehingga penilaian kinerja menjadi keliru.",
            en: "An achievement ratio is the realisation divided by the target, times 100. A value that neither rounding nor truncation explains means the ratio was miscalculated, computed against another year's target, or one of the figures was mistyped, so the performance assessment is wrong."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 2.8 Realisasi Kinerja Pelayanan Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi Tahun 2020-2024

            Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah\tTarget Renstra Perangkat Daerah Tahun ke-\t\tRealisasi Capaian Tahun ke-\t\tRasio Capaian pada tahun ke-\t
            \t2020\t2021\t2020\t2021\t2020\t2021
            ↓IKK: Meningkatnya Usaha mikro yang menjadi Wirausaha\t5%\t15%\t3.43%\t21.21%\t66.86%\t141.4%
            IKK: Meningkatnya Koperasi yang berkualitas\t7%\t10%\t7.94%\t12.08%\t113.4%\t120.8%
            """),
            RuleExample(.depok, """
            Tabel T-C.23 Pencapaian Kinerja Pelayanan Perangkat Daerah

            \tIndikator Kinerja
            \tTarget 2016
            \tTarget 2017
            \tRealisasi 2016
            \tRealisasi 2017
            \tRasio Capaian 2016
            \tRasio Capaian 2017

            \tPresentase Usaha Mikro Naik Kelas
            \t2.50%
            \t5.00%
            \t-
            \t0.70%
            \t-
            ↓\t9.33%
            """),
            RuleExample(.semarang, """
            Tabel 2.3 REVIEW PENCAPAIAN KINERJA PELAYANAN DINAS KOPERASI DAN USAHA MIKRO

            NO\tIndikator Kinerja\tTarget Tahun\t\tRealisasi Capaian Tahun\t\tRasio Capaian pada Tahun\t
            \t\t2011\t2012\t2011\t2012\t2011\t2012
            ↓1\tProsentase Koperasi aktif (2010-2015)\t75%\t75%\t77,2%\t78,62%\t103,57 %\t104,83 %
            ↓2\tJumlah UKM non BPR/LKM UKM\t10.380\t10.587\t11.142\t11.208\t107,98\t105,86
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.8 Realisasi Kinerja Pelayanan Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi Tahun 2020-2024

            Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah\tTarget Renstra Perangkat Daerah Tahun ke-\t\tRealisasi Capaian Tahun ke-\t\tRasio Capaian pada tahun ke-\t
            \t2022\t2023\t2022\t2023\t2022\t2023
            IKU: Persentase Kontribusi Sektor UMKM terhadap pertumbuhan ekonomi\t0.06%\t0.07%\t0.07%\t0.08%\t116.7%\t114.28%
            IKK: Meningkatnya Koperasi yang berkualitas\t12%\t12%\t13.65%\t14.13%\t113.75%\t117.75%
            """),
            RuleExample(.depok, """
            Tabel T-C.23 Pencapaian Kinerja Pelayanan Perangkat Daerah

            \tIndikator Kinerja
            \tTarget 2019
            \tTarget 2020
            \tRealisasi 2019
            \tRealisasi 2020
            \tRasio Capaian 2019
            \tRasio Capaian 2020

            \tPresentase Wirausaha Baru
            \t0.11%
            \t0.14%
            \t0.08%
            \t0.10%
            \t72.73%
            \t73.16%
            """),
            RuleExample(.semarang, """
            Tabel 2.3 REVIEW PENCAPAIAN KINERJA PELAYANAN DINAS KOPERASI DAN USAHA MIKRO

            NO\tIndikator Kinerja\tTarget Tahun\t\tRealisasi Capaian Tahun\t\tRasio Capaian pada Tahun\t
            \t\t2012\t2013\t2012\t2013\t2012\t2013
            1\tProsentase Koperasi aktif (2010-2015)\t75%\t75%\t78,62%\t78,72%\t104,83 %\t104,96 %
            2\tJumlah UKM non BPR/LKM UKM\t10.587\t10.799\t11.208\t11.383\t105,86\t105,41
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        ratioFindings(in: document, denominator: .target,
                      ratioName: Localized(id: "Rasio capaian", en: "achievement ratio"),
                      denominatorName: Localized(id: "target", en: "target"))
    }
}
