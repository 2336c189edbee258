import Testing
@testable import Ingest
import TestSupport

/// The Bekasi performance chart (pohon kinerja, seed 002) read as a tree: labels, boxes, the labels
/// the text decides, pairings and officials; and chart snippets.
@Suite struct PerformanceChartTests {
    let document = Corpus.bekasiChart.document
    let source = Corpus.bekasiChart.source
    var chart: PerformanceChart { document.chart! }

    func labels(onLine line: Int) -> [ChartLabel] { chart.labels.filter { $0.line == line } }
    func box(at line: Int) -> ChartBox? { chart.boxes.first { $0.span.first == line } }

    @Test func metadataAndNoTables() {
        #expect(document.layout == .performanceChart)
        #expect(document.metadata.kind == .performanceChart)
        #expect(document.metadata.city == "Kota Bekasi")
        #expect(document.metadata.agency == "DINAS KOPERASI USAHA KECIL DAN MENENGAH")
        #expect(document.metadata.period == nil)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.contains { $0.text == "Meningkatnya Kualitas Manajemen dan Kinerja Diskopukm" && $0.lines.first == 766 })
    }

    @Test func labelRowsKeepTheirNumbersAndOrder() {
        #expect(source.line(28).hasPrefix("SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 4 SASARAN 5 SASARAN 7 "))
        #expect(labels(onLine: 28).map(\.number) == [1, 2, 3, 4, 5] + Array(7...17) + [1, 2, 3])
        #expect(labels(onLine: 28).allSatisfy { $0.kind.words == "SASARAN" })
        // `SASARAN INDIKATOR SASARAN 1` inside a row of SASARAN labels: two headings, then SASARAN 1.
        let headed = labels(onLine: 290)
        #expect(headed.filter { $0.number == nil }.map(\.kind.words) == ["SASARAN", "INDIKATOR", "SASARAN", "INDIKATOR", "SASARAN", "INDIKATOR"])
        #expect(headed.compactMap(\.number) == Array(1...5) + Array(1...11))
        #expect(labels(onLine: 1244).map(\.number) == [5, 4, 3])
        #expect(labels(onLine: 1209).map(\.name) == (2...5).map { "SASARAN KEGIATAN \($0)" })
        #expect(labels(onLine: 767).map(\.name) == ["INDIKATOR TUJUAN 1"])
    }

    @Test func aLabelBrokenOverTwoLinesIsOneLabel() {
        #expect(source.line(16) == "INDIKATOR " && source.line(17) == "KEGIATAN 1")
        #expect(labels(onLine: 16).map(\.name) == ["INDIKATOR KEGIATAN 1"])
        #expect(labels(onLine: 16).first?.lines == LineSpan(16, 17))
        #expect(source.line(14) == "1")
        #expect(labels(onLine: 13).map(\.name) == ["INDIKATOR KEGIATAN 1"])
    }

    @Test func misspelledLabelsAreReadAsTheWordTheyMean() {
        let misspelled = chart.labels.filter { !$0.misspellings.isEmpty }
        #expect(misspelled.map(\.line) == [798, 813])
        #expect(misspelled.map(\.name) == ["INDIKATOR 1", "INDIKATOR KEGIATAN 1"])
        #expect(misspelled.first?.misspellings == [LabelMisspelling(printed: "INDIKATROR", expected: "INDIKATOR")])
        #expect(source.line(798) == "INDIKATROR 1")
    }

    @Test func boxesAreWholeAcrossBlankLinesAndApartWhereGlued() {
        #expect(box(at: 80)?.text == "Terlaksananya Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD")
        #expect(box(at: 80)?.lines == [80, 81, 83, 84, 86, 87])
        #expect(box(at: 69)?.text == "Tersedianya Bahan Bacaan dan Peraturan Perundang-Undangan")
        #expect(box(at: 645)?.text == "Jumlah Terbayarnya Gaji Pegawai ASN dan NON ASN")
        // `…Perangkat DaerahPersentase Layanan…`: three boxes on lines 770–771.
        let glued = chart.boxes.filter { $0.lines.contains(771) }.map(\.text)
        #expect(glued == ["Persentase Layanan Administrasi Kepegawaian Perangkat Daerah",
                          "Persentase Layanan Administrasi Umum Perangkat Daerah",
                          "Persentase Barang Milik Daerah yang Terpelihara"])
        let sideBySide = chart.boxes.filter { $0.span.first == 1200 }.map(\.text)
        #expect(sideBySide == ["Persentase PKL yang Menempati Tempat yang telah Ditetapkan",
                               "Persentase Peningkatan Skala Usaha Mikro menjadi Usaha Kecil"])
        #expect(box(at: 739)?.text == "Optimalisasi Peningkatan Sarana dan Prasarana Aparatur")
    }

    @Test func labelsDecidedByTheText() {
        let decided = chart.boxes.filter { $0.label != nil }.map { ($0.span.first, chart.labels[$0.label!].name) }
        let expected: [(Int, String)] = [
            (19, "INDIKATOR KEGIATAN 1"), (24, "INDIKATOR KEGIATAN 1"), (673, "INDIKATOR 6"),
            (757, "SASARAN 1"), (760, "INDIKATOR SASARAN 1"), (766, "TUJUAN 1"), (768, "INDIKATOR TUJUAN 1"),
            (795, "SASARAN 1"), (800, "INDIKATOR 1"), (805, "SASARAN KEGIATAN 1"), (815, "INDIKATOR KEGIATAN 1"),
            (1229, "INDIKATOR SASARAN 2"), (1232, "INDIKATOR SASARAN 3"), (1318, "SASARAN KEGIATAN 1"),
            (1320, "INDIKATOR KEGIATAN 1"), (1326, "SASARAN KEGIATAN 1"), (1331, "INDIKATOR KEGIATAN 1"),
            (1343, "SASARAN 2"), (1348, "TUJUAN 2"), (1351, "INDIKATOR TUJUAN 2"),
        ]
        for (line, name) in expected { #expect(decided.contains { $0 == (line, name) }, "\(line) \(name)") }
        // A row of 19 SASARAN labels over 19 boxes decides their kind, not which number each has.
        #expect(box(at: 30)?.kind?.words == "SASARAN" && box(at: 30)?.label == nil)
        #expect(box(at: 283)?.kind?.words == "INDIKATOR")
        // Two SASARAN 1 labels over one box: which official's it is stays open.
        #expect(source.line(1236) == "SASARAN 1 SASARAN 1")
        #expect(box(at: 1238)?.kind == nil)
        // The box under IS3 is decided; the box after it (another official's sasaran) is not.
        #expect(box(at: 1234)?.kind == nil)
    }

    @Test func pairingsDecidedByTheText() {
        let pairs = chart.pairings.map { pairing in
            (chart.boxes[pairing.objective].span.first, pairing.indicators.map { chart.boxes[$0].span.first })
        }
        #expect(pairs.map(\.0) == [757, 766, 795, 805, 1318, 1326, 1348])
        #expect(pairs.map(\.1) == [[760], [768], [800], [815], [1320], [1331], [1351]])
    }

    @Test func positionsTitlesAndTheSigningOfficial() throws {
        #expect(chart.pages.count == 1)
        let page = try #require(chart.pages.first)
        #expect(page.titles.map(\.lines.first) == [737, 1203])
        let titles = page.positions.map(\.title)
        #expect(titles.contains("ANALIS PERENCANAAN EVALUASI DAN PELAPORAN"))
        #expect(titles.filter { $0 == "PENGAWAS KOPERASI AHLI MUDA" }.count == 2)
        #expect(titles.contains("ANALIS KOPERASI"))
        #expect(titles.contains("PENGADMINISTRASI SARANA DAN PENGEMBANGAN USAHA"))
        #expect(titles.contains("KEPALA BIDANG USAHA MIKRO DAN FASILITASI UKM"))
        let official = try #require(chart.signatories.first)
        #expect(chart.signatories.count == 1)
        #expect(official.nip == "19680628 199403 2 012")
        #expect(official.name == "Dra. Rita Hartati, MM")
        #expect(official.line == 1197)
        #expect(official.position == "Plt. KEPALA DINAS KOPERASI USAHA KECIL DAN MENENGAH KOTA BEKASI")
        #expect(document.metadata.signatory == official)
    }

    @Test func snippetLabelRows() {
        let document = ingestSnippet("""
        SASARAN KEGIATAN 2 SASARAN KEGIATAN 3 SASARAN KEGIATAN 1SASARAN KEGIATAN 2
        Persentase Layanan Administrasi 2 Bidang
        INDIKATOR 1 INDIKATOR 2 SASARAN 3 INDIKATOR 1
        """, layout: .performanceChart)
        let labels = document.chart?.labels ?? []
        #expect(labels.map(\.kind.words) == ["SASARAN KEGIATAN", "SASARAN KEGIATAN", "SASARAN KEGIATAN", "SASARAN KEGIATAN",
                                             "INDIKATOR", "INDIKATOR", "SASARAN", "INDIKATOR"])
        #expect(labels.map(\.number) == [2, 3, 1, 2, 1, 2, 3, 1])
        #expect(labels.map(\.position) == [0, 1, 2, 3, 0, 1, 2, 3])
        #expect(document.chart?.boxes.map(\.text) == ["Persentase Layanan Administrasi 2 Bidang"])
        #expect(document.tables.isEmpty)
    }

    @Test func singleEdits() {
        #expect(SingleEdit(from: "INDIKATROR", to: "INDIKATOR")?.kind == .insertion)
        let doubled = SingleEdit(from: "tersusunya", to: "tersusunnya")
        #expect(doubled?.kind == .deletion && doubled?.doublesNeighbour == true && doubled?.letter == "n")
        #expect(SingleEdit(from: "beserta", to: "peserta")?.kind == .substitution)
        #expect(SingleEdit(from: "pembukuan", to: "pembukaan")?.offset == 6)
        #expect(SingleEdit(from: "abc", to: "acb")?.kind == .transposition)
        #expect(SingleEdit(from: "sasaran", to: "sarana") == nil)
        #expect(SingleEdit(from: "same", to: "same") == nil)
    }
}
