import Testing
import Ingest
@testable import Rules
import TestSupport

/// The value rules on the real documents: the inconsistencies they hold, and the traps left alone.
@Suite struct ValueCorpusTests {
    static func findings(_ rule: some Rule, _ corpus: Corpus) -> [Finding] {
        rule.check(corpus.document, RuleContext())
    }

    @Test func depokDivisionByZeroCellsAreErrors() {
        let findings = Self.findings(SpreadsheetErrorRule(), .depok)
        #expect(findings.map(\.line) == [2749, 2839])
        #expect(findings.allSatisfy { $0.severity == .error && $0.found == "#DIV/0!" })
    }

    /// Semarang's markdown headings (`### 2.2.2.`) are not Excel's "#####".
    @Test func markdownHeadingMarksAreNotSpreadsheetErrors() {
        #expect(Self.findings(SpreadsheetErrorRule(), .semarang).isEmpty)
        #expect(Self.findings(SpreadsheetErrorRule(), .bekasi).isEmpty)
    }

    @Test func depokAssetTotalIsMalformedAndTheTextGivesItsValue() {
        let findings = Self.findings(MalformedNumberRule(), .depok)
        #expect(findings.map(\.line) == [742])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.found == "Rp 4.347.407.74,12")
        #expect(findings.first?.expected == "4.347.407.744,12")
        #expect(findings.first?.message.en.containsLiteral("line 542") == true)
    }

    /// Bekasi Tabel 4.2 wraps figures over spaces (`346.4 01.00 0`): layout, not error. Only l.1404, where a
    /// group mark is missing too (`20.00 0000` for 20.000.000), gets one format warning.
    @Test func bekasiWrappedFiguresAreNotMalformed() {
        let findings = Self.findings(MalformedNumberRule(), .bekasi)
        #expect(findings.map(\.line) == [1404])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.expected == "20.000.000")
    }

    @Test func semarangKoperasiBaikJumpIsWarnedOnceWithItsRepeats() {
        let findings = Self.findings(ImplausibleTargetJumpRule(), .semarang)
        #expect(findings.map(\.line) == [1143])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.found == "11 → 88")
        #expect(findings.first?.message.en.containsLiteral("1515") == true)
    }

    /// Depok Tabel 7.1 koperasi aktif 34,70% (2020 baseline) → 81,80% (2022) is a recovery, not a jump.
    @Test func depokKoperasiAktifRecoveryIsNotAJump() {
        #expect(!Self.findings(ImplausibleTargetJumpRule(), .depok).contains { (2456...2480).contains($0.line) })
    }

    @Test func bekasiKegiatanTargetOf1025IsAJump() {
        #expect(Self.findings(ImplausibleTargetJumpRule(), .bekasi).contains { $0.line == 1441 && $0.found == "1025 → 245" })
    }

    @Test func bekasiThousandfoldSlipsAreProvenByTheSums() {
        let findings = Self.findings(MagnitudeSlipRule(), .bekasi)
        #expect(findings.map(\.line) == [1450, 1451])
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings.first?.expected == "500.000.000 / 500.000.000 / 600.000.000 / 700.000.000 / 800.000.000")
        #expect(findings.last?.found == "100.000 / 150.000")
        #expect(findings.first?.message.en.containsLiteral("three zeros missing") == true)
    }

    /// Bekasi l.1391/1392 (997.314.400 then 10.000.000) and every sum of Depok and Semarang hold.
    @Test func noSlipWhereTheSumsHold() {
        #expect(Self.findings(MagnitudeSlipRule(), .depok).isEmpty)
        #expect(Self.findings(MagnitudeSlipRule(), .semarang).isEmpty)
    }

    @Test func depokEndOfPeriodTargetsOutsideBothConventions() {
        let findings = Self.findings(EndOfPeriodTargetRule(), .depok)
        #expect(findings.map(\.line) == [1478, 2441])
        #expect(findings.map(\.found) == ["12", "45"])
        #expect(findings.allSatisfy { $0.severity == .warning })
    }

    /// Semarang's phantom pairs (l.1464) and shifted rows (l.1382) make their own budget totals disagree,
    /// so their targets are not judged; its targets leave out the 2016 baseline consistently.
    @Test func semarangTargetsAreNotJudgedOnDoubtfulYearColumns() {
        #expect(Self.findings(EndOfPeriodTargetRule(), .semarang).isEmpty)
    }

    @Test func depokUnformattedBudgetsAreNoted() {
        let findings = Self.findings(UnformattedNumberRule(), .depok)
        #expect(findings.map(\.line) == [1556, 1607, 1624, 1641, 1658])
        #expect(findings.allSatisfy { $0.severity == .info })
        #expect(findings.first?.expected == "30.000.000")
    }

    @Test func noShareAbove100InTheCorpora() {
        for corpus in [Corpus.bekasi, .depok, .semarang] {
            #expect(Self.findings(PercentageAboveHundredRule(), corpus).isEmpty, "\(corpus)")
        }
    }
}
