import Ingest

/// Flags a percentage above 100 for an indicator that measures a share of a whole
/// (`Persentase koperasi aktif`), which cannot exceed 100%.
struct PercentageAboveHundredRule: Rule {
    static let description = RuleDescription(
        id: "VAL005",
        family: .values,
        severity: .warning,
        title: Localized(id: "Persentase bagian melebihi 100%", en: "Share percentage above 100%"),
        rationale: Localized(
            id: "Indikator \"Persentase …\", \"Proporsi …\" atau \"Cakupan …\" yang menyatakan bagian dari keseluruhan (koperasi aktif dari seluruh koperasi, pelaku usaha yang dibina dari seluruh yang dibina) tidak dapat melebihi 100%. Indikator pertumbuhan, peningkatan, laju, rasio, indeks, capaian, realisasi atau kontribusi terhadap pertumbuhan boleh melebihi 100% dan tidak diperiksa. Nama indikator dibaca dengan aturan kata, sehingga temuan ini peringatan.",
            en: "An indicator \"Persentase …\", \"Proporsi …\" or \"Cakupan …\" that states a share of a whole (active cooperatives among all cooperatives, coached businesses among all coached) cannot exceed 100%. Growth, increase, rate, ratio, index, achievement or realisation indicators may exceed 100% and are not checked. The indicator name is read by word rules, hence a warning."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\tTARGET 2025\tTARGET 2026\tTARGET 2027
            ↓1.\tPersentase Koperasi Aktif\tPersen\t95\t100\t105
            2.\tPersentase Peningkatan Volume Usaha Koperasi\tPersen\t110\t120\t130
            """),
            RuleExample(.semarang, """
            **Tabel 7.2**
            **INDIKATOR KINERJA PELAYANAN**

            No\tIndikator Kinerja Pelayanan\tSatuan\tTarget Capaian Setiap Tahun\t\t
            \t\t\t2019\t2020\t2021
            ↓5\tProsentase koperasi aktif\t%\t88,4\t188,5\t88,6
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\tTARGET 2025\tTARGET 2026\tTARGET 2027
            1.\tPersentase Koperasi Aktif\tPersen\t95\t100\t100
            2.\tIndeks Profesionalitas ASN\tNilai\t83\t200\t83
            3.\tPersentase Capaian Kinerja Keuangan\tPersen\t98\t101\t102
            """),
        ])

    static let shareWords: Set<String> = ["persentase", "prosentase", "presentase", "proporsi", "cakupan"]
    static let unboundedWords: Set<String> = [
        "pertumbuhan", "peningkatan", "kenaikan", "penurunan", "perubahan", "laju", "rasio", "indeks", "capaian",
        "realisasi", "perbandingan", "nilai", "volume",
    ]

    /// The indicator states a share of a whole: a share word and no growth/ratio/index word.
    static func isShare(_ name: String) -> Bool {
        let words = Set(NameNormalizer.normalize(name).pieces(separatedBy: " ").map(String.init))
        return !words.isDisjoint(with: shareWords) && words.isDisjoint(with: unboundedWords)
    }

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        context.facts(of: document).indicatorSeries(.ownValues).compactMap { series -> Finding? in
            // The figures first: most series have none above 100, and their names need not be read.
            let over = series.points.filter { point in
                (series.isPercent || point.quantity.kind == .percent) && point.value > 100 + point.quantity.roundingHalfUnit
            }
            guard let first = over.first, Self.isShare(series.name) else { return nil }
            let listed = over.map { Localized.compactNumber($0.value) + "% (\($0.year))" }.joined(separator: ", ")
            return finding(
                in: document, line: first.cell.line, endLine: over.last!.cell.lines.last, table: series.table,
                message: Localized(
                    id: "Indikator \"\(series.name.shortened)\" menyatakan bagian dari keseluruhan, tetapi targetnya \(listed.id); bagian tidak dapat melebihi 100%.",
                    en: "Indicator \"\(series.name.shortened)\" states a share of a whole, but its target is \(listed.en); a share cannot exceed 100%."),
                expected: Localized("≤ 100%"), found: listed,
                subject: "\(NameNormalizer.normalize(series.name))|\(first.year)")
        }
    }
}

extension PercentageAboveHundredRule: ReadsSharedFacts {
    static let sharedFacts: [DocumentFacts.SharedFact] = [.ownValueSeries]
}
