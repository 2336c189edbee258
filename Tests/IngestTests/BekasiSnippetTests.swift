import Testing
import Ingest
import TestSupport

/// Small Bekasi-layout snippets for the decisions the table reader makes line by line.
@Suite struct BekasiSnippetTests {
    static let programmeHeader = """
        BIDANG URUSAN/PROGRAM/KEGIATAN\tINDIKATOR\tBASE LINE 2024\tSATUAN\tTARGET DAN PAGU INDIKATIF TAHUN\t\t\t\tKET
        \t\t\t\t2025\t\t2026\t\t
        \t\t\t\tT\tPAGU\tT\tPAGU\t
        (1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)
        """

    func table(_ document: RenstraDocument) throws -> Table { try #require(document.tables.first) }

    @Test func numbersCutOverSeveralLinesJoinPerColumnAndTotalsLineStaysARow() throws {
        let document = ingestSnippet("""
            Tabel 4.2 Rencana Program

            \(Self.programmeHeader)
            PROGRAM X\tPersentase A\t100\tPersen (%)\t100\t8.998\t100\t20.00\t
            \t\t\t\t\t.000\t\t0.000\t
            \tPersentase B\t86.06\tPersen (%)\t88.0\t7.977\t88.1\t8.941.\t
            \t\t\t\t0\t.115.\t5\t471.33\t
            \t\t\t\t\t274\t\t4\t
            \t\t\t\t\t7.986.113.274\t\t8.961.471.334\t
            Kegiatan Y\tJumlah Dokumen\t4\tDokumen\t4\t346.4 01.00 0\t6\t24.00 0.000\t
            Sumber : Data Olahan
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.lines == LineSpan(1, 13))
        #expect(table.columnNumberRow?.line == 6)
        #expect(table.rows.map(\.lines) == [LineSpan(7, 8), LineSpan(9, 11), LineSpan(12), LineSpan(13)])
        #expect(table.rows[0][5]?.text == "8.998.000")
        #expect(table.rows[0][7]?.text == "20.000.000")
        #expect(table.rows[1][4]?.text == "88.00")
        #expect(table.rows[1][6]?.quantity?.value == 88.15)
        #expect(table.rows[1][6]?.lines == [9, 10])
        #expect(table.rows[1][7]?.text == "8.941.471.334")
        #expect(table.rows[1][7]?.lines == [9, 10, 11])
        #expect(table.rows[3][5]?.text == "346.401.000")
        #expect(table.rows[3][7]?.quantity?.value == 24_000_000)
        #expect(document.paragraphs.last?.text == "Sumber : Data Olahan")

        let programme = try #require(document.plan.first)
        #expect(programme.indicators.map(\.name) == ["Persentase A", "Persentase B"])
        #expect(programme.budget(for: 2025)?.text == "7.986.113.274")
        #expect(programme.budget(for: 2025)?.line == 12)
        #expect(programme.children.first?.name == "Y")
        #expect(programme.children.first?.budget(for: 2026)?.quantity?.value == 24_000_000)
    }

    @Test func pageBreakContinuationsJoinWordsAndFinishCutNumbers() throws {
        let document = ingestSnippet("""
            Tabel 4.2 Rencana Program

            \(Self.programmeHeader)
            Sub Kegiatan Pelaksanaan Proses\tJumlah Koperasi yang telah dilakukan\t116\tUnit Usaha\t116\t52.90 0.000\t100\t150.0 00.00\t

            Pemeriksaan dan Pengawasan Koperasi\tPemeriksaan dan Pengawasan\t\t\t\t\t\t0\t
            Sub Kegiatan Penyediaan Bahan Bacaan dan Peraturan\tJumlah Dokumen Perundang-\t12\tDokumen\t12\t13.80 0.000\t12\t15.000. 000\t

            Perundang-undangan\tUndangan yang Disediakan\t\t\t\t\t\t\t

            Sub Kegiatan Koordinasi\tJumlah Laporan\t1\tLaporan\t1\t6.000.000\t1\t10.000.000\t
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.rows.map(\.lines.first) == [7, 10, 14])
        let pemeriksaan = table.rows[0]
        #expect(pemeriksaan[0]?.text == "Sub Kegiatan Pelaksanaan Proses Pemeriksaan dan Pengawasan Koperasi")
        #expect(pemeriksaan[0]?.lines == [7, 9])
        #expect(pemeriksaan[7]?.text == "150.000.000")
        #expect(pemeriksaan[7]?.lines == [7, 9])
        #expect(table.rows[1][0]?.text == "Sub Kegiatan Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan")
        #expect(table.rows[1][1]?.text == "Jumlah Dokumen Perundang-Undangan yang Disediakan")
        #expect(table.rows[1][7]?.text == "15.000.000")
        #expect(document.uninterpreted.isEmpty)
    }

    @Test func figuresThatContinueNothingAreReportedAsUninterpreted() throws {
        let document = ingestSnippet("""
            Tabel 4.2 Rencana Program

            \(Self.programmeHeader)
            Sub Kegiatan Pembinaan dan\tPembinaan dan/atau Pendampingan yang\tN/A\tKelompok\tN/A\tN/A\t10\t150.000.000\t

            Pendampingan Bagi Keluarga\tdilaksanakan\t\tMasyarakat\t\t\t\t0\t
            """, layout: .bekasi)
        let row = try #require(try table(document).rows.first)
        #expect(row.lines == LineSpan(7, 9))
        #expect(row[0]?.text == "Sub Kegiatan Pembinaan dan Pendampingan Bagi Keluarga")
        #expect(row[3]?.text == "Kelompok Masyarakat")
        #expect(row[7]?.text == "150.000.000")
        #expect(document.uninterpreted.count == 1)
        #expect(document.uninterpreted.first?.line == 9)
        #expect(document.uninterpreted.first?.reason.containsLiteral("150.000.000") == true)
    }

    @Test func newRowsWithinAPageAreNotMistakenForContinuations() throws {
        let document = ingestSnippet("""
            Tabel 2.6 Rekapitulasi

            No\tNama Jabatan\tUnit Kerja\tABK\tPNS
            Jabatan Fungsional Tertentu\t\t\t\t
            8\tAnalis Kebijakan\tBidang Usaha Mikro\t2\t0
            \t\tBidang Usaha Informal\t2\t2
            \tTotal\t\t4\t2
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.rows.map(\.lines.first) == [4, 5, 6, 7])
        #expect(table.rows[2][2]?.text == "Bidang Usaha Informal")
        #expect(table.rows[3][3]?.quantity?.value == 4)
    }

    @Test func repeatedHeaderAndSectionLineAtPageBreakAreMergedAway() throws {
        let document = ingestSnippet("""
            Tabel 2.6 Rekapitulasi

            No\tNama Jabatan\tABK\tPNS
            Jabatan Fungsional Tertentu\t\t\t
            1\tPengawas Koperasi\t1\t0

            No\tNama Jabatan\tABK\tPNS
            Jabatan Fungsional Tertentu\t\t\t
            2\tArsiparis\t1\t1
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.headerRows.count == 1)
        #expect(table.rows.map { $0[0]?.text } == ["Jabatan Fungsional Tertentu", "1", "2"])
        #expect(table.rows[2].lines == LineSpan(9))
    }

    @Test func repeatedHeaderThatMovedTheColumnsIsMappedBack() throws {
        let document = ingestSnippet("""
            Tabel 2.9 Pemetaan Permasalahan

            NO\tMASALAH POKOK\tMASALAH\tAKAR MASALAH
            1.\tRendahnya Daya Saing\t1 Kurangnya Produk\t1. Akses modal 2. Pendampingan

            NO\tMASALAH POKOK\tMASALAH\t\tAKAR MASALAH
            \t\t\t\t3. Lokasi usaha
            2.\tBelum Optimalnya Kelembagaan\t1\tLemahnya tata kelola\t1. Izin simpan pinjam
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.columns.count == 4)
        #expect(table.rows.count == 2)
        #expect(table.rows[0][3]?.text == "1. Akses modal 2. Pendampingan 3. Lokasi usaha")
        #expect(table.rows[0][3]?.lines == [4, 7])
        #expect(table.rows[1][2]?.text == "1 Lemahnya tata kelola")
        #expect(table.rows[1][3]?.text == "1. Izin simpan pinjam")
    }

    @Test func nextListItemInACellContinuesTheRow() throws {
        let document = ingestSnippet("""
            Tabel 2.10 Isu Strategis

            POTENSI\tPERMASALAHAN\tISU KLHS
            Pelaku usaha mikro\tRendahnya Produktivitas\ta. Pertumbuhan Ekonomi yang Inklusif
            \t\tb. Tujuan Pembangunan Berkelanjutan
            Pertumbuhan koperasi\tBelum optimalnya kelembagaan\t
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.rows.count == 2)
        #expect(table.rows[0][2]?.text == "a. Pertumbuhan Ekonomi yang Inklusif b. Tujuan Pembangunan Berkelanjutan")
    }

    @Test func fieldLabelsStartRowsAndPlainTextAfterABreakContinuesThem() throws {
        let document = ingestSnippet("""
            Tabel 4.1 Program/Kegiatan

            OUTCOME\tOUTPUT\tINDIKATOR\tPROGRAM/ KEGIATAN/ SUB KEGIATAN
            (1)\t(2)\t(3)\t(4)
            \tOutput: Terlaksananya Pemberdayaan yang Dilakukan Melalui\tIndikator Kegiatan: Jumlah Pelaku\tKegiatan: Pemberdayaan Usaha Mikro,

            OUTCOME\tOUTPUT\tINDIKATOR\tPROGRAM/KEGIATAN/SUB KEGIATAN
            (1)\t(2)\t(3)\t(4)
            \tPendataan dan Kemitraan\t\tPenguatan Kelembagaan
            \tOutput: Terfasilitasinya Kemitraan\tIndikator Sub Kegiatan: Jumlah Unit\tSub kegiatan 1: Kemitraan
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.rows.map(\.lines) == [LineSpan(5, 9), LineSpan(10)])
        #expect(table.rows[0][1]?.text == "Output: Terlaksananya Pemberdayaan yang Dilakukan Melalui Pendataan dan Kemitraan")
        #expect(table.rows[0][3]?.text == "Kegiatan: Pemberdayaan Usaha Mikro, Penguatan Kelembagaan")
        #expect(document.plan.isEmpty, "a programme list without budgets adds no plan")
    }

    @Test func ambiguousSpellingsAreReadFromTheirColumn() throws {
        let document = ingestSnippet("""
            Tabel 9.1 Uji Pembacaan

            NO\tINDIKATOR\tSATUAN\tTARGET DAN PAGU TAHUN 2025\t\tKET
            \t\t\tT\tPAGU\t
            1.\tIndeks A\tIndeks\t88.0\t2.946\t2.946
            2.\tIndeks B\tIndeks\t2.946\t1.250.000\t
            3.\tCakupan C\tPersen\t\t\t
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.columns[3].role == .year(2025, measure: .target))
        #expect(table.columns[4].role == .year(2025, measure: .budget))

        let target = try #require(table.rows[1][3]?.quantity)
        #expect(target.value == 2.946, "a target column writing 88.0 reads 2.946 as a decimal")
        #expect(target.alternativeValue == 2946)
        #expect(target.decimals == 3)

        let budget = try #require(table.rows[0][4]?.quantity)
        #expect(budget.value == 2946, "a budget column reads 2.946 as thousands")
        #expect(budget.alternativeValue == 2.946)

        let remark = try #require(table.rows[0][5]?.quantity)
        #expect(remark.value == 2946)
        #expect(remark.isAmbiguous)
    }

    @Test func captionTitleRunsOnAndDaftarTabelIsNotATable() throws {
        let document = ingestSnippet("""
            DAFTAR TABEL

            Tabel 3.1\tTujuan dan Sasaran.....\t51

            Tabel 3.1
            Tujuan dan Sasaran Renstra
            Dinas Koperasi Tahun 2025-2029

            TUJUAN\tINDIKATOR\tTARGET TAHUN\t
            \t\t2025\t2026
            Meningkatnya Ekonomi\tProporsi PDRB\t20.36\t20.01
            """, layout: .bekasi)
        #expect(document.tables.count == 1)
        #expect(document.tableList.first?.label == "Tabel 3.1")
        let table = try table(document)
        #expect(table.caption?.title == "Tujuan dan Sasaran Renstra Dinas Koperasi Tahun 2025-2029")
        #expect(table.caption?.lines == LineSpan(5, 7))
        #expect(table.years == [2025, 2026])
        #expect(table.rows.first?[2]?.quantity?.value == 20.36)
    }

    @Test func tableWithoutHeaderKeepsItsRowsAndUntypedColumns() throws {
        let document = ingestSnippet("""
            Tabel 7.1 Tanpa Judul Kolom

            1\tKoperasi\t12
            2\tUsaha Mikro\t30
            """, layout: .bekasi)
        let table = try table(document)
        #expect(table.headerRows.isEmpty)
        #expect(table.columns.map(\.role) == [.other, .other, .other])
        #expect(table.rows.map { $0[2]?.quantity?.value } == [12, 30])
    }

    @Test func captionFollowedByProseIsProse() {
        let document = ingestSnippet("""
            Tabel 5.1 Contoh
            Kalimat pertama yang panjang.
            Kalimat kedua.
            Kalimat ketiga.

            Tujuan\t:\tMeningkatnya Ekonomi
            """, layout: .bekasi)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.count == 5)
    }
}
