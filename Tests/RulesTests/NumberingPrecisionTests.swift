import Testing
import Ingest
@testable import Rules
import TestSupport

/// The section- and list-numbering rules on lines of real documents that raised false alarms before,
/// and on the real slips they must keep finding. Each snippet names the document it was copied from.
@Suite struct NumberingPrecisionTests {
    static func lines(_ rule: some Rule, _ text: String) -> [Int] {
        rule.check(ingestSnippet(text, layout: .unknown), RuleContext()).map(\.line)
    }

    @Test func activityTableRowNumbersAreNotSections() {
        // Renstra DKP Cianjur 2011–2016 (`pdftotext -layout`), lines 1612–1629 under BAB IV: row numbers
        // of the programme table (1.1, 2.1, 3.1 …), several chapters' numbers at once.
        let text = """
                                                                      BAB IV
                             VISI MISI DAN SASARAN STRATEGIS, DAN KEBIJAKAN
          1    Program Pengelolaan Areal Pemakaman
         1.1   Penataan Tempat Pemakaman Umum                     Input                                      35
                                                                  Dana
          2    Program Peningkatan Sarana dan Prasarana Pemakaman
         2.1   Pengadaan Mobil Jenazah                            Input
          3    Program Pengembangan Kinerja Pengelolaan Persampahan
         3.1   Penyediaan Prasarana dan Sarana Pengelolaan         Input
         3.2   Peningkatan Operasional dan Pemeliharaan Prasarana Input
         5.1   Penataan Ruang Terbuka Hijau (RTH)                Input
         5.2   Pemeliharaan Ruang Terbuka Hijau (RTH)            Input
         5.3   Penataan Taman Prawatasari                        Input
         5.2   Penataan dan pemeliharaan Penerangan Taman dan    Input
        """
        #expect(Self.lines(HeadingNumberSequenceRule(), text).isEmpty)
    }

    @Test func sectionsOfAnUnreadChapterAreNotMisnumbered() {
        // A chapter heading the reader could not see: its sections 5.1, 5.2 follow BAB IV's.
        let text = """
        BAB IV TUJUAN DAN SASARAN
        4.1 Tujuan Jangka Menengah
        4.2 Sasaran Jangka Menengah
        S T R A T E G I   D A N   A R A H   K E B I J A K A N
        5.1 Strategi
        5.2 Arah Kebijakan
        """
        #expect(Self.lines(HeadingNumberSequenceRule(), text).isEmpty)
    }

    @Test func misnumberedSectionInItsChapterIsFound() {
        // Renstra DPMPTSP Jember 2021–2026, lines 2593–2786: BAB V's second policy section keeps the
        // number 4.3.2 from an older outline.
        let text = """
                STRATEGI DAN ARAH
          Bab V
                    KEBIJAKAN
        5.1 Umum
        5.2 Strategi dan Arah Kebijakan
        5.2.1. Strategi
         4.3.2. Arah Kebijakan
        """
        #expect(Self.lines(HeadingNumberSequenceRule(), text) == [7])
    }

    @Test func repeatedSectionNumberIsFound() {
        // Renstra Satpol PP Semarang 2021–2026, lines 2468–2681: two sections numbered 3.4.
        let text = """
                                                    BAB III
        3.3    TELAAHAN RENSTRA K/L DAN RENSTRA
        3.4          TELAAH RENSTRA KEMENTRIAN DALAM NEGERI
               Kementrian Dalam Negeri dalam Pemermendagri Nomor 67 Tahun 2020
        3.4   REVIEW RENSTRA SATUAN POLISI PAMONG PRAJA PROVINSI JAWA TENGAH
        """
        #expect(Self.lines(HeadingNumberSequenceRule(), text) == [5])
    }

    @Test func missingListItemIsFound() {
        // Renstra DPMPTSP Jember, lines 945–1089: the organisation units are numbered 4, 6, 7.
        let text = """
        4. BIDANG PERIZINAN

                Bidang Perizinan mempunyai tugas merencanakan, melaksanakan,
                       g. Penyusunan laporan pertanggungjawaban atas pelaksanaan
                           tugas.

        6. UNIT PELAKSANA TEKNIS (UPTD)

                   UPTD merupakan unsur pelaksanaan teknis oprasional Dinas. UPTD
        7. KELOMPOK JABATAN FUNGSIONAL
        """
        #expect(Self.lines(ListMarkerSequenceRule(), text) == [7])
    }

    @Test func listInASecondColumnIsItsOwnList() {
        // Renstra DPMPTSP Jember, lines 2495–2507: two boxes side by side, each with indicators 1 and 2.
        let text = """
                           1. Jumlah Nilai investasi berskala nasional (PMDN/PMA)
        INDIKATOR
                      2. Jumlah investor berskala nasional (PMDN/PMA)
         URUSAN                              Penanaman Modal

        INDIKATOR         1. Jumlah Nilai investasi berskala nasional (PMDN/PMA)

                             2. Jumlah investor berskala nasional (PMDN/PMA)
        """
        #expect(Self.lines(ListMarkerSequenceRule(), text).isEmpty)
    }

    @Test func itemWrittenInlineIsNotMissing() {
        // Renstra Satpol PP Semarang, lines 2473–2476: item c. follows b. on the same line.
        let text = """
               a. Peningkatan kualitas manusia Indonesia.
               b. Struktur ekonomi yang produktif, mandiri dan berdaya saing. c. Pembangunan yang
               merata dan berkeadilan.
               d. Mencapai lingkungan hidup yang berkelanjutan.
        """
        #expect(Self.lines(ListMarkerSequenceRule(), text).isEmpty)
    }

    @Test func scrambledAndDisplacedMarkersAreNotJudged() {
        // RPJPD DKI Jakarta (OCR of a map legend), lines 1461–1465: 6, 9, 8.
        #expect(Self.lines(ListMarkerSequenceRule(), "6. Cakung Drain\n\n9. Palubanan Pangkalan Pasir Baru\n\n8. Marina Ancol").isEmpty)
        // Renstra Satpol PP Semarang in reading order, lines 983–1000: the marker h. printed after the list.
        let readingOrder = """
        g. pelaksanaan kegiatan penyusunan kebijakan di Bidang Satuan Perlindungan
        Masyarakat;
        pelaksanaan kegiatan Seksi Data dan Informasi Satuan Perlindungan Masyarakat,
        i. pelaksanaankegiatan penyusunan Data dan Informasi di Bidang Satuan Perlindungan
        j. pelaksanaan kegiatan pengelolaan dan pertanggungjawaban keuangan di Bidang
        fungsinya.
        h.
        """
        #expect(Self.lines(ListMarkerSequenceRule(), readingOrder).isEmpty)
    }

    @Test func listsEndAtACaptionAndAtUnreadTables() {
        // Renstra Satpol PP Semarang, lines 87–112: a list, a caption, then lettered cells of a table.
        let captioned = """
        e. ketenteraman, ketertiban umum, dan pelindungan masyarakat; dan
        f. sosial.
                                          Tabel 1.1.1
        1     Ketenteraman     a.  Standardisasi        a. Penanganan           a. Penanganan
                               b. Penyelenggaraan            umum lintas           dalam 1 (satu)
        """
        #expect(Self.lines(ListMarkerSequenceRule(), captioned).isEmpty)
        // RPJMD DKI Jakarta, lines 8902–8911: items 6–11 are rows of the HTML table between.
        let html = """
        5. KETENTRAMAN, KETERTIBAN UMUM DAN PERLINDUNGAN MASYARAKAT

        <table><tr><td>6.</td><td>SOSIAL</td></tr>
        <tr><td>11.</td><td>PANGAN</td></tr></table>

        12. ADMINISTRASI KEPENDUDUKAN DAN CATATAN SIPIL
        """
        #expect(Self.lines(ListMarkerSequenceRule(), html).isEmpty)
    }

    @Test func ocrLetterLTakenForCapitalI() {
        // RPJPD DKI Jakarta, lines 565–567: the item l. came out of OCR as "I.".
        let text = """
        k. Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tersebut Tata Cara Perencanaan;
        I. Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tersebut Pembentukan Produkt Hukum Daerah;
        m. Peraturan Menteri Dalam Negeri Nomor 70 Tahun 2019 tersebut Sistem Informasi Pemerintahan Daerah;
        """
        #expect(Self.lines(ListMarkerSequenceRule(), text).isEmpty)
    }

    @Test func repeatedLetterIsFound() {
        // Renstra Satpol PP Semarang, lines 2103–2114: two items lettered e.
        let text = """
              d. Isu tentang Hak Asasi Manusia.
                   Dalam pelaksanaan penegakan perda dan penaganan gangguan ketertiban umum dan
              e. Tuntutan masyarakat terhadap kualitas layanan publik.
                   Era saat ini kecepatan dan ketepatan pelayanan sangat diharapkan oleh masyarakat
              e. Kota Semarang Kota Metropolitan yang berkedudukan sebagai ibu Kota Provinsi.
        """
        #expect(Self.lines(ListMarkerSequenceRule(), text) == [5])
    }
}
