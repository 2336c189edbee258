import Foundation
import Testing
import Ingest
import Rules
import TestSupport

/// A PDF is read through `pdftotext -layout`: the same text, so the same findings, each with its page.
@Suite struct PDFInputTests {
    static let hasExtractor = PDFText.executablePath() != nil

    @Test(.enabled(if: ExternalDocument.isAvailable && hasExtractor,
                   "needs ../shared/external and pdftotext (poppler-utils)"))
    func pdfGivesTheFindingsOfItsLayoutTextWithPages() throws {
        let fromPDF = try RenstraIngest.ingest(path: ExternalDocument.jemberPDF.path)
        let fromText = ExternalDocument.jemberLayout.document
        #expect(fromPDF.source.extraction == PDFText.extraction)
        #expect(fromPDF.source.lines == fromText.source.lines)
        let pdfFindings = RuleRunner().run(fromPDF), textFindings = RuleRunner().run(fromText)
        #expect(pdfFindings.map { "\($0.ruleID)@\($0.line)" } == textFindings.map { "\($0.ruleID)@\($0.line)" })
        // The T-C 24 ratio printed as 86% where 2.206.544.664 ÷ 4.799.552.531 gives 46,0%, on page 40 of the PDF.
        let ratio = try #require(pdfFindings.first { $0.ruleID == "RAT002" && $0.line == 1621 && $0.found == "86" })
        #expect(ratio.expected == "46,0")
        #expect(ratio.page == 40)
    }

    @Test func textWithFormFeedsHasPages() {
        let source = SourceText(path: "x.txt", encoding: .utf8, lines: ["one", "two", "\u{0C}three", "\u{0C}\u{0C}five"])
        #expect(source.pageStartLines == [3, 4, 4])
        #expect(source.page(ofLine: 2) == 1)
        #expect(source.page(ofLine: 3) == 2)
        #expect(source.page(ofLine: 4) == 4)
        #expect(SourceText(path: "y.txt", encoding: .utf8, lines: ["a"]).page(ofLine: 1) == nil)
    }

    @Test func aPDFWithoutItsExtractorIsOneClearError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("plan.pdf").path
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { try RenstraIngest.ingest(path: path) }
    }
}
