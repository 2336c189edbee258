import Testing
import Ingest
@testable import Rules

/// The rounding- and truncation-aware judgement of printed ratios, on figures taken from the corpora.
@Suite struct RatioArithmeticTests {
    func verdict(_ printed: String, _ numerator: String, _ denominator: String) -> PrintedRatio.Verdict? {
        PrintedRatio.bestJudgement(printed: NumberParser.parse(printed)!, numerator: NumberParser.parse(numerator)!,
                                   denominator: NumberParser.parse(denominator)!, numeratorIsRounded: true)?.verdict
    }

    @Test func semarangReviewTableErrorsAreInconsistent() {
        // Tabel 2.3 l.925 and l.926, 2011.
        #expect(verdict("103,57 %", "77,2%", "75%") == .inconsistent)
        #expect(verdict("107,98", "11.142", "10.380") == .inconsistent)
    }

    @Test func semarangTruncatedRatiosAreConsistent() {
        // Tabel 2.3: 11.208 / 10.587 = 105,866 printed 105,86; Tabel 2.4: 97,94 printed 97.
        #expect(verdict("105,86", "11.208", "10.587") == .consistent)
        #expect(verdict("97", "2.543.232.156", "2.596.602.000") == .consistent)
        #expect(verdict("104,83 %", "78,62%", "75%") == .consistent)
    }

    @Test func bekasiRatiosFollowRoundingOrTruncation() {
        #expect(verdict("114.28%", "0.08%", "0.07%") == .consistent)
        #expect(verdict("32%", "0.013%", "0.04%") == .consistent)
        // 13.306 reads as thirteen thousand under the Indonesian reading; the decimal reading explains 110,15.
        #expect(verdict("110.15%", "13.306%", "12.08%") == .consistent)
        #expect(verdict("66.86%", "3.43%", "5%") == .inconsistent)
        #expect(verdict("210%", "0.232%", "0.101") == .inconsistent)
    }

    @Test func bekasiVolumeRatioIsOnlyExplainedByTruncatingARoundedRealisation() throws {
        // Tabel 2.8 l.963: 1,05 / 1 = 105 %, printed 104 %.
        let judged = try #require(verdict("104%", "1.05%", "1%"))
        guard case .onlyIfTruncated(let numerator) = judged else {
            Issue.record("expected a truncation-only verdict, got \(judged)")
            return
        }
        #expect(abs(numerator.lowerBound - 1.045) < 1e-9)
        #expect(abs(numerator.upperBound - 1.05) < 1e-9)
    }

    @Test func depokRealisationRoundingExplainsTheWirausahaRatio() {
        // T-C.23 l.2685: 0,10 / 0,14 = 71,43 %, printed 73,16 %; 0,1024 rounds to 0,10.
        #expect(verdict("73.16%", "0.10%", "0.14%") == .consistent)
        #expect(verdict("102.80%", "62.52%", "62.43%") == .inconsistent)
    }

    @Test func unusableFiguresAreNotJudged() {
        #expect(verdict("50%", "10", "0") == nil)
        #expect(verdict("-50", "-10", "20") == nil)
    }
}
