import Testing
import Ingest
import TestSupport

/// Tabel 4.2 (Rencana Program/Kegiatan/Subkegiatan dan Pendanaan) of the Bekasi Renstra 2025-2029
/// and the plan read from it.
@Suite struct BekasiProgrammeTableTests {
    let document = BekasiCorpus.document
    var table: Table { document.table("Tabel 4.2")! }

    @Test func columnsAreTargetAndBudgetForEachYear() {
        #expect(table.years == [2025, 2026, 2027, 2028, 2029, 2030])
        for (offset, year) in table.years.enumerated() {
            #expect(table.column(year: year, measure: .target) == 4 + 2 * offset)
            #expect(table.column(year: year, measure: .budget) == 5 + 2 * offset)
        }
        #expect(table.columns[0].role == .label)
        #expect(table.columns[1].role == .indicator)
        #expect(table.columns[2].role == .baseline(year: 2024, measure: .unspecified))
        #expect(table.columns[3].role == .unit)
        #expect(table.columns[16].role == .remarks)
        #expect(table.columns[7].header == "TARGET DAN PAGU INDIKATIF TAHUN / 2026 / PAGU")
        #expect(table.headerRows.map(\.lines.first) == [1372, 1373, 1374])
    }

    @Test func columnNumberRowKeepsTheMissingFourteen() throws {
        let numbers = try #require(table.columnNumberRow)
        #expect(numbers.numbers == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17])
        #expect(numbers.line == 1375)
        #expect(BekasiCorpus.source.line(numbers.line).hasPrefix("(1)\t(2)\t(3)\t\t(4)"))
        #expect(numbers.cells[3].text.isEmpty)
        #expect(numbers.cells[14].text == "(15)")
    }

    @Test func numberSplitOverTwoLinesIsJoinedWithoutSpace() throws {
        let row = try #require(table.row(at: 1376))
        let pagu2025 = try #require(row[5])
        #expect(pagu2025.text == "8.998.000")
        #expect(pagu2025.quantity?.value == 8_998_000)
        #expect(pagu2025.lines == [1376, 1377])
        #expect(row[15]?.text == "20.000.000")
        #expect(row.lines == LineSpan(1376, 1377))
    }

    @Test func numbersSplitOverThreeLinesAreJoinedPerColumn() throws {
        let row = try #require(table.row(at: 1378))
        #expect(row[1]?.text == "Persentase Capaian Kinerja Keuangan Penunjang Urusan")
        let target2026 = try #require(row[6])
        #expect(target2026.text == "88.15")
        #expect(target2026.quantity?.value == 88.15)
        #expect(target2026.lines == [1378, 1379])
        let pagu2027 = try #require(row[9])
        #expect(pagu2027.text == "8.941.471.334")
        #expect(pagu2027.quantity?.value == 8_941_471_334)
        #expect(Set(pagu2027.lines) == [1378, 1379, 1380])
        #expect(row[5]?.text == "7.977.115.274")
        #expect(row[15]?.text == "9.160.275.970")
        #expect(row[12]?.text == "88.70")
        #expect(row[12]?.lines == [1378])
    }

    @Test func numberTailSpilledIntoTheNextColumnRejoinsItsNumber() throws {
        let row = try #require(table.row(at: 1381))
        #expect(row[15]?.text == "310.000.000")
        #expect(row[15]?.lines == [1381, 1382])
        #expect(row[16]?.isBlank == true)
        #expect(row[8]?.text == "2000", "the 2027 target is printed as 200 above 0")
    }

    @Test func spacesLeftInsideNumbersByWrappingAreRemoved() throws {
        let administrasiUmum = try #require(table.row(at: 1402))
        #expect(administrasiUmum[5]?.text == "346.401.000")
        #expect(administrasiUmum[5]?.quantity?.value == 346_401_000)
        #expect(administrasiUmum[7]?.text == "476.588.494")
        let pendidikan = try #require(table.row(at: 1401))
        #expect(pendidikan[5]?.text == "24.000.000")
        #expect(pendidikan[9]?.text == "60.000.000")
        let kesehatan = try #require(table.row(at: 1430))
        #expect(kesehatan[5]?.quantity?.kind == .money)
        #expect(kesehatan[5]?.quantity?.value == 70_262_000)
    }

    @Test func brokenGroupingStaysMalformedInsteadOfGuessed() throws {
        let row = try #require(table.row(at: 1404))
        #expect(row[7]?.text == "20.00 0000")
        #expect(row[7]?.quantity?.kind == .malformed)
        #expect(row[9]?.text == "20.000 000")
        #expect(row[9]?.quantity?.kind == .malformed)
    }

    @Test func labelsContinuedAfterPageBreaksAreJoined() throws {
        let laporan = try #require(table.row(at: 1388))
        #expect(laporan.lines == LineSpan(1388, 1390))
        #expect(laporan[0]?.text == "Sub Kegiatan Koordinasi dan Penyusunan Laporan capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD")
        #expect(laporan[0]?.lines == [1388, 1390])
        #expect(laporan[1]?.text.hasSuffix("Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD") == true)

        let pemeriksaan = try #require(table.row(at: 1427))
        #expect(pemeriksaan[0]?.text == "Sub Kegiatan Pelaksanaan Proses Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya Daerah Kabupaten/Kota")
        #expect(pemeriksaan[7]?.text == "150.000.000")
        #expect(pemeriksaan[7]?.lines == [1427, 1429])

        let bacaan = try #require(table.row(at: 1405))
        #expect(bacaan[1]?.text == "Jumlah Dokumen Bahan Bacaan dan Peraturan Perundang-Undangan yang Disediakan")

        let programme = try #require(table.row(at: 1447))
        #expect(programme[0]?.text == "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)")
        #expect(programme[5]?.text == "702.103.900")
        #expect(programme[5]?.lines == [1447, 1448, 1449])
    }

    @Test func rowsAfterPageBreaksWithTheirOwnValuesStayRows() {
        #expect(table.row(at: 1384)?[1]?.text == "Persentase Pengelolaan Barang Milik Daerah yang Akuntabel")
        #expect(table.row(at: 1396)?[0]?.text == "Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD")
        #expect(table.row(at: 1459)?[1]?.text == "Pertumbuhan Wirausaha")
        #expect(table.rows.count == 59)
    }

    @Test func budgetColumnsReadThousandsAndRemarksKeepBothReadings() throws {
        let kemitraan = try #require(table.row(at: 1451))
        #expect(kemitraan[9]?.text == "100.000")
        #expect(kemitraan[9]?.quantity?.value == 100_000)
        let pendidikan = try #require(table.row(at: 1435))
        let remark = try #require(pendidikan[16]?.quantity)
        #expect(pendidikan[16]?.text == "2.946")
        #expect(remark.value == 2946)
        #expect(remark.alternativeValue == 2.946)
    }

    @Test func strayFiguresAreReportedNotDropped() {
        let lines = document.uninterpreted.map(\.line)
        #expect(lines == [1444, 1444, 1463, 1463])
        #expect(document.uninterpreted.allSatisfy { $0.reason.containsLiteral("`0`") })
        #expect(document.uninterpreted[0].reason.containsLiteral("150.000.000"))
        #expect(document.uninterpreted[2].text == BekasiCorpus.source.line(1463))
    }
}
