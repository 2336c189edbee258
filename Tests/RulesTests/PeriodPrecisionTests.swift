import Foundation
import Testing
import Ingest
@testable import Rules
import TestSupport

/// Period mentions on lines of real documents: other plans' legitimate periods stay silent, a stale
/// period wrapped over two lines is found, and a line naming one period three times is one finding.
/// Each snippet names the document it was copied from.
@Suite struct PeriodPrecisionTests {
    static func findings(_ text: String, context: RuleContext = RuleContext()) -> [Finding] {
        PeriodMentionRule().check(ingestSnippet(text, layout: .unknown), context)
    }

    @Test func stalePeriodWrappedOntoTheNextLineIsFound() {
        // Renstra DPMPTSP Jember, Kata Pengantar, lines 17–21: "Renstra … Tahun 2016 – 2021" in a 2021–2026 plan.
        let text = RealTitlePage.jember + """
              Puji syukur kami panjatkan Kehadirat Tuhan Yang Maha Esa, karena
        dengan rahmat dan inayah-Nya semata, akhirnya Rencana Strategis Organisasi
        Perangkat Daerah (Renstra OPD) Dinas Penanaman Modal dan Pelayanan
        Terpadu Satu Pintu Kabupaten Jember Tahun 2016 – 2021 dapat diselesaikan
        dengan baik.
        """
        let findings = Self.findings(text)
        #expect(findings.map(\.found) == ["2016–2021"])
        #expect(findings.first.map { ($0.line, $0.endLine) }.map { $0 == (12, 13) } == true)
        #expect(findings.first?.severity == .warning)
    }

    @Test func anotherAgencysRenstraInTheProvinceIsNotThisPlan() {
        // Renstra DPMPTSP Jember, lines 1953–1956: the province office's Renstra 2019–2024.
        let text = RealTitlePage.jember + """
        3.4. TELAAHAN RENSTRA PROVINSI JAWA TIMUR

                  Salah satu Tujuan Renstra Dinas Penanaman Modal dan Pelayanan Terpadu
        Satu Pintu Provinsi Jawa Timur periode 2019 – 2024 adalah “Meningkatnya
        """
        #expect(Self.findings(text).isEmpty)
    }

    /// The title page of Renstra Satpol PP Semarang 2021–2026 (`pdftotext -layout`, lines 1–4).
    static let semarangTitle = """
     RENSTRA
           Rencana Strategis
    Satuan Polisi Pamong Praja Kota Semarang
                Tahun 2021- 2026

    """

    @Test func previousPlansCitedAsSuchStaySilentAndOnce() {
        // Renstra Satpol PP Semarang, line 1361: the previous period three times, as history.
        let history = Self.semarangTitle + """
                     Kinerja Satpol PP Kota Semarang tahun 2016-2021 dilaksanakan dengan mengacu pada RPJMD 2016-2021, Renstra 2016-2021, SPM Pemerintahan Dalam Negeri dan turunannya
        """
        #expect(Self.findings(history).isEmpty)
        // Lines 141–142: the previous Renstra named by its period alone.
        let previous = Self.semarangTitle + """
        Keterangan : warna tabel kuning adalah sub urusan yang dilaksanakan Satpol PP pada saat
        disusunnya Renstra 2016-2021
        """
        #expect(Self.findings(previous).isEmpty)
    }

    @Test func nationalPeriodsOnWrappedLinesStaySilent() {
        // Renstra Satpol PP Semarang, lines 2469–2483: RPJMN and the President's programme, wrapped.
        let text = Self.semarangTitle + """
               Sebagai keberlanjutan pembangunan nasional Tahun 2015-2019, dalam lima tahun ke
               depan (2019-2024) telah ditetapkan Visi Presiden dan Wakil Presiden “Terwujudnya
                         Sejalan dengan Visi dan Misi tersebut di atas, untuk periode 2020-2024 ditetapkan
               5 (lima) arahan utama Presiden dan Wakil Presiden, yang meliputi:
              Keterkaitan Renstra Satpol PP Kota Semarang dengan Renstra Satpol PP Provinsi Jawa
              Tengah tahun 2018-2023 yaitu pada misi 1: Membangun masyarakat Jawa Tengah yang
        """
        #expect(Self.findings(text).isEmpty)
    }

    @Test func projectionsAndDeclaredTransitionYearStaySilent() {
        // RPJMD DKI Jakarta 2025–2029 (OCR Markdown): the transition year is declared (line 8877), the
        // fiscal projections run 2026–2030, and a project's schedule is not a plan period.
        let text = """
        # RPJMD

        # JAKARTA

        2025
        2029

        Target yang tercantum berlaku dari tahun 2025-2030; dengan tahun 2030 sebagai tahun transisi yang menjadi tanggung jawab Kepala Daerah pada periode selanjutnya.

        Tabel IV.2 Indikator Kinerja Utama (IKU) Periode 2025-2030

        Sebagaimana tercantum pada tabel di atas, pada periode 2026-2030 total belanja daerah diproyeksikan mencapai Rp.487,95 Triliun.

        Pembangunan JSS Zona 1 dilaksanan pada tahun 2023-2027. Total nilai investasi untuk pembangunan Zona 1 diperkirakan sebesar 8,85 Trilium Rupiah.

        Berdasarkan Rencana Penanggulangan Bencana Daerah Tahun 2023-2027 terdapat 9 (sembilan) ancaman bencana Alam.
        """
        let document = ingestSnippet(text, layout: .unknown)
        #expect(document.metadata.kind == .rpjmd)
        #expect(document.metadata.transitionYear == 2030)
        #expect(PeriodMentionRule().check(document, RuleContext()).isEmpty)
    }

    @Test func stagesOfATwentyYearPlanStaySilent() {
        // RPJPD DKI Jakarta 2025–2045, lines 11–12 and 91–94: the four policy stages.
        let text = """
        RENCANA PEMBANGUNAN JANGKA PANJANG DAERAH
        TAHUN 2025-2045

        a. Arah Kebijakan Periode 2025-2029;
        b. Arah Kebijakan Periode 2030-2034;
        """
        let document = ingestSnippet(text, layout: .unknown)
        #expect(document.metadata.kind == .rpjpd)
        #expect(document.metadata.period.map { [$0.start, $0.end] } == [2025, 2045])
        #expect(PeriodMentionRule().check(document, RuleContext()).isEmpty)
    }

    @Test func oldPeriodInTheSynopsisOfThisRenstraIsFound() {
        // Renstra DKP Cianjur 2011–2016, lines 1–8 and 196–198: the systematics still name 2006 – 2011.
        let text = """
        DINAS KEBERSIHAN DAN PERTAMANAN

         RENCANA STRATEGIS
                   RENSTRA
           TAHUN 2011-2016

        1.5. Sistematika Penulisan

              Untuk dapat menjabarkan secara Sistematika Perencanaan Strategis (RENSTRA)
          perubahan Dinas Kebersihan dan Pertamanan periode 2006 – 2011, maka sistematika
          penulisan Renstra ini dibuat dalam 6 (enam) Bab.
        """
        #expect(Self.findings(text).map(\.found) == ["2006–2011"])
    }
}

/// Period rules whose premise depends on the kind of document.
@Suite struct PeriodRulesByKindTests {
    /// A stage-target table as an RPJPD prints it (years every five years), in tab-separated rows.
    static let stageTable = """
    RENCANA PEMBANGUNAN JANGKA PANJANG DAERAH
    TAHUN 2025-2045

    Tabel 5.7 Sasaran Pokok dan Indikator Utama Pembangunan Daerah

    INDIKATOR\tSATUAN\t2030\t2035\t2040\t2045
    Indeks Pembangunan Manusia\tIndeks\t85\t87\t89\t91
    Tingkat Pengangguran Terbuka\tPersen\t6\t5\t4\t3
    """

    @Test func stageTargetsOfATwentyYearPlanAreNotMissingYears() {
        let document = ingestSnippet(Self.stageTable, layout: .bekasi)
        #expect(document.metadata.kind == .rpjpd)
        #expect(document.tables.count == 1)
        #expect(TableYearsMissingRule().check(document, RuleContext()).isEmpty)
        #expect(TableYearsBeyondPeriodRule().check(document, RuleContext()).isEmpty)
    }

    @Test func theSameTableInARenstraMissesYears() {
        let renstra = Self.stageTable
            .replacingOccurrences(of: "RENCANA PEMBANGUNAN JANGKA PANJANG DAERAH\nTAHUN 2025-2045", with: "RENCANA STRATEGIS\nTAHUN 2030-2035")
        let document = ingestSnippet(renstra, layout: .bekasi)
        #expect(document.metadata.kind == .renstra)
        #expect(!TableYearsMissingRule().check(document, RuleContext()).isEmpty)
    }
}
