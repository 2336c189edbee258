import Foundation
import Testing
@testable import LintKit
import Ingest
import Rules
import TestSupport

/// English output writes numbers the English way (`14,257,236,000`, `1.045`), in messages and in the
/// expected and found values; Indonesian output keeps the Indonesian way, and a US-style figure quoted
/// from a document reads the Indonesian way in Indonesian text.
@Suite struct EnglishNumbersTests {
    static func findings(_ corpus: Corpus) -> [Finding] { RuleRunner().run(corpus.document) }

    @Test func numbersFollowTheLanguage() {
        #expect(Localized.number(14_257_236_000) == Localized(id: "14.257.236.000", en: "14,257,236,000"))
        #expect(Localized.number(-150_000_000) == Localized(id: "-150.000.000", en: "-150,000,000"))
        #expect(Localized.number(1.045, decimals: 3) == Localized(id: "1,045", en: "1.045"))
        #expect(Localized.compactNumber(30.3) == Localized(id: "30,3", en: "30.3"))
        #expect(Localized.compactNumber(100) == Localized("100"))
    }

    @Test func aBudgetTotalReadsInEachLanguage() throws {
        // Depok, line 2115: the programme's end-of-period budget against the sum of its years.
        let finding = try #require(Self.findings(.depok).first { $0.ruleID == "TOT004" && $0.line == 2115 })
        #expect(finding.expected == "14.257.236.000" && finding.found == "14.107.236.000")
        #expect(finding.expected(in: .en) == "14,257,236,000" && finding.found(in: .en) == "14,107,236,000")
        #expect(finding.message.id.containsLiteral("14.107.236.000, sedangkan jumlah pagu tahun 2022–2026 14.257.236.000 (selisih -150.000.000)"))
        #expect(finding.message.en.containsLiteral("is 14,107,236,000, while the 2022–2026 budgets sum to 14,257,236,000 (difference -150,000,000)"))
    }

    @Test func aRealisationRangeIsNotAThousandInEnglish() throws {
        // Bekasi Tabel 2.8, line 963: 104 % printed where 1,05 ÷ 1 gives 105,0 %.
        let finding = try #require(Self.findings(.bekasi).first { $0.ruleID == "RAT001" && $0.line == 963 })
        #expect(finding.message.en.containsLiteral("1.05 ÷ 1 × 100 = 105.0%"))
        #expect(finding.message.en.containsLiteral("the realisation was about 1.045–1.050"))
        #expect(finding.message.id.containsLiteral("realisasi sebenarnya sekitar 1,045–1,050"))
        #expect(finding.expected(in: .en) == "105.0" && finding.expected == "105,0")
    }

    @Test func aUSStyleFigureReadsTheIndonesianWayInIndonesianText() throws {
        // Bekasi, line 1511: Tabel 4.5 prints the growth target `1.5`.
        let finding = try #require(Self.findings(.bekasi).first { $0.ruleID == "XTB002" && $0.line == 1511 })
        #expect(finding.message.id.containsLiteral("\"Pertumbuhan Volume Usaha Koperasi\" (1,5 / 2 / 2 / 2 / 2 / 2)"))
        #expect(finding.message.en.containsLiteral("\"Pertumbuhan Volume Usaha Koperasi\" (1.5 / 2 / 2 / 2 / 2 / 2)"))
        #expect(finding.found == "Tabel 4.5: 2024: 1,5; 2025: 2; 2026: 2; 2027: 2; 2028: 2; 2029: 2")
        #expect(finding.found(in: .en) == "Tabel 4.5: 2024: 1.5; 2025: 2; 2026: 2; 2027: 2; 2028: 2; 2029: 2")
    }

    @Test func indonesianFiguresAreQuotedAsWrittenAndRespeltInEnglish() throws {
        // Bekasi, line 1441: a target series falling from `1025` (written without a mark) to `245`; the message
        // writes the value in each language's way, the found value quotes the figures as written.
        let finding = try #require(Self.findings(.bekasi).first { $0.ruleID == "VAL003" && $0.line == 1441 })
        #expect(finding.found == "1025 → 245")
        #expect(finding.found(in: .en) == "1025 → 245")
        #expect(finding.message.id.containsLiteral("turun dari 1.025 (2025) ke 245 (2026)"))
        #expect(finding.message.en.containsLiteral("falls from 1,025 (2025) to 245 (2026), a factor of 4.2"))
    }

    @Test func everyReportUsesTheEnglishValues() throws {
        let finding = try #require(Self.findings(.depok).first { $0.ruleID == "TOT004" })
        let result = FileLintResult(path: finding.file, layout: .depok, period: nil, findings: [finding], error: nil)
        #expect(TextReporter(language: .en, colour: false).render(finding).containsLiteral("expected: 14,257,236,000; found: 14,107,236,000"))
        #expect(JSONReporter(language: .en).report([result]).containsLiteral("\"expected\": \"14,257,236,000\""))
        #expect(SARIFReporter(language: .en, rules: []).report([result]).containsLiteral("\"expected\": \"14,257,236,000\""))
        #expect(HTMLReporter(language: .en, rules: []).report([result]).containsLiteral("<dd>14,257,236,000</dd>"))
        #expect(JSONReporter(language: .id).report([result]).containsLiteral("\"expected\": \"14.257.236.000\""))
    }

    @Test func comparisonTextUsesTheLanguagesNumbers() {
        #expect(ComparisonTextRenderer.display(.number(7_663_589_176.1), .id) == "7.663.589.176,1")
        #expect(ComparisonTextRenderer.display(.number(7_663_589_176.1), .en) == "7,663,589,176.1")
    }

    @Test func readingWarningsAreTranslated() {
        let document = ingestSnippet("Catatan rapat\n\nTidak ada tabel di sini.", layout: .unknown)
        #expect(document.warnings.map(\.en) == ["The file's layout was not recognised; only headings and paragraphs were read."])
        #expect(document.warnings.map(\.id) == ["Tata letak berkas tidak dikenali; hanya judul dan paragraf yang dibaca."])
    }
}
