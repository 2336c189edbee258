import Testing
import Ingest
@testable import Rules
import TestSupport

/// Figures cut by a line break inside a table column, and several figures of neighbouring columns in
/// one cell, are not broken numbers; a figure that may be cut but whose continuation is missing is a
/// warning that says so. Each snippet names the document it was copied from.
@Suite struct MalformedNumberPrecisionTests {
    static func findings(_ text: String) -> [Finding] {
        MalformedNumberRule().check(ingestSnippet(text, layout: .unknown), RuleContext())
    }

    @Test func figuresWrappedInTheirColumnAreRebuilt() {
        // Renstra Satpol PP Semarang (`pdftotext -layout`), lines 3359–3360: `1.688.117.1` over `99`.
        let layout = """
        01   09        Pemeliharaan Barang         Persentase            %          100   100   722.333.417   100   252.333.417   100   828.101.600   100   1.688.117.1   100   1.456.928.9   SATPOL
        .    .         Milik Daerah Penunjang      tersedianya                                                                                                       99                  18   PP
        """
        #expect(Self.findings(layout).isEmpty)
        // The same document in reading order, lines 8657–8658: `1.119.419.3` then `62`.
        #expect(Self.findings("734.990.369\n\n100\n\n1.119.419.3\n62\n\nSATPOL").isEmpty)
        #expect(WrappedFigures.rebuilt("1.688.117.1", line: 1, in: ingestSnippet(layout, layout: .unknown).source) == "1.688.117.199")
    }

    @Test func aFigureThatMayBeCutIsOnlyAWarning() {
        // The first piece of Semarang's line 3359 without the line under it.
        let findings = Self.findings("Pemeliharaan Barang Milik Daerah 100   1.688.117.1   100")
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.id.containsLiteral("terpotong pindah baris") == true)
    }

    @Test func severalFiguresInOneCellAreNotABrokenFigure() {
        #expect(DigitSpelling("155.100 152.300 153.430").isSeveralFigures)
        #expect(DigitSpelling("76.93 68.18").isSeveralFigures)
        #expect(DigitSpelling("9. 10. 34.").isSeveralFigures)
        // Renstra Diskop UKM Bekasi: one figure broken by a space stays a finding.
        #expect(!DigitSpelling("20.00 0000").isSeveralFigures)
        #expect(DigitSpelling("20.00 0000").isReportable)
    }

    @Test func aBrokenFigureInRunningTextIsStillAnError() {
        // RPJPD DKI Jakarta, line 2460: mixed separators in a sentence.
        let findings = Self.findings("Dari total ketersediaan air permukaan 6,042.870.443 m³/tahun,anya 4,69% yang terdistribusi ke Jakarta.")
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func aFigureTheTableReaderJoinedIsNotTheDocuments() {
        // Renstra Satpol PP Semarang, lines 3375–3376: the reader of layout columns joined a cut figure with
        // the next column's; the document never writes `1.051.230.5.199.096.404`.
        let source = ingestSnippet("""
        01   09   02   Penyediaan Jasa Pemeliharaan, Persentase            %          100   100   1.051.230.5   100   1.319.300.5   SATPOL
        .    .    .    Biaya Pemeliharaan,           kendaraan                                              99                  28   PP
        """, layout: .unknown).source
        #expect(!MalformedNumberRule.isWritten("1.051.230.5.199.096.404", onAnyOf: [1, 2], in: source))
        #expect(MalformedNumberRule.isWritten("1.051.230.5", onAnyOf: [1, 2], in: source))
    }
}
