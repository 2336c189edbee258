import Testing
import Ingest
@testable import Rules
import TestSupport

/// Captions and references as real documents write them: the caption forms that were not recognised,
/// references to other regulations' tables, and the mismatch between a figure and a table that must
/// still be found. Each snippet names the document it was copied from.
@Suite struct ReferencePrecisionTests {
    @Test func captionForms() {
        // Renstra DPMPTSP Jember (`Tabel: 3.2`, `Tabel 3.1 (TB 35)`, `Tabel 4.3 - Tabel T-C.25.`,
        // `Tabel VII – 1 (T-C 28)`), Renstra Satpol PP Semarang (`Tabel. T-C. 25.`, `TABEL 2.2.1.1`),
        // RPJMD DKI Jakarta (`Tabel II.61 …`).
        let labels = [
            "                                    Tabel: 3.2",
            "                              Tabel 3.1 (TB 35)",
            "                                       Tabel 4.3 - Tabel T-C.25.",
            "                                   Tabel VII – 1 (T-C 28)",
            "                                                       Tabel. T-C. 25.",
            "                                             TABEL 2.2.1.1",
            "Tabel II.61 Proyeksi Asumsi Makroekonomi Tahun 2026-2030",
            "                       Tabel T-C 24",
        ].map { CaptionParser.parse($0, line: 1)?.label }
        #expect(labels == ["Tabel 3.2", "Tabel 3.1", "Tabel 4.3", "Tabel VII.1", "Tabel T-C.25", "Tabel 2.2.1.1",
                           "Tabel II.61", "Tabel T-C.24"])
        #expect(LabelMentions.captionLabels(in: "Tabel 4.3 - Tabel T-C.25.").map(\.key) == ["4.3", "tc.25"])
        #expect(LabelMentions.captionLabels(in: "Tabel VII – 1 (T-C 28)").map(\.key) == ["vii.1", "tc.28"])
        #expect(LabelMentions.captionLabels(in: "Tabel 3.1 (TB 35)").map(\.key) == ["3.1", "tb.35"])
    }

    static func references(_ text: String) -> [Finding] {
        MissingReferenceTargetRule().check(ingestSnippet(text, layout: .unknown), RuleContext())
    }

    @Test func referencesToCaptionsWrittenWithAColonOrAnAliasAreFound() {
        // Renstra DPMPTSP Jember, lines 2186–2213 and 2539: captions `Tabel: 3.2` and `Tabel 4.3 - Tabel T-C.25.`.
        let text = """
                                            Tabel: 3.2

                     Rumusan Kreteria Penentuan Isu – isu Strategis.

        masing isu strategis sebagaimana tersaji dalam Tabel 3.2.
                                               Tabel 4.3 - Tabel T-C.25.
                           Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah
        Tujuan dan sasaran disajikan pada Tabel T-C.25 di atas.
        """
        #expect(Self.references(text).isEmpty)
    }

    @Test func tablesOfOtherRegulationsAndContentsEntriesAreNotReferences() {
        // RPJMD DKI Jakarta, line 5673 (`Tabel 4 Lampiran Perpres No. 55 Tahun 2018`) and line 255 (a contents entry).
        let text = """
        # DAFTAR ISI

        DAFTAR GAMBAR 8

        Merujuk pada Tabel 4 Lampiran Perpres No. 55 Tahun 2018 telah ditetapkan pembangunan trase LRT mencakup LRT Velodrome-Dukuh Atas.
        """
        #expect(Self.references(text).isEmpty)
    }

    @Test func aTableReferenceCaptionedAsAFigureIsFound() {
        // Renstra DPMPTSP Jember, lines 2675 and 2734: the text cites Tabel 5.1, the page captions Gambar 5.1.
        let text = """
                                              Gambar 5.1 Akselerasi
                            Peta Pemikiran Strategis Stakeholders
               Adapun strategi dan kebijakan pembangunan yang akan dilaksanakan oleh
        Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Jember
        adalah sebagaimana tersaji pada Tabel 5.1, dimana misi Kabupaten Jember yang
        """
        let findings = Self.references(text)
        #expect(findings.map(\.line) == [5])
        #expect(findings.first?.message.id.containsLiteral("Gambar 5.1") == true)
    }

    @Test func tableNumbersCountCaptionsLeftAsProse() {
        // Renstra DPMPTSP Jember, lines 1166–1314: `Tabel: 2.1` … `Tabel: 2.5` above tables the reader
        // may not read; 2.4 is not missing.
        let text = """
                                   Tabel: 2.1
                                             Tabel: 2.2
                                                         Tabel: 2.3
                                      Jumlah Pegawai Berdasarkan Tingkat Pendidikan
                                              Tabel: 2.4
                                      Jumlah Pegawai Berdasarkan Golongan
                                                Tabel: 2.5
                                      Sarana dan Prasarana
        """
        #expect(TableLabelSequenceRule().check(ingestSnippet(text, layout: .unknown), RuleContext()).isEmpty)
    }

    @Test func aMissingTableNumberThatIsAFiguresIsSaidSo() {
        // Renstra DPMPTSP Jember, lines 2383–2539: Tabel 4.1, then `Gambar: 4.2`, then Tabel 4.3.
        let text = """
                           Tabel 4.1 Program Unggulan Bupati
                                         Gambar: 4.2
                                               Tabel 4.3 - Tabel T-C.25.
        """
        let findings = TableLabelSequenceRule().check(ingestSnippet(text, layout: .unknown), RuleContext())
        #expect(findings.map(\.line) == [3])
        #expect(findings.first?.message.id.containsLiteral("Gambar 4.2") == true)
    }

    @Test func reviewOfAnotherAgencysPlanWrappedOverTwoLinesIsNotOwnership() {
        // Renstra Satpol PP Semarang, lines 3–4 and 247–249: the synopsis lists the review of the province
        // office's Renstra, its name ending on the next line.
        let text = """
        Satuan Polisi Pamong Praja Kota Semarang
                    Tahun 2021- 2026

                   3.6. Telahaan Renstra Badan Kesatuan Bangsa, Politik, dan Perlindungan
                          Masyarakat Provinsi Jawa Tengah
        """
        #expect(ForeignAgencyMentionRule().check(ingestSnippet(text, layout: .unknown), RuleContext()).isEmpty)
    }
}

/// The chapter synopsis against the chapters, on Renstra DPMPTSP Jember (`pdftotext -layout`): titles
/// centred around `Bab VII` are read whole, and a synopsis title naming another agency is found.
@Suite struct SynopsisPrecisionTests {
    @Test func synopsisTitleNamingAnotherAgencyIsFound() {
        // Lines 434–520 (the synopsis, shortened), 2306–2308, 2593–2595 and 3333–3338 (chapters' centred titles).
        let text = RealTitlePage.jember + """
        1.4 SISTEMATIKA PENULISAN
        BAB   II
        BAB   III   Menjelaskan identifikasi permasalahan, telaah visi dan misi
        BAB   IV
        BAB   V
                    Terpadu Satu Pintu Kabupaten Jember, sebagai supporting
        BAB   VI    RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN
                    INDIKATIF : Menjelaskan rencana program dan kegiatan
        BAB   VII   INDIKATOR KINERJA         DINAS PERINDUSTRIAN            DAN
                    PERDAGANGAN YANG         MENGACU PADA TUJUAN             DAN
                    SASARAN RPJMD

        BAB   VIII PENUTUP

                                                               TUJUAN
                Bab IV
                                                     DAN SASARAN

                STRATEGI DAN ARAH
          Bab V
                    KEBIJAKAN

                   Dokumen Rencana Strategis ( Renstra ) 2021 – 2026| 72
                                INDIKATOR KINERJA DINAS
                                 PENANAMAN MODAL DAN
        Bab VII              PELAYANAN TERPADU SATU PINTU
                             YANG MENGACU PADA TUJUAN DAN
                                     SASARAN RPJMD

             Program pembangunan daerah yang tertera dalam RPJMD Tahun 2021-
        """
        let document = ingestSnippet(text, layout: .unknown)
        let chapter = document.headings.first { $0.number == "VII" }
        #expect(chapter?.title == "INDIKATOR KINERJA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU YANG MENGACU PADA TUJUAN DAN SASARAN RPJMD")
        // (The shortened synopsis leaves other chapters without a match; only BAB VII's entry matters here.)
        let findings = SynopsisChapterRule().check(document, RuleContext()).filter { $0.subject.hasPrefix("agency|") }
        #expect(findings.map(\.line) == [18])
        #expect(findings.first?.message.id.containsLiteral("\"Dinas Perindustrian dan Perdagangan\"; BAB VII di dokumen berjudul \"INDIKATOR KINERJA DINAS PENANAMAN MODAL") == true)
    }
}
