import Testing
import Ingest
import TestSupport

/// The Depok corpus, read table by table.
enum DepokCorpus {
    static var document: RenstraDocument { Corpus.depok.document }

    /// The table with this caption label whose title starts with `title` (labels repeat: two `Tabel d`).
    static func table(_ label: String?, title: String = "") -> Table {
        let matches = document.tables.filter { $0.caption?.label == label && ($0.caption?.title ?? "").hasPrefix(title) }
        precondition(matches.count == 1, "expected one table \(label ?? "-") \(title), found \(matches.count)")
        return matches[0]
    }

    static var fundingTable: Table { table(nil, title: "Program Kegiatan disertai Pendanaan") }

    /// The body row whose label cell (`column`) is `label`.
    static func row(_ table: Table, _ label: String, column: Int = 0) -> Row? {
        table.rows.first { $0[column]?.text == label }
    }
}

@Suite struct DepokDocumentTests {
    let document = DepokCorpus.document

    @Test func layoutAndMetadata() {
        #expect(document.layout == .depok)
        #expect(document.metadata.period?.start == 2021)
        #expect(document.metadata.period?.end == 2026)
        #expect(document.metadata.period?.line == 3)
        #expect(document.metadata.city == "Kota Depok")
        #expect(document.metadata.agency == "DINAS KOPERASI DAN USAHA MIKRO")
    }

    @Test func kindIsRenstra() {
        // "Perubahan" appears only in legal references of the front matter (lines 38–40).
        #expect(document.metadata.kind == .renstra)
    }

    @Test func tablesInReadingOrder() {
        let names = document.tables.map { $0.caption?.label ?? "(\($0.caption?.title.prefix(9) ?? ""))" }
        #expect(names == ["Tabel a", "Tabel b", "Tabel c", "Tabel d", "Tabel d", "Tabel e", "Tabel f", "Tabel 2.4",
                          "Tabel 3.1", "Tabel 3.3", "(Telaahan )", "Tabel 3.4", "Tabel 4.2", "Tabel T-C.26",
                          "(Program K)", "Tabel 7.1", "Tabel 7.2", "Tabel T-C.23", "Tabel T-C.24"])
        let starts = document.blocks.map(\.lines.first)
        #expect(starts == starts.sorted())
    }

    @Test func tablesKeepTheirChapter() {
        #expect(DepokCorpus.table("Tabel c").chapter == "BAB II")
        #expect(DepokCorpus.fundingTable.chapter == "BAB VI")
        #expect(DepokCorpus.table("Tabel 7.2").chapter == "BAB VII")
    }

    @Test func chapterHeadingAfterTableStaysAHeading() {
        // Tabel T-C.26's last cell runs straight into ` BAB VI` on line 1318.
        #expect(DepokCorpus.table("Tabel T-C.26").lines.last == 1317)
        #expect(document.headings.contains { $0.number == "VI" && $0.lines.first == 1318 })
    }

    @Test func everyCellLineHoldsTheCellsFirstWord() {
        let source = Corpus.depok.source
        var checked = 0
        for table in document.tables {
            for row in table.headerRows + table.rows {
                for cell in row.cells where !cell.isBlank {
                    let firstWord = String(cell.text.prefix { $0 != " " })
                    #expect(source.line(cell.line).containsLiteral(firstWord), "line \(cell.line): \(cell.text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 2000)
    }

    @Test func everyNonBlankLineIsPlacedOrReported() {
        var placed = Set(document.uninterpreted.map(\.line))
        for block in document.blocks { placed.formUnion(block.lines.first...block.lines.last) }
        let unplaced = document.source.lines.indices.filter { !placed.contains($0 + 1) && !document.source.lines[$0].trimmingWhitespace().isEmpty }
        #expect(unplaced.isEmpty)
    }
}

@Suite struct DepokStaffTableTests {
    static func counts(_ table: Table) -> [Double] { table.rows.dropLast().compactMap { $0[2]?.quantity?.value } }
    static func total(_ table: Table) -> Cell? { table.rows.last.flatMap { $0[1]?.text == "Jumlah" ? $0[2] : nil } }

    @Test func tabelAGender() {
        let table = DepokCorpus.table("Tabel a")
        #expect(table.caption?.title == "Data PNS berdasarkan Jenis Kelamin")
        #expect(table.columns.map(\.role) == [.rowNumber, .other, .other])
        #expect(table.rows.map { $0[0]?.text } == ["1.", "2.", ""])
        #expect(table.rows[0][0]?.quantity == nil)
        #expect(table.rows[0][1]?.text == "Laki – Laki")
        #expect(Self.counts(table) == [20, 14])
        #expect(table.rows[0][2]?.quantity?.unit == "Orang")
        #expect(Self.total(table)?.quantity?.value == 34)
        #expect(Self.total(table)?.line == 374)
    }

    @Test func tabelBStatus() {
        let table = DepokCorpus.table("Tabel b")
        #expect(table.rows.map { $0[1]?.text } == ["PNS", "NON PNS", "Jumlah"])
        #expect(Self.counts(table) == [34, 26])
        #expect(Self.total(table)?.quantity?.value == 60)
    }

    @Test func tabelCEducationAddsUpTo34() {
        let table = DepokCorpus.table("Tabel c")
        // `No.` is written without its tab, on the line after an empty cell line.
        #expect(table.headerRows[0].cells[0].text == "No.")
        #expect(table.headerRows[0].cells[0].line == 400)
        #expect(table.headerRows[0].cells[0].lines == [399, 400])
        #expect(table.columns[0].role == .rowNumber)
        #expect(Self.counts(table) == [5, 18, 5, 6, 0])
        #expect(Self.counts(table).reduce(0, +) == 34)
        #expect(Self.total(table)?.quantity?.value == 34)
        #expect(Self.total(table)?.quantity?.spelling == "34  Orang")
        #expect(table.rows[4][2]?.line == 422)
    }

    @Test func twoTablesLabelledD() {
        let grades = DepokCorpus.table("Tabel d", title: "Data PNS berdasarkan golongan")
        #expect(grades.caption?.lines.first == 430)
        #expect(Self.counts(grades) == [6, 25, 3, 0])
        #expect(Self.total(grades)?.quantity?.value == 34)
        let positions = DepokCorpus.table("Tabel d", title: "Data Pegawai berdasarkan jabatan struktural")
        #expect(Self.counts(positions) == [1, 1, 3, 8, 0])
        #expect(Self.total(positions)?.quantity?.value == 13)
    }

    @Test func tabelETotalAsPrinted() {
        // The rows add up to 19; the printed total says 12 (a rule reports it, the ingester keeps both).
        let table = DepokCorpus.table("Tabel e")
        #expect(table.caption?.lines.first == 489)
        #expect(Self.counts(table) == [1, 5, 13])
        #expect(Self.total(table)?.quantity?.value == 12)
        #expect(Self.total(table)?.line == 508)
    }

    @Test func tabelFPerDivision() {
        let table = DepokCorpus.table("Tabel f")
        #expect(Self.counts(table) == [10, 8, 9, 5])
        #expect(Self.total(table)?.quantity?.value == 34)
        #expect(table.rows[1][2]?.line == 523)
    }
}
