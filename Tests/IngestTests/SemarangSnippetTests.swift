import Testing
import Ingest
import TestSupport

/// Small pieces of Semarang export text, read with the Semarang layout.
@Suite struct SemarangSnippetTests {
    @Test func boldCaptionSpanningHeaderAndTotalRow() throws {
        let document = ingestSnippet("""
        **Tabel 2.1**  
        **Jumlah Pegawai Menurut Golongan**  
        **Per Oktober 2017**

        BIDANG\tGOL I\t\tJUMLAH
        \tP\tW\t
        Sekretariat\t0\t1\t1
        <b>JUMLAH</b>\t<b>0</b>\t<b>1</b>\t<b>1</b>

        *Sumber data: Dinas Koperasi & Usaha Mikro Kota Semarang*
        """, layout: .semarang)
        let table = try #require(document.tables.first)
        #expect(table.caption?.label == "Tabel 2.1")
        #expect(table.caption?.title == "Jumlah Pegawai Menurut Golongan Per Oktober 2017")
        #expect(table.caption?.lines == LineSpan(1, 3))
        #expect(table.lines == LineSpan(1, 8))
        #expect(table.columns.map(\.header) == ["BIDANG", "GOL I / P", "GOL I / W", "JUMLAH"])
        #expect(table.rows.count == 2)
        let total = try #require(table.rows.last)
        #expect(total.label == "JUMLAH")
        #expect(total.cells[3].text == "1")
        #expect(total.cells[3].quantity?.value == 1)
        #expect(total.cells[3].line == 8)
        #expect(document.paragraphs.map(\.lines.first) == [10])
    }

    @Test func activityOverTwoLinesAndProgrammeSecondIndicator() throws {
        let document = ingestSnippet("""
        Untuk selanjutnya dapat dilihat pada Tabel 6.1 sebagai berikut :

        Kode Rekening\tUraian\tIndikator Kinerja\tData Capaian pada Tahun Awal Perencanaan (2016)\t\tTarget Kinerja Program dan Kerangka Pendanaan\t\t\t\tKondisi Kinerja pada akhir periode Renstra PD\t
        \t\t\tTarget\t(Rp)\t2017\t\t2018\t\tTarget\t(Rp)
        \t\t\t\t\tTarget\t(Rp)\tTarget\t(Rp)\t\t
        1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11
        1.2.11.1.2.11.01.21\t<b>PROGRAM PEMASARAN</b>\t<b>Jangkauan pemasaran</b>\t3 provinsi\t100\t6 provinsi\t200\t6 provinsi\t300\t6 provinsi\t600
        \t\t<b>Prosentase Akses Pemasaran</b>\t\t\t18,5%\t\t20%\t\t20%\t
        1.2.11.1.2.11.01.21.001\tPromosi Produk\tUMKM yang dipromosikan\t10 UMKM\t100\t10 UMKM\t150\t\t\t10 UMKM\t250
        \t\t\t\t\t\t\t100%\t50\t100%\t50
        """, layout: .semarang)
        let table = try #require(document.tables.first)
        #expect(table.caption?.label == "Tabel 6.1")
        #expect(table.caption?.lines == LineSpan(1))
        #expect(table.columnNumberRow?.numbers == Array(1...11))
        #expect(table.rows.map(\.lines) == [LineSpan(7), LineSpan(8), LineSpan(9, 10)])

        let programme = try #require(document.plan.first)
        #expect(programme.level == .program)
        #expect(programme.name == "PROGRAM PEMASARAN")
        #expect(programme.baselineBudget?.text == "100")
        #expect(programme.budget(for: 2018)?.text == "300")
        #expect(programme.endOfPeriodBudget?.text == "600")
        #expect(programme.indicators.map(\.name) == ["Jangkauan pemasaran", "Prosentase Akses Pemasaran"])
        #expect(programme.indicators[1].targets.map(\.target?.text) == ["18,5%", "20%"])
        #expect(programme.indicators[1].endOfPeriodTarget?.line == 8)

        let activity = try #require(programme.children.first)
        #expect(activity.level == .kegiatan)
        #expect(activity.lines == LineSpan(9, 10))
        #expect(activity.budget(for: 2017)?.text == "150")
        #expect(activity.budget(for: 2018)?.text == "50")
        #expect(activity.budget(for: 2018)?.line == 10)
        #expect(activity.endOfPeriodBudget == nil)
        #expect(table.rows[2].cells[10].text == "250 / 50")
        #expect(table.rows[2].cells[10].lines == [9, 10])
    }

    @Test func cellsAreAlignedByTheCodeColumn() throws {
        let document = ingestSnippet("""
        Tujuan\tKode Rekening\tProgram dan Kegiatan\tIndikator Kinerja Program dan Kegiatan\t2017\t
        \t\t\t\tTarget\t(Rp)
        Mewujudkan Koperasi\t1.2.11.1.2.11.01.18\tPROGRAM KELEMBAGAAN\tKoperasi aktif\t79%\t1.000
        \t1.2.11.1.2.11.01.18.016\tPeningkatan Manajemen\tPengelola koperasi\t200 org\t400
        1.2.11.1.2.11.01.18.017\tPengawasan Koperasi\tPengawas koperasi\t50 org\t600
        """, layout: .semarang)
        let programme = try #require(document.plan.first)
        #expect(programme.children.map(\.name) == ["Peningkatan Manajemen", "Pengawasan Koperasi"])
        #expect(programme.children.map { $0.budget(for: 2017)?.quantity?.value } == [400, 600])
        #expect(programme.children[1].indicators.first?.targets.first?.target?.text == "50 org")
        let shifted = try #require(document.tables.first?.rows.last)
        #expect(shifted.cells.map(\.text) == ["", "1.2.11.1.2.11.01.18.017", "Pengawasan Koperasi", "Pengawas koperasi", "50 org", "600"])
        #expect(shifted.cells[5].line == 5)
    }

    @Test func programmeTableLinesThatFitNoPlanRowAreKeptAndReported() throws {
        let document = ingestSnippet("""
        Kode Rekening\tUraian\tIndikator Kinerja\t2017\t\t2018\t
        \t\t\tTarget\t(Rp)\tTarget\t(Rp)
        \t\t\t100%\t5.000.000\t\t
        1.2.11.1.2.11.01.01.002\tJasa Komunikasi\tRekening terbayar\t12 bulan\t20.100.000\t12 bulan\t21.000.000
        12 bulan\tcatatan
        \t\t\t\t\t\t\t100%\t9.000.000
        """, layout: .semarang)
        let table = try #require(document.tables.first)
        #expect(table.rows.map(\.lines.first) == [3, 4, 5])
        #expect(table.rows[2].cells.map(\.text) == ["12 bulan", "catatan"])
        #expect(document.uninterpreted.map(\.line) == [3, 5, 6])
        #expect(document.uninterpreted.last?.text == "100% 9.000.000")
        let activity = try #require(document.plan.first)
        #expect(activity.budget(for: 2018)?.text == "21.000.000")
        #expect(activity.lines == LineSpan(4, 6))
    }

    @Test func titleRowsTitleLinesAndRepeatedHeaders() throws {
        let document = ingestSnippet("""
        Kegiatan (Eselon IV) : Fasilitas Hari Koperasi\t\t\t
        SASARAN KEGIATAN (OUTPUT)\tSATUAN\tTARGET\t
        \t\t2017\t2018
        Peringatan hari koperasi\torang\t1500\t1500

        Kegiatan (Eselon IV) : Pengembangan Usaha Koperasi

        SASARAN KEGIATAN (OUTPUT)\tSATUAN\tTARGET\t
        \t\t2017\t2018
        Koperasi yang difasilitasi\tkoperasi\t100\t100
        --\t---\t---\t---

        SASARAN KEGIATAN (OUTPUT)\tSATUAN\tTARGET\t
        \t\t2017\t2018
        Koperasi yang dibina\tkoperasi\t90\t95
        """, layout: .semarang)
        #expect(document.tables.count == 2)
        let first = try #require(document.tables.first)
        #expect(first.caption?.title == "Kegiatan (Eselon IV) : Fasilitas Hari Koperasi")
        #expect(first.caption?.lines == LineSpan(1))
        #expect(first.years == [2017, 2018])
        let second = try #require(document.tables.last)
        #expect(second.caption?.title == "Kegiatan (Eselon IV) : Pengembangan Usaha Koperasi")
        #expect(second.caption?.lines == LineSpan(6))
        #expect(second.rows.map(\.lines.first) == [10, 15])
        #expect(second.rows.last?.cells[3].quantity?.value == 95)
        #expect(document.paragraphs.isEmpty)
        #expect(document.uninterpreted.isEmpty)
    }

    @Test func sourceNoteOfTheTableAboveIsNotATitle() throws {
        let document = ingestSnippet("""
        URAIAN\tSATUAN\t2016
        Karyawan\tOrang\t3.074

        Sumber data : Dinas Koperasi & Usaha Mikro Kota Semarang

        URAIAN\tSATUAN\t2016
        Anggota\tOrang\t179.153
        """, layout: .semarang)
        #expect(document.tables.count == 2)
        #expect(document.tables.allSatisfy { $0.caption == nil })
        #expect(document.paragraphs.map(\.lines.first) == [4])
        #expect(document.tables.last?.rows.first?.cells[2].quantity?.value == 179_153)
    }

    @Test func captionWithoutTableStaysProse() {
        let document = ingestSnippet("""
        Tabel 9.9 Rekapitulasi yang tidak dilampirkan

        Penjelasan berikutnya.
        """, layout: .semarang)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.map(\.text) == ["Tabel 9.9 Rekapitulasi yang tidak dilampirkan", "Penjelasan berikutnya."])
    }
}
