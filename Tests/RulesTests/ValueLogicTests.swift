import Testing
import Ingest
@testable import Rules

/// The judgement behind the value rules, on the figures of the real documents.
@Suite struct ValueLogicTests {
    // MARK: VAL004 — thousandfold slips

    /// Bekasi Tabel 4.2, 2026: kegiatan l.1450 reads 500.000 while its sub kegiatan add up to 500.000.000.
    @Test func kegiatanShortOfThreeZerosIsSolvedAgainstItsChildren() {
        let outcome = ThousandfoldSlip.solve([500_000, 0, 250_000_000, 100_000_000, 150_000_000], tolerance: 2.5)
        #expect(outcome == .solved([.init(index: 0, direction: .missingZeros, corrected: 500_000_000)]))
    }

    /// Bekasi 2027: both the kegiatan (500.000) and the Kemitraan sub (100.000, l.1451) lack three zeros.
    @Test func twoSlipsInOneSumAreSolvedTogether() {
        let outcome = ThousandfoldSlip.solve([500_000, 100_000, 250_000_000, 0, 150_000_000], tolerance: 2.5)
        #expect(outcome == .solved([
            .init(index: 0, direction: .missingZeros, corrected: 500_000_000),
            .init(index: 1, direction: .missingZeros, corrected: 100_000_000),
        ]))
    }

    /// Programme l.1447 (500.000.000) over its only kegiatan (500.000): the sum alone cannot tell which is wrong.
    @Test func singleChildThousandfoldApartIsAmbiguous() {
        guard case .ambiguous(let options) = ThousandfoldSlip.solve([500_000_000, 500_000], tolerance: 1) else {
            Issue.record("expected an ambiguous outcome")
            return
        }
        #expect(options.count == 2)
    }

    @Test func sumsThatHoldOrFailOtherwiseAreLeftAlone() {
        #expect(ThousandfoldSlip.solve([8_998_000, 0, 8_998_000], tolerance: 1.5) == .holds)
        // Bekasi l.1378 2025: short by 479.148.126, no thousandfold explanation.
        #expect(ThousandfoldSlip.solve([7_977_115_274, 7_112_548_000, 997_314_400, 346_401_000], tolerance: 2) == .unsolved)
    }

    // MARK: VAL003 — implausible jumps

    @Test func koperasiBaikJumpIsImplausible() {
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [10, 11, 88, 88, 88, 88], isPercentage: true) == [1])
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [11, 88, 88, 88, 88], isPercentage: true) == [0])
    }

    /// Bekasi l.1441: kegiatan target 1025 in 2025, then 245…313 (the sub targets add up to 191).
    @Test func countDroppingFourfoldIsImplausible() {
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [1025, 245, 245, 262, 313], isPercentage: false) == [0])
    }

    @Test func gradualAndSmallSeriesAreNotJumps() {
        // Depok Tabel 7.1 targets; even with the 2020 baseline 34,70 the first step is only 2,4×.
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [34.7, 81.8, 84.8, 87.9, 90.9, 93.9], isPercentage: true).isEmpty)
        // Semarang Tabel 7.2 koperasi sehat 6, 12, 20, 30 (three values only) and koperasi aktif.
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [6, 12, 20, 30], isPercentage: true).isEmpty)
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [79, 88.3, 88.4, 88.5, 88.6], isPercentage: true).isEmpty)
        // Small counts change by whole units.
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [1, 4, 4, 4, 4], isPercentage: false).isEmpty)
        // A percentage multiplied by four but by fewer than 20 points.
        #expect(ImplausibleTargetJumpRule.implausibleSteps(in: [0.5, 2, 2, 2.1], isPercentage: true).isEmpty)
    }

    // MARK: VAL006 — end-of-period target conventions

    static func indicator(baseline: String, targets: [String], end: String) -> PlanIndicator {
        func cell(_ text: String) -> Cell { Cell(text: text, line: 1, quantity: NumberParser.parse(text)) }
        return PlanIndicator(name: "Jumlah Dokumen", baseline: cell(baseline),
                             targets: targets.enumerated().map { YearFigure(year: 2022 + $0.offset, target: cell($0.element)) },
                             endOfPeriodTarget: cell(end), line: 1)
    }

    /// Depok l.1478: 2, 2, 2, 2, 3 with end-of-period 12 (sum 11, last 3).
    @Test func depokPlanningDocumentsFitNoConvention() {
        let judgement = EndOfPeriodTargetRule.judge(Self.indicator(baseline: "2", targets: ["2", "2", "2", "2", "3"], end: "12"))
        #expect(judgement?.matches == [])
        #expect(judgement?.sum == 11)
        #expect(judgement?.last == 3)
    }

    /// Depok l.2441: 8 promotions a year, baseline 5, end-of-period 45 = 5 + 40.
    @Test func depokPromotionsCountTheBaseline() {
        let judgement = EndOfPeriodTargetRule.judge(Self.indicator(baseline: "5", targets: ["8", "8", "8", "8", "8"], end: "45"))
        #expect(judgement?.matches == [.sumWithBaseline])
    }

    @Test func lastYearAndCumulativeConventionsFit() {
        #expect(EndOfPeriodTargetRule.judge(Self.indicator(baseline: "19", targets: ["19", "19", "19"], end: "19"))?.matches.contains(.last) == true)
        #expect(EndOfPeriodTargetRule.judge(Self.indicator(baseline: "0", targets: ["500", "500", "500", "500", "750"], end: "2.750"))?.matches.contains(.sum) == true)
        // Depok Pengawasan: 83,64% in 2026, end-of-period 84% (rounding).
        #expect(EndOfPeriodTargetRule.judge(Self.indicator(baseline: "60%", targets: ["63,64%", "73,48%", "83,64%"], end: "84%"))?.matches.contains(.last) == true)
    }

    @Test func textTargetsAreNotJudged() {
        #expect(EndOfPeriodTargetRule.judge(Self.indicator(baseline: "0", targets: ["(target = 1750+350+100)", "1500"], end: "5000")) == nil)
    }

    // MARK: VAL002 — broken digit grouping

    @Test func depokAssetTotalIsABrokenAmountOneDigitFromTheText() {
        let spelling = DigitSpelling("Rp 4.347.407.74,12")
        #expect(spelling.groups == ["4", "347", "407", "74"])
        #expect(spelling.fraction == "12")
        #expect(spelling.looksLikeGroupedAmount)
        #expect(spelling.brokenGroup?.digits == "74")
        #expect(!spelling.hasInnerSpace)
        #expect(DigitSpelling.isOneEdit(spelling.wholeDigits, DigitSpelling.wholeDigits(of: 4_347_407_744.12)))
    }

    @Test func codesAndDatesAreNotAmounts() {
        #expect(!DigitSpelling("1.2.11.1.2.11.01.18.016").looksLikeGroupedAmount)
        #expect(!DigitSpelling("2.17.02.2.01.0001").looksLikeGroupedAmount)
        #expect(!DigitSpelling("31.12.2020").looksLikeGroupedAmount)
        // Bekasi l.1404: a wrapped figure is a layout artefact; a missing separator stays a format slip.
        #expect(!DigitSpelling("24.00 0.000").isReportable)
        #expect(DigitSpelling("20.00 0000").isReportable)
        #expect(DigitSpelling("20.00 0000").hasInnerSpace)
    }

    @Test func oneEditMeansOneDigit() {
        #expect(DigitSpelling.isOneEdit("12345", "1245"))
        #expect(DigitSpelling.isOneEdit("12345", "12355"))
        #expect(!DigitSpelling.isOneEdit("12345", "12345"))
        #expect(!DigitSpelling.isOneEdit("12345", "1254"))
    }

    // MARK: VAL005 — which percentages are shares

    @Test func shareIndicatorsAreToldFromGrowthAndIndices() {
        #expect(PercentageAboveHundredRule.isShare("Persentase koperasi aktif"))
        #expect(PercentageAboveHundredRule.isShare("Prosentase jumlah pelaku usaha mikro yang dibina yang meningkat omsetnya"))
        #expect(!PercentageAboveHundredRule.isShare("Persentase Peningkatan Volume Usaha Koperasi"))
        #expect(!PercentageAboveHundredRule.isShare("Persentase Capaian Kinerja Keuangan Penunjang Urusan"))
        #expect(!PercentageAboveHundredRule.isShare("Indeks Profesionalitas Aparatur Sipil Negara"))
        #expect(!PercentageAboveHundredRule.isShare("Pertumbuhan Wirausaha"))
    }
}
