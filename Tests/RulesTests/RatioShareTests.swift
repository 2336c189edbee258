import Testing
import Ingest
@testable import Rules
import TestSupport

/// RAT003 on the shares stated in the staff sections of the corpora.
@Suite struct RatioShareTests {
    @Test func depokStaffSharesAreOfTheStatedSixty() throws {
        let findings = StatedShareRule().check(Corpus.depok.document, RuleContext())
        #expect(findings.map(\.line) == [355, 356])
        let pns = try #require(findings.first)
        #expect(pns.expected == "56,7")
        #expect(pns.found == "67")
        #expect(pns.severity == .error)
        #expect(pns.message.id.hasPrefix("34 orang dari 60 adalah 56,7%, bukan 67%"))
        #expect(findings.last?.expected == "43,3")
        #expect(findings.last?.found == "33")
    }

    @Test func bekasiPppkSharesOfNineteenAreCorrect() {
        // l.355: 14 of 19 = 73,68 %, 5 of 19 = 26,32 %.
        #expect(StatedShareRule().check(Corpus.bekasi.document, RuleContext()).isEmpty)
    }

    @Test func semarangHasNoStatedShares() {
        #expect(StatedShareRule().check(Corpus.semarang.document, RuleContext()).isEmpty)
    }

    @Test func sharesAreReadWithTheirCountsAndUnits() {
        let tokens = ProseTokenizer.tokens("Golongan IX terdiri dari 14 orang atau berjumlah 73.68%, dan golongan V sebanyak 5 orang dengan persentase 26.32%.")
        let shares = StatedShareRule.shares(in: tokens, line: 1)
        #expect(shares.map { $0.count.value } == [14, 5])
        #expect(shares.map { $0.percent.value } == [73.68, 26.32])
        #expect(shares.map(\.unit) == ["orang", "orang"])
        #expect(StatedShareRule.statedTotals(in: tokens) == [5])
    }

    @Test func aPercentageWithoutALinkToACountIsNoShare() {
        // "naik 5 unit 10%" has neither a bracket nor a linking word.
        #expect(StatedShareRule.shares(in: ProseTokenizer.tokens("naik 5 unit 10% dari tahun lalu"), line: 1).isEmpty)
    }

    @Test func sharesOfAnUnknownWholeAreLeftAlone() {
        // 686 + 611 is no whole: the shares add to 128,2 % and no total 1.297 is stated.
        let document = ingestSnippet("Koperasi aktif sebanyak 686 unit (88,2%) dan yang melaksanakan RAT sebanyak 611 unit (40%).", layout: .semarang)
        #expect(StatedShareRule().check(document, RuleContext()).isEmpty)
    }
}
