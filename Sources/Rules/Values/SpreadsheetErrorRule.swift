import Ingest

/// Flags spreadsheet error values (`#DIV/0!`, `#REF!`, `#VALUE!`, `#N/A`…) printed in a table cell or a
/// sentence: the figure was never computed, so the document states no value there.
struct SpreadsheetErrorRule: Rule {
    static let description = RuleDescription(
        id: "VAL001",
        family: .values,
        severity: .error,
        title: Localized(id: "Galat lembar kerja tercetak di dokumen",
                         en: "Spreadsheet error printed in the document"),
        rationale: Localized(
            id: "Nilai seperti #DIV/0!, #REF! atau #VALUE! adalah pesan galat dari lembar kerja (Excel) yang ikut tersalin ke dokumen. Sel itu tidak memuat angka sama sekali: rumusnya membagi dengan nol atau merujuk sel yang hilang. Isi dengan nilai yang benar, atau \"-\" bila memang tidak ada.",
            en: "Values such as #DIV/0!, #REF! or #VALUE! are spreadsheet (Excel) error messages copied into the document. The cell holds no figure at all: its formula divided by zero or referred to a missing cell. Put the right value there, or \"-\" when there is none."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 2.8 Capaian Kinerja

            NO\tINDIKATOR\tTARGET 2024\tREALISASI 2024\tRASIO 2024
            1.\tPersentase Koperasi Aktif\t20\t21\t105%
            ↓2.\tPersentase Koperasi Sehat\t-\t-\t#DIV/0!
            """),
            RuleExample(.depok, """
            ↓Rasio realisasi tahun 2020 tercatat #DIV/0! karena anggaran kosong.

            ↓Pengawasan Usaha Mikro 124,804,000.00 Rp 200,000,000.00 Rp #DIV/0! 39.22% 80.78%
            """),
            RuleExample(.semarang, """
            **Tabel 2.3**

            No\tIndikator\tTarget 2015\tRealisasi 2015\tRasio 2015
            1\tProsentase Koperasi aktif\t75\t77,2\t102,93
            ↓2\tJumlah UMKM\t0\t0\t#DIV/0!
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.8 Capaian Kinerja

            NO\tINDIKATOR\tTARGET 2024\tREALISASI 2024\tRASIO 2024
            1.\tPersentase Koperasi Aktif\t20\t21\t105%
            2.\tPersentase Koperasi Sehat\t-\t-\t-
            """),
            RuleExample(.semarang, """
            ### 2.2.2. Perlengkapan

            Pengadaan dilakukan melalui katalog elektronik #2 milik LKPP.
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var reportedLines = Set<Int>()
        let facts = context.facts(of: document)
        for located in TableCells.cells(in: document, where: { !Self.errors(in: $0).isEmpty }) {
            for error in Self.errors(in: located.cell) where reportedLines.insert(located.cell.line).inserted {
                let place = located.place
                findings.append(finding(
                    in: document, line: located.cell.line, endLine: located.cell.lines.last, table: located.tableName,
                    message: Self.message(error, at: place), found: error,
                    subject: "\(NameNormalizer.normalize(located.row.label))|\(located.column)|\(error)"))
            }
        }
        // A run of `#` in running text is a markdown heading mark, not Excel's "#####" for a narrow column.
        for occurrence in facts.proseQuantities(where: { $0.containsByte(where: { $0 == UInt8(ascii: "#") }) })
        where occurrence.quantity.kind == .spreadsheetError && !occurrence.quantity.spelling.allSatisfy({ $0 == "#" })
            && reportedLines.insert(occurrence.line).inserted {
            let error = occurrence.quantity.spelling
            findings.append(finding(
                in: document, line: occurrence.line,
                message: Self.message(error, at: Localized(id: "teks", en: "text")), found: error,
                subject: "text|\(error)"))
        }
        return findings
    }

    /// The error spellings in a cell: its parsed value, or the tokens of a cell holding several figures.
    static func errors(in cell: Cell) -> [String] {
        if let quantity = cell.quantity {
            return quantity.kind == .spreadsheetError ? [quantity.spelling] : []
        }
        guard cell.text.containsLiteral("#") else { return [] }
        return TextQuantities.quantities(in: cell.text).filter { $0.kind == .spreadsheetError }.map(\.spelling)
    }

    static func message(_ error: String, at place: Localized) -> Localized {
        let cause = error.uppercased().hasPrefix("#DIV/0")
            ? Localized(id: "pembagian dengan nol (penyebutnya kosong atau nol)", en: "a division by zero (an empty or zero denominator)")
            : Localized(id: "rumus lembar kerja yang gagal", en: "a failed spreadsheet formula")
        return Localized(
            id: "Galat lembar kerja \(error) tercetak di \(place.id): hasil \(cause.id), bukan nilai. Isi dengan angka yang benar atau \"-\".",
            en: "Spreadsheet error \(error) printed in \(place.en): the result of \(cause.en), not a value. Put the right figure or \"-\" there.")
    }
}
