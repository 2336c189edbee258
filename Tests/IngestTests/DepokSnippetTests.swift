import Testing
import Ingest
import TestSupport

/// Small pieces of Depok export text: one cell per line after a tab, a blank line between rows.
@Suite struct DepokSnippetTests {
    static let funding = """
        Tabel Program Kegiatan disertai Pendanaan Pagu Indikatif

        \tURUSAN/PROGRAM/KEGIATAN/SUB KEGIATAN
        \t INDIKATOR KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN
        \t Kondisi Kinerja Awal RPJMD (Tahun 2020)
        \t CAPAIAN KINERJA PROGRAM/KEGIATAN/SUB KEGIATAN KERANGKA PENDANAAN

        \t
        \t
        \t
        \tTAHUN 2022
        \tTAHUN 2023
        \tKONDISI KINERJA PADA AKHIR PERIODE RPJMD

        \t
        \t
        \t
        \tTARGET
        \tRp.
        \tTARGET
        \tRp.
        \tTARGET
        \tRp.

        \t2
        \t3
        \t5
        \t9
        \t10
        \t11
        \t12
        \t19
        \t20

        \tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
        \tCakupan pelayanan penunjang urusan Pemda
        \t\u{a0}
        \t100%
        \t                  1.000.000 
        \t100%
        \t                  1.500.000 
        \t100%
        \t               2.500.000 

        \tAdministrasi Keuangan Perangkat Daerah
        \tpersentase adm keuangan tepat waktu
        \t100%
        \t100%
        \t            1.000.000 
        \t100%
        \t          1.500.000 
        \t100%
        \t        2.500.000 

        \t Penyediaan Gaji dan Tunjangan ASN
        \tJumlah Pegawai
        \t34
        \t                                         34 
        \t            1.000.000 
        \t                                         34 
        \t          1.500.000 
        \t                                   34 
        \t        2.500.000 

        \tPROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI
        \tPresentase Tingkat Kepatuhan Koperasi
        \t29,09%
        \t47,27%
        \t460.000.000
        \t56,36%
        \t530.000.000
        \t84%
        \t990.000.000

        \tPemeriksaan dan Pengawasan Koperasi
        \tJumlah Koperasi yang diawasi dan diperiksa
        \t100%
        \t100%
        \t460.000.000
        \t100%
        \t530.000.000
        \t100%
        \t990.000.000

        \tPemeriksaan Kepatuhan Koperasi terhadap Peraturan Perundang-Undangan Kewenangan Kabupaten/Kota
        \tJumlah koperasi yang diperiksa
        \t165
        \t165
        \t460.000.000
        \t165
        \t530.000.000
        \t165
        \t990.000.000

        \t
        \tJumlah koperasi yang dibina
        \tN.A
        \t10
        \t
        \t12
        \t
        \t22
        \t
        """

    @Test func fundingHeaderSpans() {
        let document = ingestSnippet(Self.funding, layout: .depok)
        let table = try! #require(document.tables.first)
        #expect(table.headerRows.map(\.cells.count) == [4, 6, 9])
        #expect(table.columns.map(\.role) == [
            .label, .indicator, .baseline(year: 2020, measure: .unspecified),
            .year(2022, measure: .target), .year(2022, measure: .budget),
            .year(2023, measure: .target), .year(2023, measure: .budget),
            .endOfPeriod(measure: .target), .endOfPeriod(measure: .budget),
        ])
        #expect(table.columnNumberRow?.numbers == [2, 3, 5, 9, 10, 11, 12, 19, 20])
        #expect(table.columnNumberRow?.line == 25)
        #expect(table.rows.count == 7)
    }

    @Test func fundingPlanLevels() {
        let document = ingestSnippet(Self.funding, layout: .depok)
        let levels = document.allPlanNodes.map { "\($0.level.rawValue) \($0.lines.first)" }
        #expect(levels == ["program 35", "kegiatan 45", "sub-kegiatan 55", "program 65", "kegiatan 75", "sub-kegiatan 85"])
        #expect(document.plan.map(\.name) == ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
                                              "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI"])
        let salaries = document.allPlanNodes[2]
        #expect(salaries.name == "Penyediaan Gaji dan Tunjangan ASN")
        #expect(salaries.budget(for: 2023)?.quantity?.value == 1_500_000)
        #expect(salaries.budget(for: 2023)?.line == 61)
        #expect(salaries.endOfPeriodBudget?.quantity?.value == 2_500_000)
        #expect(salaries.indicators.first?.endOfPeriodTarget?.quantity?.value == 34)
        // The unnamed last row adds an indicator to the sub kegiatan above it.
        let compliance = document.allPlanNodes[5]
        #expect(compliance.indicators.map(\.name) == ["Jumlah koperasi yang diperiksa", "Jumlah koperasi yang dibina"])
        #expect(compliance.indicators[1].baseline?.quantity?.kind == .notAvailable)
        #expect(compliance.lines == LineSpan(85, 103))
    }

    static let fragments = """
        Tabel 9.1 Contoh
        \tNo
        \tUraian
        \tJumlah
        \tKet

        \t1.
        \tSatu
        \t10 Orang

        \tlengkap

        \t2.
        \tDua, paragraf pertama
        paragraf kedua

        paragraf ketiga
        \t20 Orang
        \t-

        \tCatatan: baris gabungan

        \t3.
        \tTiga
        \t30 Orang
        \t-


        Paragraf sesudah tabel.
        """

    @Test func rowFragmentsJoinOnlyWhenTheyFillTheWidth() {
        let document = ingestSnippet(Self.fragments, layout: .depok)
        let table = try! #require(document.tables.first)
        #expect(table.caption?.label == "Tabel 9.1")
        #expect(table.rows.map(\.cells.count) == [4, 4, 1, 4])
        // Three cells, a blank line, one cell: one row.
        #expect(table.rows[0][3]?.text == "lengkap")
        #expect(table.rows[0].lines == LineSpan(7, 11))
        // A paragraph without a tab continues the cell, even after a blank line while the row is short.
        #expect(table.rows[1][1]?.text == "Dua, paragraf pertama paragraf kedua paragraf ketiga")
        #expect(table.rows[1][1]?.lines == [14, 15, 17])
        #expect(table.rows[1][2]?.quantity?.value == 20)
        #expect(table.rows[1][2]?.line == 18)
        // A one-cell row is not merged with the full row after it.
        #expect(table.rows[2][0]?.text == "Catatan: baris gabungan")
        #expect(table.lines == LineSpan(1, 26))
        #expect(document.paragraphs.map(\.text) == ["Paragraf sesudah tabel."])
    }

    @Test func tabLinesThatAreNotATableStayProse() {
        let text = """
            Capaian Kinerja Pelayanan OPD dapat digambarkan sesuai tabel berikut :
            \tRENCANA  STRATEGIS                      Dinas Koperasi dan Usaha Mikro Kota Depok
            Tahun 2021-2026
             2.3.2 Anggaran dan Realisasi Pendanaan Pelayanan
            """
        let document = ingestSnippet(text, layout: .depok)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.count == 3)
        #expect(document.headings.map(\.number) == ["2.3.2"])
    }

    @Test func captionWithoutCellsIsProse() {
        let document = ingestSnippet("Tabel 5.1 Rencana\n\nTeks biasa sesudahnya.", layout: .depok)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.map(\.lines.first) == [1, 3])
    }

    static let appendix = """
        Anggaran dan Realisasi Pendanaan Pelayanan dapat digambarkan sesuai tabel TC. 24
        image4.emf
        2016 2017 2018 2019 2020 2016 2017 2018 2019 2020 2016 2017 2018 2019 2020 Anggaran Realisasi

        (1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (14) (15) (16) (17) (18)

        Pengadaan Peralatan dan Perlengkapan Kantor 483,203,000.00 Rp        227,650,000.00 Rp        205,000,000.00 Rp        235,500,000.00 Rp         Rp                          -    472,172,500.00 Rp        215,243,000.00 Rp        208,703,000.00 Rp        127,313,000.00 Rp        - Rp                           97.72% 94.55% 101.81% 54.06% #DIV/0! 230,270,600.00 Rp        204,686,300.00 Rp       

        Pembinaan komunitas usaha mikro 132,679,000.00 Rp        100,000,000.00 Rp        100,000,000.00 Rp        89,249,000.00 Rp          245,099,000.00 Rp        84,425,000.00 Rp          67.27% 245.10% 84.43% 110,893,000.00 Rp        139,591,000.00 Rp       
        """

    @Test func appendixRows() {
        let document = ingestSnippet(Self.appendix, layout: .depok)
        let table = try! #require(document.tables.first)
        #expect(table.caption?.label == "Tabel T-C.24")
        #expect(table.columns.count == 18)
        #expect(table.rows.map(\.cells.count) == [18, 12])
        let equipment = table.rows[0]
        #expect(equipment[5]?.quantity?.kind == .dash)
        #expect(equipment[15]?.quantity?.kind == .spreadsheetError)
        #expect(equipment[15]?.line == 7)
        #expect(equipment[16]?.quantity?.value == 230_270_600)
        #expect(document.uninterpreted.map(\.line) == [2, 9])
        #expect(document.uninterpreted[1].reason == "baris lampiran: jumlah nilai tidak sesuai kolom (11 nilai untuk 17 kolom nilai)")
    }

    @Test func appendixLabelIsNotInferredWithoutAReference() {
        let text = Self.appendix.pieces(separatedBy: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        let document = ingestSnippet(text, layout: .depok)
        #expect(document.tables.first?.caption == nil)
        #expect(document.tables.first?.columns[1].role == .year(2016, measure: .budget))
        #expect(document.warnings.isEmpty)
    }
}
