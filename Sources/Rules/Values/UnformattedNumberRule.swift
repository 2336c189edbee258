import Ingest

/// Notes a large figure written without thousands separators (`30000000`) among figures that have them
/// (`1.234.567.000`): it reads correctly, but is easy to misread by a factor of ten.
struct UnformattedNumberRule: Rule {
    static let description = RuleDescription(
        id: "VAL007",
        family: .values,
        severity: .info,
        title: Localized(id: "Angka besar tanpa pemisah ribuan", en: "Large figure without thousands separators"),
        rationale: Localized(
            id: "Angka lima digit atau lebih yang ditulis tanpa titik ribuan (30000000) di antara angka yang diberi titik (1.234.567.000) mudah salah baca satu digit, dan biasanya tanda angka itu diketik ulang di luar rumus. Nilainya tetap dibaca apa adanya; temuan ini hanya info. Kolom yang seluruhnya tanpa pemisah (NIP, kode) tidak dilaporkan. Tabel ekspor mesin (CSV) dan tabel yang kolomnya dibangun dari spasi teks PDF tidak diperiksa: yang pertama memang menulis angka tanpa titik, yang kedua bisa merangkai potongan dua sel menjadi satu angka.",
            en: "A figure of five or more digits written without thousands dots (30000000) among figures that have them (1.234.567.000) is easy to misread by a digit, and usually means it was retyped outside the formula. Its value is read as written; this is info only. Columns written without separators throughout (civil-servant numbers, codes) are not reported. Machine exports (CSV) and tables whose columns were rebuilt from the spacing of PDF text are left out: the first write every figure bare, the second can join pieces of two cells into one figure."),
        triggering: [
            RuleExample(.bekasi, """
            Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan

            KEGIATAN\tINDIKATOR\tSATUAN\t2025\t\t2026\t
            \t\t\tT\tPAGU\tT\tPAGU
            Kegiatan Perencanaan\tJumlah Dokumen\tDokumen\t4\t8.998.000\t6\t20.000.000
            ↓Sub Kegiatan Penyusunan Dokumen Perencanaan\tJumlah Dokumen\tDokumen\t2\t30000000\t2\t10.000.000
            Sub Kegiatan Koordinasi Laporan Capaian Kinerja\tJumlah Laporan\tLaporan\t4\t8.998.000\t4\t10.000.000
            """),
            RuleExample(.depok, """
            Tabel 2.5. Realisasi Belanja Dinas Koperasi dan Usaha Mikro

            \tNo
            \tJenis Belanja
            \tRealisasi

            \t1
            \tBelanja Pegawai
            \tRp 5.418.307.112

            \t2
            \tBelanja Barang dan Jasa
            \tRp 2.104.559.300

            \t3
            \tBelanja Modal
            ↓\t30000000
            """),
        ],
        nonTriggering: [
            RuleExample(.bekasi, """
            Tabel 2.5 Daftar Pegawai

            NO\tNAMA\tNIP\tGAJI POKOK
            1.\tAndi\t196108311985032008\t4.250.000
            2.\tBudi\t197502142000121001\t3.980.000
            3.\tCitra\t198811052015032002\t3.100.000
            """),
        ])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        // A machine export (CSV) writes every figure bare: there is no convention to break. In a table rebuilt
        // from the spacing of PDF text, a bare figure is likelier pieces of two cells read as one (`177` and
        // the wrapped `00` of the amount beside it) than a figure written without its marks.
        document.tables.filter { $0.form != .delimited && !$0.readingIsReconstructed }.flatMap { table -> [Finding] in
            let conventions = Conventions(table)
            return conventions.unformatted.compactMap { located -> Finding? in
                guard let example = conventions.formattedSibling(of: located) else { return nil }
                let spelling = located.cell.quantity!.spelling
                let formatted = IndonesianNumberFormat.format(located.cell.quantity!.value!)
                return finding(
                    in: document, line: located.cell.line, endLine: located.cell.lines.last, table: located.tableName,
                    message: Localized(
                        id: "Angka \(spelling) di \(located.place.id) ditulis tanpa pemisah ribuan, sedangkan angka di sekitarnya memakainya (mis. \(example)); tulis \(formatted).",
                        en: "The figure \(spelling) in \(located.place.en) has no thousands separators while the figures around it do (e.g. \(example)); write \(formatted)."),
                    expected: formatted, found: spelling,
                    subject: "\(NameNormalizer.normalize(located.row.label))|\(located.column)|\(spelling)")
            }
        }
    }

    static func isLargeAmount(_ cell: Cell) -> Bool {
        guard let quantity = cell.quantity, let value = quantity.value else { return false }
        return abs(value) >= 10_000 && (quantity.kind == .number || quantity.kind == .money)
    }

    /// How a table's large figures are written, by column and by row, counted once for the table.
    struct Conventions {
        /// How many figures were grouped, and the first of them as an example.
        private struct Formatted {
            var count = 0
            var example = ""

            mutating func add(_ spelling: String) {
                if count == 0 { example = spelling }
                count += 1
            }
        }

        private var columnCounts: [Int: Int] = [:]
        private var columnFormatted: [Int: Formatted] = [:]
        private var rowFormatted: [Int: Formatted] = [:]
        /// The large figures written without separators, in reading order: the only cells kept.
        private(set) var unformatted: [LocatedCell] = []

        /// Read straight from the rows: a table's figures are counted, not kept.
        init(_ table: Table) {
            for row in table.rows {
                for (column, cell) in row.cells.enumerated() where UnformattedNumberRule.isLargeAmount(cell) {
                    let located = LocatedCell(table: table, row: row, column: column, cell: cell)
                    guard !TableCells.isIdentifierColumn(located.columnInfo) else { continue }
                    columnCounts[column, default: 0] += 1
                    guard !cell.quantity!.isUnformattedLargeNumber else {
                        unformatted.append(located)
                        continue
                    }
                    columnFormatted[column, default: Formatted()].add(cell.quantity!.spelling)
                    rowFormatted[row.lines.first, default: Formatted()].add(cell.quantity!.spelling)
                }
            }
        }

        /// A formatted figure that sets the convention around an unformatted cell: its column's, when the
        /// column has other large figures and most of them are grouped; otherwise its row's.
        func formattedSibling(of located: LocatedCell) -> String? {
            let others = columnCounts[located.column, default: 1] - 1
            let formatted = columnFormatted[located.column] ?? Formatted()
            if others > 0 {
                guard formatted.count >= 2, formatted.count > others - formatted.count else { return nil }
                return formatted.example
            }
            let row = rowFormatted[located.row.lines.first] ?? Formatted()
            return row.count >= 2 ? row.example : nil
        }
    }
}
