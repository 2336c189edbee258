import Testing
import Ingest
import TestSupport

/// Chapter headings, contents lists and synopses as real documents write them, each pinned with the
/// lines that were misread before (copied from the documents named in the comments).
@Suite struct RealOutlineFormsTests {
    static func outline(_ text: String) -> [String] {
        ingestSnippet(text, layout: .unknown).headings.map { "\($0.lines.first) \($0.number ?? "-") \($0.title)" }
    }

    @Test func chapterWordWithArabicNumber() {
        // RPJPD DKI Jakarta 2025–2045 (OCR Markdown), the annex's first chapter.
        let text = """
        # BAB 1

        # PENDAHULUAN

        # 1.1. Latar Belakang
        """
        #expect(Self.outline(text) == ["1 1 PENDAHULUAN", "5 1.1 Latar Belakang"])
    }

    @Test func chapterNumeralGluedToTheWordByOCR() {
        // Renstra DKP Cianjur 2011–2016 (`BABI` centred over its title) and the RPJPD DKI synopsis.
        #expect(Self.outline("                  BABI\n          PENDAHULUAN") == ["1 I PENDAHULUAN"])
        #expect(Self.outline("# BABIPENDAHULUAN") == ["1 I PENDAHULUAN"])
        #expect(Self.outline("# BABIVVISI DAN MISI") == ["1 IV VISI DAN MISI"])
        // Words that only start like it stay prose.
        #expect(Self.outline("BABINSA hadir di setiap desa").isEmpty)
    }

    @Test func chapterWordNumeralAndTitleOnSeparateLines() {
        // RPJMD DKI Jakarta 2025–2029: `# BAB`, `# 2`, `# GAMBARAN UMUM DAERAH`.
        #expect(Self.outline("# BAB\n\n# 2\n\n# GAMBARAN UMUM DAERAH") == ["1 2 GAMBARAN UMUM DAERAH"])
        // Renstra DPMPTSP Jember 2021–2026 (`pdftotext -layout`): the title printed between word and numeral.
        #expect(Self.outline("     Bab\n                                          PENUTUP\n     VIII") == ["1 VIII PENUTUP"])
    }

    @Test func runningPageHeaderRepeatsTheChapter() {
        // RPJPD DKI Jakarta: a page header inside chapter 2.
        let headings = ingestSnippet("BAB 2 | GAMBARAN UMUM KONDISI DAERAH", layout: .unknown).headings
        #expect(headings.map(\.number) == ["2"])
        #expect(headings.first?.title == "GAMBARAN UMUM KONDISI DAERAH")
    }

    @Test func sectionNumberGluedToItsTitle() {
        // Renstra DPMPTSP Jember, line 1920: section 3.3 with the space lost.
        #expect(Self.outline("3.3.TELAAHAN RENSTRA KEMENTRIAN/ LEMBAGA DAN DINAS PENANAMAN") == ["1 3.3 TELAAHAN RENSTRA KEMENTRIAN/ LEMBAGA DAN DINAS PENANAMAN"])
        // A justified title keeps one space between its words.
        #expect(Self.outline("3.5 TELAAHAN   RENCANA       TATA     RUANG        WILAYAH") == ["1 3.5 TELAAHAN RENCANA TATA RUANG WILAYAH"])
    }

    @Test func contentsWithoutDotLeadersAreEntriesNotHeadings() {
        // RPJPD DKI Jakarta: the table of contents ends each entry with its page, no leaders.
        let text = """
        # DAFTAR ISI

        # BAB 1 PENDAHULUAN

        1.1. Latar Belakang 1
        1.2. Maksud dan Tujuan 2
        1.5. Sistematika Penulisan 7

        # BAB 2 GAMBARAN UMUM KONDISI DAERAH 9

        2.1. Sejarah Jakarta 9

        # DAFTAR TABEL

        Tabel 2.1 Pembagian Wilayah Jakarta 12

        Bagian ini menguraikan latar belakang penyusunan RPJPD berikut dasar hukum yang relevan dan hubungan antardokumen perencanaan.
        Dengan demikian dokumen ini menjadi pedoman.
        Pembangunan daerah dilaksanakan secara bertahap.
        Setiap tahap memiliki fokus tersendiri.
        Tahap pertama menekankan fondasi.
        Tahap kedua menekankan percepatan.
        Tahap ketiga menekankan pemantapan.

        # BAB 1
        """
        let document = ingestSnippet(text, layout: .unknown)
        #expect(document.headings.map(\.lines.first) == [25])
        let entries = document.paragraphs.filter(\.isContentsEntry).map(\.lines.first)
        #expect(entries == [1, 3, 5, 6, 7, 9, 11, 13, 15])
        #expect(!document.paragraphs.contains { $0.lines.first == 17 && $0.isContentsEntry })
    }

    @Test func contentsEntriesWrappedOverTwoLines() {
        // Renstra DPMPTSP Jember, lines 81–112: only the second line of a wrapped entry has leaders.
        let text = """
                                              DAFTAR ISI
        BAB III PERMASALAHAN DAN ISU-ISU STRATEGIS PERANGKAT
                     DAERAH ..........................................................................................             31
                     3.1 Identifikasi Permasalahan Berdasarkan Tugas dan
                            Fungsi Pelayanan Perangkat Daerah .......................................                              31
                     3.2 Telaahan Visi, Misi dan Program Kepala Daerah dan
                            Wakil Kepala Daerah Terpilih ....................................................                      33
                     3.5 Telaahan Rencana Tata Ruang Wilayah dan Kajian
                            Lingkungan Hidup Strategis ....................................................                        40
        """
        #expect(ingestSnippet(text, layout: .unknown).headings.isEmpty)
    }

    @Test func synopsisListingEachChaptersSections() {
        // Renstra DPMPTSP Jember, lines 434–530: the synopsis lists the sections under each chapter
        // (numbering BAB VI's as 5.1 and 5.2), then the body goes on with `Bab II`.
        let text = """
        1.4 SISTEMATIKA PENULISAN
                         PENDAHULUAN : Menjelaskan latar belakang, landasan
             BAB     I   hukum, serta maksud dan tujuan penyusunan rencana
                              1.1 Latar Belakang
                              1.2 Landasan Hukum
                    GAMBARAN          PELAYANAN          PERANGKAT       DAERAH:
        BAB   II
                     2.2 Sumber Daya Perangkat Daerah
                    PERMASALAHAN DAN ISU STRATEGIS PERANGKAT DAERAH :
        BAB   III   Menjelaskan identifikasi permasalahan, telaah visi dan misi
                     3.6 Penentuan Isu-isu Strategis
                    TUJUAN DAN SASARAN: Menjelaskan Tujuan dan Sasaran
        BAB   IV
                     4.1 Tujuan Jangka Menengah Perangkat Daerah
        BAB   V
                     5.1 Strategi
                    5.2 Arah Kebijakan
        BAB   VI    RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN
                    5.1 Rencana Program/Kegiatan dan Indikator Kinerja.
        BAB   VII   INDIKATOR KINERJA         DINAS PERINDUSTRIAN            DAN
        BAB   VIII PENUTUP

         Bab II                   PELAYANAN
        2.1 TUGAS, FUNGSI DAN STRUKTUR ORGANISASI
        """
        let document = ingestSnippet(text, layout: .unknown)
        #expect(document.headings.map(\.lines.first) == [1, 23, 24])
        #expect(document.paragraphs.contains { $0.text == "Bab VII INDIKATOR KINERJA DINAS PERINDUSTRIAN DAN" })
    }

    @Test func numberedListItemsAsWritten() {
        // RPJPD DKI Jakarta (`16.Pulau Tidung`) and Renstra Satpol PP Semarang (`1.Seksi Data …`): the space lost.
        #expect(ingestSnippet("16.Pulau Tidung", layout: .unknown).listItems.map(\.marker) == ["16."])
        #expect(ingestSnippet("1.Seksi Data dan Informasi Satuan Perlindungan Masyarakat;", layout: .unknown).listItems.map(\.marker) == ["1."])
        // Renstra DPMPTSP Jember, lines 2556–2561: a target column whose figures wrap (24. / 765. / 600).
        let wrapped = """
                                                    Jumlah Pelaku                                          36.
                                                                        24.    26.    28.    31.    33.
                                                    Usaha      yang
                                                                        765.   746.   886.   197.   693.   388.
        """
        #expect(ingestSnippet(wrapped, layout: .unknown).listItems.isEmpty)
    }

    @Test func htmlTableCellsAreNotProse() {
        // RPJPD DKI Jakarta, lines 2605–2611: list items inside one cell of an HTML table.
        let text = """
        Tabel 2.23 Tujuan dan Arahan Pengembangan Kawasan Strategis Jakarta

        <table><tr><td colspan="2">Kawasan Segitiga Emas</td></tr><tr><td>Arahan</td><td>1. penyediaan jaringan;
        2. pembangunan tempat tambat labuh kapal nelayan Kalibaru, Cilincing, Marunda (KCM);
        7. integrasi kawasan dengan jaringan dan titik transit angkutan umum massal.</td></tr></table>

        a. Kawasan berikutnya.
        """
        let document = ingestSnippet(text, layout: .unknown)
        #expect(document.listItems.map(\.lines.first) == [7])
        #expect(!document.paragraphs.contains { (3...5).contains($0.lines.first) })
    }
}
