import Ingest

/// Flags a row whose `Jumlah`/`Total` column differs from the sum of the row's other figures
/// (e.g. P + W per golongan against JUMLAH). The total column is checked only when it holds for most
/// rows: when it holds for none, the header does not line up with the data and no row can be judged.
struct TotalColumnRule: Rule {
    static let description = RuleDescription(
        id: "TOT002",
        family: .totals,
        severity: .error,
        title: Localized(id: "Kolom jumlah ≠ jumlah kolom-kolom di barisnya",
                         en: "Total column differs from the sum of the row's figures"),
        rationale: Localized(
            id: "Kolom Jumlah/Total pada sebuah baris adalah jumlah angka-angka rinciannya pada baris yang sama. Bila sebagian besar baris cocok tetapi satu baris tidak, angka di baris itu salah.",
            en: "A Jumlah/Total column holds the sum of the row's detail figures. When most rows add up but one does not, a figure in that row is wrong."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 2.5 Penempatan Pegawai Berdasarkan Tingkat Pendidikan

            NO\tBidang\tSMA\tD3\tS1\tTotal
            1\tSekretariat\t4\t-\t9\t13
            ↓2\tKoperasi\t1\t1\t4\t7
            3\tUsaha Mikro\t3\t-\t4\t7
            """),
            RuleExample(.semarang, """
            **Tabel 2.1**
            **Jumlah Pegawai Menurut Golongan**

            BIDANG\tGOL I\t\tGOL II\t\tJUMLAH
            \tP\tW\tP\tW\t
            Sekretariat\t0\t0\t1\t1\t2
            ↓Perizinan\t0\t1\t1\t1\t4
            Pengawasan\t0\t0\t0\t1\t1
            """),
            RuleExample(.depok, """
            Tabel f. Data PNS Per Bidang
            \tNo.
            \tBidang
            \tPria
            \tWanita
            \tJumlah

            \t1.
            \tSekretariat
            \t4
            \t6
            \t10

            \t2.
            \tBidang Koperasi
            \t5
            \t3
            \t8

            \t3.
            \tBidang Usaha Mikro
            \t4
            \t4
            ↓\t9
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.2 Data PNS Berdasarkan Bidang dan Golongan

            NO\tGOLONGAN\t\t\tTotal\t
            \tBidang\tIV\tIII\t\tII
            1\tSekretariat\t3\t4\t2\t9
            2\tKoperasi\t1\t4\t-\t5
            3\tUsaha Mikro\t-\t1\t1\t2
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let planTables = Set(document.allPlanNodes.map(\.table))
        return document.tables.flatMap { table -> [Finding] in
            guard !planTables.contains(table.displayName) else { return [] }
            return check(table, in: document, context)
        }
    }

    func check(_ table: Table, in document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        let rows = table.rows.filter { $0.alignedToColumns && TableFigures.hasFigures($0) }
        guard rows.count >= 2 else { return [] }
        for totalColumn in candidateTotalColumns(table, rows: rows) {
            let parts = (0..<totalColumn).filter { column in
                TableFigures.isAdditive(table.column(at: column))
                    && rows.contains { $0[column]?.quantity?.value != nil }
            }
            guard parts.count >= 2 else { continue }
            var checks: [(row: Row, stated: Cell, mismatch: SumCheck.Mismatch?)] = []
            for row in rows {
                guard let stated = row[totalColumn], let quantity = stated.quantity, quantity.value != nil else { continue }
                let addends = parts.map { TableFigures.addend(row, $0) }
                guard addends.allSatisfy({ $0 != nil }) else { continue }
                checks.append((row, stated, SumCheck(stated: quantity, parts: addends.map { $0! }).mismatch(relativeTolerance: context.relativeTolerance)))
            }
            let consistent = checks.filter { $0.mismatch == nil }.count
            guard checks.count >= 2, consistent * 2 > checks.count else { continue }
            let header = table.column(at: totalColumn)?.header ?? "Jumlah"
            let label = table.displayName
            return checks.compactMap { check -> Finding? in
                guard let mismatch = check.mismatch else { return nil }
                return finding(
                    in: document, line: check.stated.line, endLine: check.row.lines.last, table: label,
                    message: Localized(
                        id: "Kolom \"\(header)\" pada baris \"\(check.row.label)\" menyatakan \(mismatch.foundText.id), sedangkan rincian di baris itu berjumlah \(mismatch.expectedText.id) (selisih \(mismatch.differenceText.id)).",
                        en: "Column \"\(header)\" of row \"\(check.row.label)\" states \(mismatch.foundText.en), while the row's details sum to \(mismatch.expectedText.en) (difference \(mismatch.differenceText.en))."),
                    expected: mismatch.expectedText, found: mismatch.foundText,
                    subject: "\(label)|\(NameNormalizer.normalize(check.row.label))")
                .citing([.cell(check.stated, .wrong, table: label, column: totalColumn, header: header)]
                    + parts.compactMap { column in
                        check.row[column].flatMap { $0.isBlank ? nil : .cell($0, .operand, table: label, column: column,
                                                                            header: table.column(at: column)?.header) }
                    })
            }
        }
        return []
    }

    /// Columns headed `Jumlah`/`Total`, then the last column with figures (headers are often misaligned).
    func candidateTotalColumns(_ table: Table, rows: [Row]) -> [Int] {
        let headed = table.columns.filter { column in
            let words = NameNormalizer.normalize(column.header).pieces(separatedBy: " ")
            return column.role == .total || words.last == "jumlah" || words.last == "total"
        }.map(\.index)
        let lastWithFigures = (0..<(rows.map(\.cells.count).max() ?? 0)).last { column in
            rows.filter { $0[column]?.quantity?.value != nil }.count * 2 > rows.count
        }
        var candidates = headed
        if let lastWithFigures, !candidates.contains(lastWithFigures), !headed.isEmpty { candidates.append(lastWithFigures) }
        return candidates
    }
}
