import Ingest

/// Flags a blank ratio cell whose value, realisation ÷ target (or budget) × 100, stands in another
/// column of the same row: the row's cells were shifted, so that column now holds a wrong figure.
/// A blank ratio without such evidence is left alone (an omission is not an inconsistency).
struct RatioInOtherColumnRule: Rule {
    static let description = RuleDescription(
        id: "RAT005",
        family: .ratios,
        severity: .warning,
        title: Localized(id: "Rasio kosong, nilainya bergeser ke kolom lain",
                         en: "Ratio cell blank, its value shifted into another column"),
        rationale: Localized(
            id: "Bila sel rasio sebuah tahun kosong padahal realisasi dan target/anggarannya ada, dan nilai rasio itu justru tercetak di kolom lain pada baris yang sama, isi baris telah bergeser kolom. Kolom tujuan (misalnya rata-rata pertumbuhan) menjadi salah dan rasio tahun itu hilang.",
            en: "When a year's ratio cell is blank although its realisation and target or budget are given, and that ratio is printed in another column of the same row, the row's cells have shifted. The receiving column (an average growth, say) is wrong and the year's ratio is lost."),
        triggering: [
            RuleExample(.bekasi, bekasiHeader + """
            ↓Program Pengembangan UMKM\t1.450.000.000\t1.600.000.000\t1.392.551.200\t1.574.820.000\t96,04\t\t98,43
            """),
            RuleExample(.semarang, semarangHeader + """
            ↓2.8\tProg. Penguatan Kelembagaan Koperasi\t\t1.107.764.000\t\t1.066.266.500\t\t\t\t96
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, bekasiHeader + """
            Program Pengembangan UMKM\t1.450.000.000\t1.600.000.000\t1.392.551.200\t1.574.820.000\t96,04\t\t10,34
            """),
            RuleExample(.semarang, semarangHeader + """
            2.8\tProg. Penguatan Kelembagaan Koperasi\t\t1.107.764.000\t\t1.066.266.500\t\t96\t\t
            """),
        ])

    /// The opening lines (caption, header, identical cells) the Bekasi examples share.
    private static let bekasiHeader = """
        Tabel 2.9 Anggaran dan Realisasi Pendanaan Pelayanan Perangkat Daerah

        Uraian\tAnggaran pada Tahun ke-\t\tRealisasi Anggaran pada Tahun ke-\t\tRasio antara Realisasi dan Anggaran Tahun ke-\t\tRata-rata Pertumbuhan
        \t2023\t2024\t2023\t2024\t2023\t2024\t

        """

    /// The opening lines (caption, header, identical cells) the Semarang examples share.
    private static let semarangHeader = """
        TABEL 2.4 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN DINAS KOPERASI DAN USAHA MIKRO KOTA SEMARANG

        NO\tUraian\tAnggaran pada Tahun\t\tRealisasi Anggaran Tahun\t\tRasio antara Realisasi dan Anggaran Tahun ( % )\t\tRata-Rata Pertumbuhan (%)\t
        \t\t2015\t2016\t2015\t2016\t2015\t2016\tAnggaran\tRealisasi
        2.7\tProg. Peningkatan Kualitas Kelembagaan Koperasi\t2.016.918.000\t1.897.581.000\t1.971.056.300\t1.851.380.683\t97\t97\t74\t79

        """

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.tables.flatMap { table -> [Finding] in
            let sets = [Measure.target, .budget].flatMap { RatioColumns.sets(in: table, denominator: $0) }
                .filter { $0.ratio != nil }
            guard !sets.isEmpty else { return [] }
            let describedColumns = Set(table.columns.filter { ![.other, .total, .remarks].contains($0.role) }.map(\.index))
            return RatioColumns.alignedRows(of: table).flatMap { row in
                RatioColumns.figures(of: row, in: sets).compactMap { figures -> Finding? in
                    guard figures.ratio?.isBlank ?? true, let numerator = figures.numerator.quantity,
                          let denominator = figures.denominator.quantity else { return nil }
                    return shifted(ratioOf: numerator, over: denominator, in: row, outside: describedColumns)
                        .map { finding(for: $0, figures: figures, row: row, table: table, in: document) }
                }
            }
        }
    }

    /// A cell of a column that is neither a year figure nor a name, code or unit (an average, a total,
    /// remarks) whose value is the ratio of `numerator` over `denominator`.
    private func shifted(ratioOf numerator: Quantity, over denominator: Quantity, in row: Row,
                         outside describedColumns: Set<Int>) -> (cell: Cell, column: Int, ratio: PrintedRatio)? {
        for (index, cell) in row.cells.enumerated() where !describedColumns.contains(index) {
            guard let printed = cell.quantity, printed.kind == .number || printed.kind == .percent,
                  let ratio = PrintedRatio(printed: printed, numerator: numerator, denominator: denominator),
                  ratio.verdict(numeratorIsRounded: true) == .consistent else { continue }
            return (cell, index, ratio)
        }
        return nil
    }

    private func finding(for shift: (cell: Cell, column: Int, ratio: PrintedRatio), figures: RatioRowFigures, row: Row,
                         table: Table, in document: RenstraDocument) -> Finding {
        let year = figures.year
        let name = RatioColumns.rowName(row, in: table)
        let header = table.column(at: shift.column)?.header ?? "\(shift.column + 1)"
        let value = shift.ratio.printed.printed
        let computed = Localized.number(shift.ratio.computed, decimals: max(shift.ratio.printed.decimals, 2))
        let arithmetic = shift.ratio.numerator.printed + " ÷ " + shift.ratio.denominator.printed + " × 100 = " + computed
        let line = figures.ratio?.line ?? row.lines.first
        return finding(
            in: document, line: line, endLine: shift.cell.line, table: table.displayName,
            message: Localized(
                id: "Rasio \(year) \"\(name)\" kosong, padahal \(arithmetic.id); angka \(value.id) justru tercetak di kolom \"\(header)\". Isi baris tampaknya bergeser kolom, sehingga kolom itu salah dan rasio \(year) hilang.",
                en: "The \(year) ratio of \"\(name)\" is blank although \(arithmetic.en); the figure \(value.en) is printed in the column \"\(header)\" instead. The row's cells seem shifted, so that column is wrong and the \(year) ratio is missing."),
            expected: value, found: value + " → \(header)", subject: "\(NameNormalizer.normalize(row.label))|\(year)")
        .citing([.cell(shift.cell, .wrong, table: table.displayName, column: shift.column, header: table.column(at: shift.column)?.header)]
                + figures.operandEvidence(table: table.displayName))
    }
}
