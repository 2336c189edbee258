import Testing
import Ingest
import TestSupport

/// A text that is none of the known exports still gives its headings and paragraphs, with a warning.
@Suite struct UnknownLayoutTests {
    static let text = """
    RENCANA STRATEGIS DINAS PERDAGANGAN KOTA CONTOH
    2024-2028

    BAB I
    PENDAHULUAN

    1.1. Latar Belakang
    Renstra ini disusun untuk lima tahun.
    a. butir pertama;
    b. butir kedua.
    """

    @Test func detectedAsUnknown() {
        let source = SourceText(path: "contoh.txt", encoding: .utf8, lines: Self.text.pieces(separatedBy: "\n", omittingEmptySubsequences: false).map(String.init))
        #expect(LayoutDetector.detect(source) == .unknown)
        let document = RenstraIngest.ingest(source)
        #expect(document.layout == .unknown)
        #expect(document.warnings.contains { $0.id.containsLiteral("tidak dikenali") })
        #expect(document.metadata.period?.start == 2024 && document.metadata.period?.end == 2028)
        #expect(document.headings.map { "\($0.lines.first) \($0.number ?? "")" } == ["4 I", "7 1.1"])
        #expect(document.headings.first?.title == "PENDAHULUAN")
        #expect(document.listItems.map(\.marker) == ["a.", "b."])
        #expect(document.paragraphs.contains { $0.lines.first == 8 })
        #expect(document.tables.isEmpty)
    }
}
