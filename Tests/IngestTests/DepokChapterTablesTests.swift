import Testing
import Ingest
import TestSupport

/// The tables of BAB II–V and VII: assets, problem mapping, reviews, goals, strategy, indicators.
@Suite struct DepokChapterTablesTests {
    @Test func assetTableRowsJoinedAcrossBlankLines() {
        let table = DepokCorpus.table("Tabel 2.4")
        #expect(table.caption?.title == "Jumlah Aset Dinas  Koperasi dan Usaha Mikro Per 31 Desember 2020")
        #expect(table.caption?.lines == LineSpan(544, 545))
        #expect(table.columns.count == 9)
        #expect(table.rows.allSatisfy { $0.cells.count == 9 })
        // Lines 606–616: five cells, a blank line, four cells: one row.
        let laboratory = DepokCorpus.row(table, "Alat-alat Laboratorium", column: 3)
        #expect(laboratory?[5]?.quantity?.value == 1)
        #expect(laboratory?[5]?.line == 613)
        #expect(laboratory?[7]?.quantity?.value == 9_790_000)
        #expect(laboratory?.lines == LineSpan(606, 616))
        let vehicles = DepokCorpus.row(table, "Alat-alat Angkutan", column: 3)
        #expect(vehicles?[7]?.quantity?.kind == .money)
        #expect(vehicles?[7]?.quantity?.value == 750_200_008)
        #expect(vehicles?[7]?.line == 581)
    }

    @Test func assetTableKeepsItsBrokenTotal() {
        let table = DepokCorpus.table("Tabel 2.4")
        let total = DepokCorpus.row(table, "TOTAL", column: 3)
        #expect(total?[7]?.quantity?.kind == .malformed)
        #expect(total?[7]?.quantity?.spelling == "Rp 4.347.407.74,12")
        #expect(total?[7]?.line == 742)
        #expect(DepokCorpus.row(table, "KONSTRUKSI DALAM PENGERJAAN", column: 3)?[7]?.quantity?.kind == .dash)
    }

    @Test func assetHeaderThatCannotBeAlignedIsReported() {
        // Seven header cells for nine columns: which header spans which columns is not written.
        let table = DepokCorpus.table("Tabel 2.4")
        #expect(table.columns.allSatisfy { $0.role == .other && $0.header.isEmpty })
        let report = DepokCorpus.document.uninterpreted.first { $0.line == 546 }
        #expect(report?.reason.hasPrefix("kepala tabel: 7 sel untuk 9 kolom") == true)
    }

    @Test func problemMapping() {
        let table = DepokCorpus.table("Tabel 3.1")
        #expect(table.headerRows.map(\.cells.count) == [3])
        #expect(table.headerRows[0].cells.map(\.text) == ["MASALAH POKOK", "MASALAH", "AKAR MASALAH"])
        #expect(table.rows.count == 18)
        #expect(table.rows[1][0]?.text == "1. Belum berkualitasnya koperasi di Kota Depok")
        #expect(table.rows[1][0]?.line == 804)
        #expect(table.rows.last?[2]?.text == "Kurangnya sarana dan prasarana pemasaran")
    }

    @Test func provincialReviewWithGroupedHeader() {
        let table = DepokCorpus.table("Tabel 3.3")
        #expect(table.caption?.title == "Telaahan terhadap Renstra Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat")
        #expect(table.columns.map(\.header) == ["No", "Sasaran Jangka Menengah Renstra Dinas Koperasi dan Usaha Kecil Propinsi Jawa Barat Tahun 2018-2023",
                                                "Permasalahan Pelayanan DKUM", "Faktor / Penghambat", "Faktor / Pendorong"])
        // `Tahun 2018-2023` dates the header; it is not a 2023 column. A year under a dated group still is.
        #expect(table.years.isEmpty)
        #expect(ColumnClassifier.role(for: ["TARGET DAN PAGU INDIKATIF TAHUN 2025-2029", "2025", "PAGU"]) == .year(2025, measure: .budget))
        #expect(table.columnNumberRow?.numbers == [1, 2, 3, 4, 5])
        #expect(table.columnNumberRow?.line == 950)
        // A cell of two paragraphs separated by blank lines: `1.` (956) and `2.` (961).
        #expect(table.rows.count == 1)
        #expect(table.rows[0][0]?.text == "1. 2.")
        #expect(table.rows[0][0]?.lines == [956, 961])
        #expect(table.rows[0][1]?.text == "Persentase Koperasi yang mengakses kredit Umkm Naik Kelas")
    }

    @Test func ministryReviewWithoutCaptionKeepsItsTitle() {
        let table = DepokCorpus.table(nil, title: "Telaahan terhadap Renstra Kementrian")
        #expect(table.caption?.lines == LineSpan(987))
        #expect(table.columnNumberRow?.numbers == [1, 2, 3, 4, 5])
        #expect(table.rows.count == 1)
        // The last cell stands after a blank line inside the row (1042): the row still has five cells.
        #expect(table.rows[0].cells.count == 5)
        #expect(table.rows[0][4]?.text == "1. Adanya komitmen pengembangan koperasi dan usaha mikro 2. Adanya kesesuaian program dengan kementrian")
        #expect(table.rows[0][4]?.line == 1043)
    }

    @Test func swotTable() {
        let table = DepokCorpus.table("Tabel 3.4")
        #expect(table.caption?.title == "Faktor Internal dan Eksternal Dinas Koperasi dan Usaha Mikro Koa Depok")
        #expect(table.rows.map { $0.cells.map { String($0.text.prefix(9)) } } == [
            ["Kekuatan ", "Peluang ("], ["1. Memili", "1.\tAdanya"], ["Kelemahan", "Ancaman ("], ["1. Pember", "1. Kemuda"],
        ])
        #expect(table.rows[2][1]?.line == 1164)
    }

    @Test func goalsAndTargets() {
        let table = DepokCorpus.table("Tabel 4.2")
        #expect(table.years == [2022, 2023, 2024, 2025, 2026])
        #expect(table.columns[2].role == .indicator)
        let sakip = table.rows[0]
        #expect(sakip[2]?.text == "Nilai SAKIP")
        #expect(sakip[4]?.quantity?.value == 70.15)
        #expect(sakip[4]?.quantity?.reading == .english)
        #expect(sakip[8]?.quantity?.value == 70.5)
        let quality = DepokCorpus.row(table, "Koperasi Berkualitas", column: 2)
        #expect(quality?.cells[4...].map { $0.quantity?.value } == [18, 21, 24, 27, 30])
        #expect(quality?[4]?.quantity?.kind == .percent)
        #expect(quality?[4]?.line == 1239)
    }

    @Test func strategyTableDropsTheRepeatedHeader() {
        let table = DepokCorpus.table("Tabel T-C.26")
        #expect(table.caption?.title == "TUJUAN SASARAN, STRATEGI DAN KEBIJAKAN")
        #expect(table.columns.map(\.header).last?.hasSuffix("Kebijakan") == true)
        #expect(table.rows.count == 3)
        #expect(table.rows[1].cells.count == 1)
        #expect(table.rows[1][0]?.text == "MISI IV   : MEWUJUDKAN MASYARAKAT YANG SEJAHTERA, MANDIRI DAN BERDAYA SAING")
        #expect(table.rows[1][0]?.line == 1294)
        #expect(table.rows[2][3]?.text == "1. Peningkatan manajemen koperasi 2. Penciptaan wirausaha baru dan usaha mikro naik omset")
        #expect(table.rows[2][3]?.lines == [1315, 1316, 1317])
    }

    @Test func performanceIndicatorsOfChapterSeven() {
        let table = DepokCorpus.table("Tabel 7.1")
        #expect(table.columns.map(\.role) == [.indicator, .baseline(year: 2020, measure: .unspecified)]
            + (2022...2026).map { .year($0, measure: .unspecified) } + [.endOfPeriod(measure: .unspecified)])
        let active = table.rows[0]
        #expect(active[0]?.text == "Persentase koperasi aktif")
        #expect(active[1]?.quantity?.value == 34.7)
        #expect(active[1]?.quantity?.spelling == "34,70%")
        #expect(active[7]?.quantity?.value == 93.9)
        #expect(active[7]?.line == 2479)
    }

    @Test func keyIndicators() {
        let table = DepokCorpus.table("Tabel 7.2")
        #expect(table.years == Array(2021...2026))
        let akip = DepokCorpus.row(table, "Nilai evaluasi AKIP DKUM", column: 1)
        #expect(akip?.cells[3...].map { $0.quantity?.value } == [70.1, 70.15, 70.2, 70.3, 70.4, 70.5])
        let entrepreneurs = DepokCorpus.row(table, "Persentase wirausaha", column: 1)
        #expect(entrepreneurs?[5]?.quantity?.spelling == "2%")
        #expect(entrepreneurs?[5]?.line == 2553)
    }
}
