import Testing
import Ingest
@testable import Rules
import TestSupport

/// The ratio rules on the real corpora: every known ratio error at its line, and silence on the
/// rounding and truncation traps.
@Suite struct RatioCorpusTests {
    func findings(_ rule: some Rule, _ corpus: Corpus) -> [Finding] {
        rule.check(corpus.document, RuleContext()).sorted { $0.line < $1.line }
    }

    @Test func semarangReviewTableRatios() {
        // Tabel 2.3 l.925 (77,2 / 75) and l.926 (11.142 / 10.380), 2011; 105,86 for 105,866 is truncation.
        let found = findings(AchievementRatioRule(), .semarang)
        #expect(found.map(\.line) == [925, 926])
        #expect(found.map(\.expected) == ["102,93", "107,34"])
        #expect(found.map(\.found) == ["103,57", "107,98"])
        #expect(found.allSatisfy { $0.severity == .error && $0.table == "Tabel 2.3" })
    }

    @Test func semarangBudgetTableIsCheckedAndItsTruncatedRatiosAccepted() throws {
        let document = Corpus.semarang.document
        let budget = try #require(document.tables.first { $0.caption?.label?.uppercased() == "TABEL 2.4" && $0.lines.first > 900 })
        #expect(RatioColumns.sets(in: budget, denominator: .budget).map(\.year) == Array(2011...2016))
        #expect(findings(BudgetAbsorptionRatioRule(), .semarang).isEmpty)
        #expect(findings(RealisationAboveBudgetRule(), .semarang).isEmpty)
    }

    @Test func bekasiPerformanceTableRatios() {
        // Tabel 2.8: l.957 0,232 / 0,101; l.963 1,05 / 1 printed 104 (truncation only); l.968 3,43 / 5.
        let found = findings(AchievementRatioRule(), .bekasi)
        #expect(found.map(\.line) == [957, 963, 968])
        #expect(found.map(\.severity) == [.error, .warning, .error])
        #expect(found.map(\.expected) == ["229,7", "105,0", "68,60"])
        #expect(found.map(\.found) == ["210", "104", "66,86"])
    }

    @Test func bekasiRoundingTrapsStaySilent() {
        // l.956 0,013 / 0,04 = 32,5 shown as 32 %; l.960 114,2857 shown as 114,28; l.967 13,306 (decimal point).
        let lines = Set(findings(AchievementRatioRule(), .bekasi).map(\.line))
        #expect(lines.isDisjoint(with: [955, 956, 960, 967]))
    }

    @Test func depokAppendixPerformanceRatios() throws {
        // T-C.23: l.2681 2016 62,52 / 62,43; l.2687 2017 divided by the 2018 target. l.2685 is rounding.
        let found = findings(AchievementRatioRule(), .depok)
        #expect(found.map(\.line) == [2681, 2687])
        #expect(found.map(\.expected) == ["100,14", "14,00"])
        #expect(found.map(\.found) == ["102,80", "9,33"])
        #expect(found.last?.message.id.containsLiteral("target tahun 2018 (7,50)") == true)
    }

    @Test func depokBudgetRatiosOfAlignedRowsAreRight() {
        // Every ratio of the T-C.24 rows the ingester could align is realisation / budget; the rows
        // with blank cells (values in order, not in place) are not judged.
        #expect(findings(BudgetAbsorptionRatioRule(), .depok).isEmpty)
    }

    @Test func depokRealisationAboveBudget() throws {
        let found = findings(RealisationAboveBudgetRule(), .depok)
        #expect(found.map(\.line) == [2733, 2763, 2773, 2779])
        let column = try #require(found.first)
        #expect(column.endLine == 2867)
        #expect(column.subject == "column|2018")
        #expect(column.found == "16.107.705.910")
        #expect(column.message.id.containsLiteral("TOTAL"))
        #expect(column.message.id.containsLiteral("189,01%"))
        #expect(found.dropFirst().allSatisfy { $0.subject.hasSuffix("|2019") })
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func bekasiHasNoBudgetRealisationTable() {
        #expect(findings(BudgetAbsorptionRatioRule(), .bekasi).isEmpty)
        #expect(findings(RealisationAboveBudgetRule(), .bekasi).isEmpty)
    }

    @Test func semarangNewProgrammeRatiosShiftedIntoTheGrowthColumn() {
        // Tabel 2.4 l.951-953: 2016 ratios 96 / 94 / 94 printed under "Rata-Rata Pertumbuhan / Realisasi".
        let found = findings(RatioInOtherColumnRule(), .semarang)
        #expect(found.map(\.line) == [951, 952, 953])
        #expect(found.map(\.expected) == ["96", "94", "94"])
        #expect(found.allSatisfy { $0.severity == .warning && $0.message.en.containsLiteral("Realisasi") })
    }

    @Test(arguments: [Corpus.bekasi, .depok])
    func noShiftedRatiosElsewhere(_ corpus: Corpus) {
        #expect(findings(RatioInOtherColumnRule(), corpus).isEmpty)
    }
}
