import Testing
import Ingest
import Rules
import TestSupport

/// The inconsistencies the people we build for named, found in the real documents at their lines.
@Suite struct CorpusFindingsTests {
    static func findings(_ corpus: Corpus, rule: String) -> [Finding] {
        RuleRunner().run(corpus.document).filter { $0.ruleID == rule }
    }

    @Test func bekasiColumnNumbersSkipFourteen() {
        let finding = Self.findings(.bekasi, rule: "NUM001").first { $0.line == 1375 }
        #expect(finding?.table == "Tabel 4.2")
        #expect(finding?.expected == "(14)")
        #expect(finding?.found == "(15)")
    }

    @Test func bekasiTargetTableBeyondPlanPeriod() {
        let finding = Self.findings(.bekasi, rule: "PER001").first { $0.table == "Tabel 3.1" }
        #expect(finding?.severity == .warning)
        #expect(finding?.message.id.containsLiteral("Inmendagri 2/2025") == true)
        #expect(finding.map { (1117...1133).contains($0.line) } == true)
    }

    @Test func bekasiTablesOverDifferentYearSpans() {
        let finding = Self.findings(.bekasi, rule: "PER004").first
        #expect(finding?.table == "Tabel 4.5")
        #expect(finding?.found == "2024–2029")
        #expect(finding?.expected == "2025–2030")
    }

    @Test func bekasiPeriodNamedInText() {
        let lines = Set(Self.findings(.bekasi, rule: "PER003").map(\.line))
        #expect(lines == [132, 205, 1115, 1170, 1222])
    }

    @Test func bekasiProgrammeBudgetDiffersFromItsKegiatan() {
        let finding = Self.findings(.bekasi, rule: "TOT003").first { $0.line == 1385 }
        #expect(finding?.expected == "2025: 8.927.511.400")
        #expect(finding?.found == "2025: 8.448.363.274")
    }

    @Test func depokEndOfPeriodBudgetDiffersFromItsYears() {
        let finding = Self.findings(.depok, rule: "TOT004").first { $0.line == 2115 }
        #expect(finding?.expected == "14.257.236.000")
        #expect(finding?.found == "14.107.236.000")
        #expect(finding?.severity == .error)
    }

    @Test func depokStaffTotalsThatDoNotAddUp() {
        let findings = Self.findings(.depok, rule: "TOT001")
        #expect(findings.first { $0.line == 508 }?.expected == "19")
        #expect(findings.first { $0.line == 535 }?.expected == "32")
    }

    @Test func semarangLabelsCaptioningTwoTables() {
        let lines = Set(Self.findings(.semarang, rule: "NUM002").map(\.line))
        #expect(lines == [921, 936])
    }

    @Test func depokLabelsAndSequence() {
        #expect(Self.findings(.depok, rule: "NUM002").map(\.line) == [458])
        #expect(Set(Self.findings(.depok, rule: "NUM003").map(\.line)) == [544, 937, 1193])
    }

    /// Traps from the auditors' review: history tables, transition years and table-of-contents lines
    /// must not raise period findings.
    @Test func historyAndTransitionYearsAreNotPeriodFindings() {
        #expect(Self.findings(.semarang, rule: "PER003").isEmpty)
        #expect(Self.findings(.depok, rule: "PER002").isEmpty)
        #expect(Self.findings(.bekasi, rule: "PER002").isEmpty)
    }
}
