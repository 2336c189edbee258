import Testing
import Ingest
import Rules
import TestSupport

/// The findings of the numbering, period and reference rules and of malformed numbers on the real
/// documents of other regions, each judged by hand against the text (docs/external-findings.md gives
/// the reasons). The rules that read prose are pinned exactly: a finding more is a false alarm until
/// someone judges it, a finding less is a true one lost. Those that read tables are pinned as findings
/// that must stay, since the tables' reading is still growing.
@Suite(.enabled(if: ExternalDocument.isAvailable, Comment(rawValue: ExternalDocument.absence)))
struct ExternalDocumentFindingsTests {
    static let proseRules: Set<String> = ["NUM005", "NUM006", "PER003", "REF001", "REF002", "REF003", "REF004", "REF005"]

    static func findings(_ external: ExternalDocument) -> [Finding] {
        RuleRunner().run(external.document)
    }

    static func prose(_ findings: [Finding]) -> [String] {
        findings.filter { proseRules.contains($0.ruleID) }.map { "\($0.line) \($0.ruleID)" }.sorted()
    }

    static func keys(_ findings: [Finding]) -> Set<String> { Set(findings.map { "\($0.line) \($0.ruleID)" }) }

    @Test func jemberLayout() {
        let findings = Self.findings(.jemberLayout)
        // The stale "Renstra … Tahun 2016 – 2021" of the foreword, BAB VII titled after another agency in
        // the synopsis, units numbered 4, 6, 7, Tabel 5.1 cited but captioned Gambar 5.1, section 4.3.2 in BAB V.
        #expect(Self.prose(findings) == ["1077 NUM005", "20 PER003", "2734 REF001", "2786 NUM006", "516 REF002"].sorted())
        #expect(Self.keys(findings).isSuperset(of: ["2539 NUM003", "2798 NUM003"]))
        #expect(!findings.contains { $0.ruleID == "VAL002" })
    }

    @Test func jemberReadingOrder() {
        let findings = Self.findings(.jemberReadingOrder)
        #expect(Self.prose(findings) == ["1636 NUM005", "20 PER003", "5386 REF001", "5427 NUM006"].sorted())
    }

    @Test func semarangLayout() {
        let findings = Self.findings(.semarangSatpolLayout)
        // Letters p then t, e twice, section 3.4 twice, BAB VI's section numbered 5.1; no wrapped figure.
        #expect(Self.prose(findings) == ["2114 NUM005", "2681 NUM006", "2983 NUM006", "695 NUM005"].sorted())
        #expect(!findings.contains { $0.ruleID == "VAL002" || $0.family == .period })
    }

    @Test func semarangReadingOrder() {
        let findings = Self.findings(.semarangSatpolReadingOrder)
        #expect(Self.prose(findings) == ["5673 NUM005", "800 NUM005"])
        #expect(!findings.contains { $0.ruleID == "VAL002" })
    }

    @Test func cianjur() {
        let findings = Self.findings(.cianjurLayout)
        #expect(Self.prose(findings) == ["197 PER003"])
        #expect(!findings.contains { $0.ruleID == "VAL002" })
    }

    @Test func dkiRPJMD() {
        let findings = Self.findings(.jakartaRPJMD)
        #expect(Self.prose(findings).isEmpty)
        #expect(!findings.contains { $0.family == .period })
        // Column numbers printed (6) (9), (2) (4), (3) (5) … (8) (8); a value printed 273,009.547,6.
        #expect(Self.keys(findings).isSuperset(of: ["4323 NUM001", "4547 NUM001", "4631 NUM001", "8892 VAL002"]))
    }

    @Test func dkiRPJPD() {
        let findings = Self.findings(.jakartaRPJPD)
        #expect(Self.prose(findings) == ["4397 NUM006"])
        #expect(!findings.contains { $0.family == .period })
        // Tabel 2.6, 5.5 and 5.6 each used twice; mixed separators in a sentence.
        #expect(Self.keys(findings).isSuperset(of: ["1587 NUM002", "3671 NUM002", "3735 NUM002", "975 NUM004", "2460 VAL002"]))
    }

    @Test func dkiPerdaAndSIPDExport() {
        #expect(Self.prose(Self.findings(.jakartaPerda)).isEmpty)
        #expect(Self.prose(Self.findings(.yogyakartaSIPD)).isEmpty)
    }
}
