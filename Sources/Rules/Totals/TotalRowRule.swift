import Ingest

/// Flags a `Jumlah`/`Total` row whose figure in a column differs from the sum of the rows above it.
/// Tables that list parents and their children (a programme followed by its kegiatan) are read as
/// such: a row equal to the sum of the rows right below it is a subtotal and its children are not
/// counted twice.
struct TotalRowRule: Rule {
    static let description = RuleDescription(
        id: "TOT001",
        family: .totals,
        severity: .error,
        title: Localized(id: "Baris jumlah ≠ jumlah baris di atasnya",
                         en: "Total row differs from the sum of the rows above"),
        rationale: Localized(
            id: "Baris Jumlah/Total menyatakan jumlah baris-baris di atasnya pada setiap kolom angka. Selisih berarti ada baris yang terlewat, angka yang salah ketik, atau total yang tidak diperbarui.",
            en: "A Jumlah/Total row states the sum of the rows above it in every numeric column. A difference means a row was left out, a figure mistyped, or the total not updated."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 2.1 Data Sumber Daya Manusia

            NO\tJENJANG PENDIDIKAN\tPNS\tPPPK
            1\tSLTA\t6\t5
            2\tD3\t1\t-
            3\tStrata I\t8\t13
            ↓\tJUMLAH\t16\t18
            """),
            RuleExample(.depok, """
            Tabel e. Data Pegawai berdasarkan pendidikan penjenjangan
            \tNo.
            \tPendidikan Penjenjangan
            \tJumlah Pegawai

            \t1.
            \tDiklatpim III
            \t1 Orang

            \t2.
            \tDiklatpim IV
            \t5 Orang

            \t3.
            \tBelum Diklat
            \t13 Orang

            \t
            \tJumlah
            ↓\t12 Orang
            """),
            RuleExample(.semarang, """
            **Tabel 2.3**
            **Struktur Esselon Menurut Jenis Kelamin**

            ESSELON\tPRIA\tWANITA\tJUMLAH
            Esselon II\t\t1 orang\t1 orang
            Esselon III\t3 orang\t2 orang\t5 orang
            ↓<b>JUMLAH</b>\t4 orang\t3 orang\t6 orang
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.1 Data Sumber Daya Manusia

            NO\tJENJANG PENDIDIKAN\tPNS\tPPPK
            1\tSLTA\t6\t5
            2\tD3\t1\t-
            3\tStrata I\t8\t13
            \tJUMLAH\t15\t18
            """),
            RuleExample(.semarang, """
            **Tabel 2.3**
            **Struktur Esselon Menurut Jenis Kelamin**

            ESSELON\tPRIA\tWANITA\tJUMLAH
            Esselon II\t\t1 orang\t1 orang
            Esselon III\t3 orang\t2 orang\t5 orang
            <b>JUMLAH</b>\t3 orang\t3 orang\t6 orang
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.tables.flatMap { check($0, in: document, context) }
    }

    func check(_ table: Table, in document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var passed: [Int] = []
        var start = 0
        for (index, row) in table.rows.enumerated() where TableFigures.isTotalRow(row) {
            let parts = table.rows[start..<index].filter(TableFigures.hasFigures)
            start = index + 1
            guard parts.count >= 2, row.alignedToColumns, parts.allSatisfy(\.alignedToColumns) else { continue }
            for (column, cell) in row.cells.enumerated() {
                guard let stated = cell.quantity, stated.value != nil, stated.kind != .percent,
                      TableFigures.isAdditive(table.column(at: column)) else { continue }
                let addends = parts.map { TableFigures.addend($0, column) }
                guard addends.allSatisfy({ $0 != nil }) else { continue }
                let values = addends.map { $0! }
                let check = SumCheck(stated: stated, parts: values)
                guard let mismatch = check.mismatch(relativeTolerance: context.relativeTolerance),
                      !Self.isHierarchyTotal(stated: check, values: values, context: context) else {
                    passed.append(cell.line)
                    continue
                }
                let header = table.column(at: column)?.header ?? "kolom \(column + 1)"
                let label = table.displayName
                findings.append(finding(
                    in: document, line: cell.line, endLine: cell.lines.last, table: label,
                    message: Localized(
                        id: "Baris jumlah kolom \"\(header)\" menyatakan \(mismatch.foundText.id), sedangkan \(parts.count) baris di atasnya berjumlah \(mismatch.expectedText.id) (selisih \(mismatch.differenceText.id)).",
                        en: "The total row states \(mismatch.foundText.en) in column \"\(header)\", while the \(parts.count) rows above sum to \(mismatch.expectedText.en) (difference \(mismatch.differenceText.en))."),
                    expected: mismatch.expectedText, found: mismatch.foundText,
                    subject: "\(label)|\(NameNormalizer.normalize(header))|\(index)")
                    .citing([.cell(cell, .wrong, table: label, column: column, header: header)]
                        + parts.compactMap { part in
                            part[column].flatMap { $0.isBlank ? nil : .cell($0, .operand, table: label, column: column, header: header) }
                        }))
            }
        }
        return ReadingCorroboration(document).reportable(findings, at: \.line, passedAt: passed, in: table)
    }

    /// The rows form parents and children (each parent equal to the sum of the rows right below it)
    /// and the stated total equals the sum of the parents.
    static func isHierarchyTotal(stated: SumCheck, values: [Quantity], context: RuleContext) -> Bool {
        guard let topLevel = SubtotalRuns(values, relativeTolerance: context.relativeTolerance).topLevel() else { return false }
        return SumCheck(stated: stated.stated, parts: topLevel).mismatch(relativeTolerance: context.relativeTolerance) == nil
    }
}
