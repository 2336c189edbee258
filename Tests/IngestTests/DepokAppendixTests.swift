import Testing
import Ingest
import TestSupport

/// The appendix after BAB VIII: T-C.23 and T-C.24 as space-separated lines in US number format.
@Suite struct DepokAppendixTests {
    let performance = DepokCorpus.table("Tabel T-C.23")
    let budget = DepokCorpus.table("Tabel T-C.24")
    let uninterpreted = DepokCorpus.document.uninterpreted

    func reason(at line: Int) -> String? { uninterpreted.first { $0.line == line }?.reason }

    @Test func performanceTableCaptionAfterItsData() {
        #expect(performance.caption?.title == "Pencapaian Kinerja Pelayanan Perangkat Daerah Dinas Koperasi dan Usaha Mikro Kota Depok")
        #expect(performance.caption?.lines == LineSpan(2701, 2705))
        #expect(performance.lines == LineSpan(2675, 2725))
        #expect(performance.columnNumberRow?.numbers == Array(1...20))
        #expect(performance.columnNumberRow?.line == 2677)
        #expect(performance.headerRows[0].cells.count == 15)
        #expect(performance.headerRows[0].cells.allSatisfy { $0.line == 2675 })
        // Header words printed apart from their table: line 2699 and lines 2707–2725.
        #expect(performance.headerRows[1].cells.first?.line == 2699)
        #expect(performance.headerRows[1].cells.map(\.text).contains("NSPK"))
    }

    @Test func performanceColumns() {
        let roles = performance.columns.map(\.role)
        #expect(roles.prefix(5) == [.rowNumber, .indicator, .other, .other, .other])
        #expect(Array(roles[5...]) == [Measure.target, .realisation, .ratio].flatMap { measure in (2016...2020).map { ColumnRole.year($0, measure: measure) } })
    }

    @Test func performanceRows() {
        #expect(performance.rows.map { $0[0]?.text } == ["1", "2", "3", "4", "5", "6"])
        let active = DepokCorpus.row(performance, "Presentase Koperasi Aktif", column: 1)
        #expect(active?.cells.count == 20)
        #expect(active?[5]?.quantity?.value == 62.43)
        #expect(active?[10]?.quantity?.value == 62.52)
        #expect(active?[15]?.quantity?.value == 102.8)
        #expect(active?[19]?.line == 2681)
        let volume = DepokCorpus.row(performance, "Peningkatan Volume Usaha", column: 1)
        #expect(volume?[5]?.quantity?.value == 92.06)
        #expect(volume?[5]?.quantity?.unit == "M")
        #expect(volume?[10]?.quantity?.kind == .dash)
        // Row 6 is written over four lines: its number, two label lines, then the values.
        let certified = performance.rows[5]
        #expect(certified[0]?.line == 2689)
        #expect(certified[1]?.text == "Presentase Produk yang Tersertifikasi Legalitasnya")
        #expect(certified[1]?.lines == [2691, 2693])
        #expect(certified[19]?.quantity?.value == 75.32)
        #expect(certified.lines == LineSpan(2689, 2695))
    }

    @Test func gradedRowKeepsItsValuesUnaligned() {
        let akip = performance.rows[0]
        #expect(akip[1]?.text == "Nilai Evaluasi AKIP")
        #expect(akip.cells.dropFirst(2).map(\.text) == ["C", "CC", "CC", "B", "B", "CC", "B", "B", "B", "B"])
        #expect(reason(at: 2679) == "baris lampiran: jumlah nilai tidak sesuai kolom (10 nilai untuk 15 kolom nilai)")
    }

    @Test func budgetTableLabelInferredAndDisclosed() {
        #expect(budget.caption?.numberParts == ["T-C", "24"])
        #expect(budget.caption?.lines == LineSpan(2729))
        #expect(DepokCorpus.document.warnings.contains { $0.id.hasPrefix("Tabel T-C.24 tidak berjudul") && $0.id.hasSuffix("baris 760") })
        #expect(budget.columnNumberRow?.numbers == Array(1...18))
        #expect(budget.columns.map(\.role).first == .label)
        #expect(budget.columns[1].role == .year(2016, measure: .budget))
        #expect(budget.columns[10].role == .year(2020, measure: .realisation))
        #expect(budget.columns[11].role == .year(2016, measure: .ratio))
        #expect(budget.columns[16].header == "Rata-rata / Anggaran")
        #expect(reason(at: 2728) == "gambar tersemat; isinya (mis. kepala tabel) tidak ada dalam teks")
    }

    @Test func budgetRowsSplitIntoAmounts() {
        #expect(budget.rows.count == 53)
        let office = DepokCorpus.row(budget, "Program Pelayanan Administrasi Perkantoran")
        #expect(office?.cells.count == 18)
        #expect(office?[1]?.quantity?.value == 1_179_513_000)
        #expect(office?[1]?.quantity?.spelling == "1,179,513,000.00 Rp")
        #expect(office?[1]?.quantity?.reading == .english)
        #expect(office?[11]?.quantity?.value == 95.85)
        #expect(office?[17]?.quantity?.value == 1_050_841_257.4)
        #expect(office?[17]?.line == 2733)
        // The currency mark written before the amount: `Rp      188,333,000.00`.
        let stationery = DepokCorpus.row(budget, "Penyediaan Alat Tulis Kantor")
        #expect(stationery?[5]?.quantity?.spelling == "Rp 188,333,000.00")
        #expect(stationery?[5]?.quantity?.value == 188_333_000)
    }

    @Test func totalRow() {
        let total = DepokCorpus.row(budget, "TOTAL")
        #expect(total?.cells.count == 18)
        #expect(total?.lines == LineSpan(2867))
        #expect(total?[1]?.quantity?.value == 5_101_330_600)
        #expect(total?[8]?.quantity?.value == 16_107_705_910)
        #expect(total?[15]?.quantity?.spelling == "87.59%")
        #expect(total?[16]?.quantity?.value == 7_191_465_106.4)
        #expect(reason(at: 2867) == nil)
    }

    @Test func divisionErrorsKeptAsSpreadsheetErrors() {
        let errors = budget.rows.flatMap(\.cells).filter { $0.quantity?.kind == .spreadsheetError }
        #expect(errors.map(\.line) == [2749, 2839])
        #expect(errors.allSatisfy { $0.text == "#DIV/0!" && $0.quantity?.value == nil })
        // In a complete row the error sits in the 2020 ratio column.
        let equipment = DepokCorpus.row(budget, "Pengadaan Peralatan dan Perlengkapan Kantor")
        #expect(equipment?[15]?.quantity?.kind == .spreadsheetError)
        #expect(equipment?[5]?.quantity?.kind == .dash)
        #expect(equipment?[5]?.text == "Rp -")
        #expect(equipment?[10]?.text == "- Rp")
        #expect(equipment?[10]?.quantity?.additiveValue == 0)
    }

    @Test func rowsMissingValuesAreKeptAndReported() {
        let supervision = DepokCorpus.row(budget, "Pengawasan Usaha Mikro")
        #expect(supervision?.cells.count == 16)
        #expect(supervision?.cells.last?.quantity?.value == 89_964_250)
        #expect(reason(at: 2839) == "baris lampiran: jumlah nilai tidak sesuai kolom (15 nilai untuk 17 kolom nilai)")
        // A wrapped label (2765, 2767) with its values on 2769.
        let renstra = DepokCorpus.row(budget, "Penyusunan Renstra Perangkat Daerah Tahun 2021-2026")
        #expect(renstra?[0]?.lines == [2765, 2767])
        #expect(renstra?.cells.count == 7)
        #expect(reason(at: 2769)?.containsLiteral("6 nilai") == true)
        let reported = uninterpreted.filter { $0.reason.hasPrefix("baris lampiran") }.map(\.line)
        #expect(reported.count == 26)
    }
}

/// Appendix rows with values missing from the middle keep their order but not their columns.
@Suite struct DepokAppendixAlignmentTests {
    @Test func rowsWithMissingValuesAreMarkedUnaligned() throws {
        let rows = Corpus.depok.document.tables.flatMap(\.rows)
        let shortRow = try #require(rows.first { $0.lines.contains(2839) })
        #expect(!shortRow.alignedToColumns)
        let fullRow = try #require(rows.first { $0.lines.contains(2749) })
        #expect(fullRow.alignedToColumns)
    }
}
