import Testing
import Ingest
import TestSupport

/// What the title page says a document is, with its period, region and agency. The real title pages are
/// copied from the documents named in the comments.
@Suite struct DocumentKindTests {
    static func metadata(_ text: String) -> DocumentMetadata { ingestSnippet(text, layout: .unknown).metadata }

    @Test func renstraOfARegency() {
        // Renstra DPMPTSP Jember 2021–2026 (`pdftotext -layout`): a logo's column beside the agency name,
        // and a foreword citing "Perubahan RPJPD, RPJMD, dan RKPD" that does not make it a revision.
        let meta = Self.metadata(RealTitlePage.jember + """
        Rancangan Peraturan Daerah Tentang RPJPD Dan RPJMD Serta Tata Cara
        Perubahan RPJPD, RPJMD, dan RKPD, serta Undang-Undang Nomor 23 Tahun
        """)
        #expect(meta.kind == .renstra)
        #expect(meta.city == "Kabupaten Jember")
        #expect(meta.agency == "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
        #expect(meta.period.map { [$0.start, $0.end] } == [2021, 2026])
    }

    @Test func renstraOfACityAgencyThatIsNotADinas() {
        // Renstra Satpol PP Semarang 2021–2026, lines 1–4; "Kabupaten/Kota" in the text names no region.
        let meta = Self.metadata("""
         RENSTRA
               Rencana Strategis
        Satuan Polisi Pamong Praja Kota Semarang
                    Tahun 2021- 2026

        Urusan pemerintahan konkuren yang diserahkan ke Daerah Kabupaten/Kota menjadi dasar.
        """)
        #expect(meta.kind == .renstra)
        #expect(meta.city == "Kota Semarang")
        #expect(meta.agency == "Satuan Polisi Pamong Praja")
    }

    @Test func perdaEnactingAnRPJMD() {
        // Perda DKI Jakarta 2/2025 on the RPJMD 2025–2029 (Markdown), lines 1–9.
        let meta = Self.metadata("""
        ![Scan halaman 1 Peraturan Daerah Provinsi DKI Jakarta: menampilkan lambang Garuda Pancasila, label “SALINAN”, dan judul dokumen.]

        # GUBERNUR DAERAH KHUSUS IBUKOTA JAKARTA

        ## PERATURAN DAERAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA

        ### NOMOR 2 TAHUN 2025

        ### TENTANG RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH TAHUN 2025-2029

        DENGAN RAHMAT TUHAN YANG MAHA ESA
        """)
        #expect(meta.kind == .rpjmd)
        #expect(meta.city == "Provinsi Daerah Khusus Ibukota Jakarta")
        #expect(meta.period.map { [$0.start, $0.end, $0.line] } == [2025, 2029, 9])
    }

    @Test func rpjmdWhoseCoverPrintsTheYearsApart() {
        // RPJMD DKI Jakarta 2025–2029 (OCR Markdown), lines 1–6.
        let meta = Self.metadata("# RPJMD\n\n# JAKARTA\n\n2025  \n2029\n")
        #expect(meta.kind == .rpjmd)
        #expect(meta.period.map { [$0.start, $0.end] } == [2025, 2029])
    }

    @Test func twentyYearPlan() {
        // RPJPD DKI Jakarta 2025–2045, lines 3–12 and 91: a five-year stage named before the period would
        // otherwise be taken for it.
        let meta = Self.metadata("""
        # GUBERNUR DAERAH KHUSUS IBUKOTA JAKARTA

        PERATURAN DAERAH PROVINSI DAERAH KHUSUS IBUKOTA JAKARTA

        NOMOR 8 TAHUN 2024

        TENTANG

        RENCANA PEMBANGUNAN JANGKA PANJANG DAERAH
        a. Arah Kebijakan Periode 2025-2029;
        TAHUN 2025-2045
        """)
        #expect(meta.kind == .rpjpd)
        #expect(meta.period.map { [$0.start, $0.end] } == [2025, 2045])
        #expect(meta.kind.isLongTerm)
    }

    @Test func revisionOfARenstra() {
        // Perubahan Renstra II DKUM Semarang 2016–2021 (Markdown-like seed), lines 1–9.
        let meta = Self.metadata("*Perubahan  \nRencana Strategis  \n(RENSTRA) II 2016-2021*\n\n**DINAS KOPERASI DAN USAHA MIKRO  \nKOTA SEMARANG**\n\n## KATA PENGANTAR")
        #expect(meta.kind == .perubahanRenstra)
        #expect(meta.agency == "DINAS KOPERASI DAN USAHA MIKRO")
    }

    @Test func oneYearDocumentsCiteTheirPlan() {
        // The title page of an agency's Renja as Permendagri 86/2017 words it.
        let renja = Self.metadata("""
        RENCANA KERJA
        DINAS KOPERASI DAN USAHA MIKRO
        KOTA DEPOK
        TAHUN 2024

        KATA PENGANTAR
        Renja ini disusun sebagai penjabaran Renstra Dinas Koperasi dan Usaha Mikro Kota Depok Tahun 2021-2026.
        """)
        #expect(renja.kind == .renja)
        #expect(renja.period.map { [$0.start, $0.end] } == [2024, 2024])
        #expect(renja.citedPeriod.map { [$0.start, $0.end] } == [2021, 2026])
        #expect(renja.planPeriod?.start == 2021)
        #expect(Self.metadata("RENCANA KERJA PEMERINTAH DAERAH\nKOTA BEKASI\nTAHUN 2025").kind == .rkpd)
        #expect(Self.metadata("LAPORAN KINERJA INSTANSI PEMERINTAH\n(LKjIP)\nTAHUN 2023").kind == .lkjip)
        #expect(Self.metadata("POHON KINERJA\nDINAS KOPERASI USAHA KECIL DAN MENENGAH").kind == .performanceChart)
    }

    @Test func aTextWithoutTitlePageIsThePlanItsForewordNames() {
        // Renstra DKUM Depok 2021–2026 (word-processor seed) opens with its foreword.
        let meta = Self.metadata("""
        KATA PENGANTAR
        Penyusunan Renstra ini telah sesuai dengan Peraturan Menteri Dalan Negeri Nomor 86 tahun 2017.
        Renstra ini disusun untuk menentukan arah dan tujuan yang hendak dicapai.
        a. sebagai landasan operasional pelaksanaan RPJMD;
        """)
        #expect(meta.kind == .renstra)
    }
}
