import Ingest

/// Flags a column-number row (`(1) (2) … (13) (15)`) whose numbers skip or repeat: reviewers refer to
/// columns by these numbers, so a gap or a repeat makes every reference after it ambiguous.
struct ColumnNumberSequenceRule: Rule {
    static let description = RuleDescription(
        id: "NUM001",
        family: .numbering,
        severity: .error,
        title: Localized(id: "Nomor kolom melompat atau berulang",
                         en: "Column numbers skip or repeat"),
        rationale: Localized(
            id: "Baris nomor kolom ((1), (2), …) dipakai untuk merujuk kolom tabel. Nomor yang melompat atau berulang menandakan kolom yang hilang, tersisip, atau salah nomor, sehingga rujukan ke kolom menjadi tidak jelas.",
            en: "The column-number row ((1), (2), …) is how columns are referred to. A skipped or repeated number means a column was dropped, inserted or misnumbered, so references to columns become ambiguous."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\t2025\t2026
            ↓(1)\t(2)\t(3)\t(5)\t(6)
            1.\tPersentase Koperasi Aktif\t%\t20\t21
            """),
            RuleExample(.depok, """
            Tabel 7.1: Indikator Kinerja

            \tNo
            \tIndikator
            \tTAHUN 2022
            \tTAHUN 2023

            ↓\t1
            \t2
            \t4
            \t5

            \t1.
            \tPersentase Koperasi Aktif
            \t20
            \t21
            """),
            RuleExample(.semarang, """
            **Tabel 7.1**
            **INDIKATOR KINERJA PERANGKAT DAERAH**

            No\tIndikator\tSatuan\t2017\t2018
            ↓1\t2\t4\t5\t6
            1\tPersentase koperasi aktif\t%\t79\t88
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 4.4 Indikator Kinerja Utama

            NO\tINDIKATOR\tSATUAN\t2025\t2026
            (1)\t(2)\t(3)\t(4)\t(5)
            1.\tPersentase Koperasi Aktif\t%\t20\t21
            """),
            RuleExample(.semarang, """
            **Tabel 7.1**
            **INDIKATOR KINERJA PERANGKAT DAERAH**

            No\tIndikator\tSatuan\t2017\t2018
            1\t2\t3\t4\t5
            1\tPersentase koperasi aktif\t%\t79\t88
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.tables.flatMap { table -> [Finding] in
            guard let row = table.columnNumberRow, row.numbers.count >= 3 else { return [] }
            // Columns found from the spacing of layout text may split or join a number cell: a guess, so a warning.
            let guessed = table.readingIsReconstructed
            return anomalies(in: row.numbers).map { anomaly in
                finding(in: document, line: row.line, table: table.displayName,
                        message: guessed ? anomaly.message.appending(Localized.reconstructedTableNote) : anomaly.message,
                        expected: "(\(anomaly.expected))", found: "(\(anomaly.found))",
                        subject: "\(anomaly.previous)->\(anomaly.found)", severity: guessed ? .warning : nil)
            }
        }
    }

    struct Anomaly {
        var previous: Int
        var expected: Int
        var found: Int

        var message: Localized {
            if found <= previous {
                return Localized(id: "Nomor kolom (\(found)) muncul lagi atau mundur setelah (\(previous)); seharusnya (\(expected)).",
                                 en: "Column number (\(found)) repeats or goes back after (\(previous)); expected (\(expected)).")
            }
            let missing = (expected..<found).map { "(\($0))" }.joined(separator: ", ")
            return Localized(id: "Nomor kolom melompat dari (\(previous)) ke (\(found)); nomor \(missing) tidak ada.",
                             en: "Column numbers skip from (\(previous)) to (\(found)); \(missing) is missing.")
        }
    }

    /// Each number should be its predecessor plus one.
    func anomalies(in numbers: [Int]) -> [Anomaly] {
        zip(numbers, numbers.dropFirst()).compactMap { previous, current in
            current == previous + 1 ? nil : Anomaly(previous: previous, expected: previous + 1, found: current)
        }
    }
}
