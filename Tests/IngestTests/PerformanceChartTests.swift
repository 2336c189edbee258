import Testing
import Ingest
import TestSupport

/// The Bekasi performance chart (pohon kinerja, seed 002) and chart snippets.
@Suite struct PerformanceChartTests {
    let document = Corpus.bekasiChart.document
    let source = Corpus.bekasiChart.source

    @Test func metadataAndNoTables() {
        #expect(document.layout == .performanceChart)
        #expect(document.metadata.kind == .performanceChart)
        #expect(document.metadata.city == "Kota Bekasi")
        #expect(document.metadata.agency == "DINAS KOPERASI USAHA KECIL DAN MENENGAH")
        #expect(document.metadata.period == nil)
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.contains { $0.text == "Meningkatnya Kualitas Manajemen dan Kinerja Diskopukm" && $0.lines.first == 766 })
    }

    @Test func labelRunsRestartWhereTheNumberingRestarts() {
        let objectives = document.chart?.labelRuns.filter { $0.line == 28 } ?? []
        #expect(objectives.map(\.label) == ["SASARAN", "SASARAN"])
        #expect(objectives.first?.numbers == [1, 2, 3, 4, 5] + Array(7...17))
        #expect(objectives.last?.numbers == [1, 2, 3])
        #expect(source.line(28).hasPrefix("SASARAN 1 SASARAN 2 SASARAN 3 SASARAN 4 SASARAN 5 SASARAN 7 "))
        let withUnnumbered = document.chart?.labelRuns.filter { $0.line == 290 } ?? []
        #expect(withUnnumbered.map(\.numbers) == [Array(1...5), Array(1...11)])
        let indicators = document.chart?.labelRuns.first { $0.line == 153 }
        #expect(indicators?.label == "INDIKATOR")
        #expect(indicators?.numbers.contains(6) == false)
    }

    @Test func multiWordLabelsAndSingleBoxes() {
        let runs = document.chart?.labelRuns ?? []
        #expect(runs.filter { $0.line == 1209 }.map(\.label) == ["SASARAN KEGIATAN"])
        #expect(runs.first { $0.line == 1209 }?.numbers == [2, 3, 4, 5])
        #expect(runs.contains { $0.line == 767 && $0.label == "INDIKATOR TUJUAN" && $0.numbers == [1] })
        #expect(runs.filter { $0.line == 1244 }.map(\.numbers) == [[5], [4], [3]])
    }

    @Test func signingOfficialWithNIP() throws {
        let official = try #require(document.chart?.officials.first)
        #expect(document.chart?.officials.count == 1)
        #expect(official.nip == "19680628 199403 2 012")
        #expect(official.name == "Dra. Rita Hartati, MM")
        #expect(official.line == 1197)
        #expect(official.position == "Plt. KEPALA DINAS KOPERASI USAHA KECIL DAN MENENGAH KOTA BEKASI")
        #expect(source.line(1198) == "NIP. 19680628 199403 2 012")
        #expect(source.line(official.line) == "Dra. Rita Hartati, MM")
    }

    @Test func snippetLabelRuns() {
        let document = ingestSnippet("""
        SASARAN KEGIATAN 2 SASARAN KEGIATAN 3 SASARAN KEGIATAN 1SASARAN KEGIATAN 2
        Persentase Layanan Administrasi 2 Bidang
        INDIKATOR 1 INDIKATOR 2 SASARAN 3 INDIKATOR 1
        """, layout: .performanceChart)
        let runs = document.chart?.labelRuns ?? []
        #expect(runs.map(\.label) == ["SASARAN KEGIATAN", "SASARAN KEGIATAN", "INDIKATOR", "SASARAN", "INDIKATOR"])
        #expect(runs.map(\.numbers) == [[2, 3], [1, 2], [1, 2], [3], [1]])
        #expect(runs.map(\.line) == [1, 1, 3, 3, 3])
        #expect(document.tables.isEmpty)
        #expect(document.paragraphs.count == 3)
    }
}
