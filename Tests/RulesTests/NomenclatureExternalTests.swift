import Testing
import Ingest
@testable import Rules
import TestSupport

/// The nomenclature rules on other regions' documents as the common pipeline reads them.
@Suite(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
struct NomenclatureExternalTests {
    static let runner = RuleRunner(rules: RuleRegistry.all.filter { type(of: $0).description.family == .nomenclature })

    /// Every NOM finding on these documents was judged by hand: the OCR slips of the DKI RPJMD are worth a
    /// look, the rest is what the lists cannot check (names of later lists, tables read in pieces).
    @Test(arguments: ExternalDocument.allCases.filter { $0 != .jemberPDF })
    func noWarningOrErrorOnOtherRegionsDocuments(_ external: ExternalDocument) {
        let findings = Self.runner.run(external.document)
        #expect(findings.allSatisfy { $0.severity == .info }, "\(external): \(findings.map { "\($0.ruleID)@\($0.line)" })")
    }

    @Test func theJakartaRPJMDIsCheckedAgainstTheProvinsiListAndItsOCRSlipsAreInfo() throws {
        let document = ExternalDocument.jakartaRPJMD.document
        let review = NomenclatureReview(document)
        #expect(review.generation == .kepmendagri050)
        #expect(review.region.level == .provinsi)
        // Line 8680: "PROGRAM PENUNJANG URUSAN PEMBERINAHAN DAERAH PROVINSI", an OCR reading of "PEMERINTAHAN".
        let support = try #require(Self.runner.run(document).first { $0.line == 8680 && $0.ruleID == "NOM001" })
        #expect(support.expected == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI")
        #expect(support.severity == .info)
        #expect(support.message.en.containsLiteral("OCR"))
    }

    @Test func tablesReadInPiecesAreNotReportedNameByName() throws {
        // Semarang Satpol PP's funding table wraps names over several column lines; the pieces read as
        // programmes are not names of any list, which NOM008 says once.
        let findings = Self.runner.run(ExternalDocument.semarangSatpolLayout.document)
        let unchecked = try #require(findings.first { $0.ruleID == "NOM008" })
        #expect(unchecked.message.en.containsLiteral("not read as printed"))
        // Line 3328 prints "Pengadaan Barang Milik / Daerah Penunjang / Urusan Pemerintah / Daerah", the official
        // name; the rebuilt table put "Milik" in the indicator column beside it. Other wording in a rebuilt
        // table is not reported.
        #expect(!findings.contains { $0.ruleID == "NOM001" && $0.line == 3328 })
        #expect(findings.allSatisfy { $0.severity == .info })
    }
}
