import Testing
import Ingest

@Suite struct IndonesianNumberFormatTests {
    static let formatted: [(Double, Int, String)] = [
        (14_257_236_000, 0, "14.257.236.000"),
        (102.928, 2, "102,93"),
        (0, 0, "0"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (100_000, 0, "100.000"),
        (7_663_589_176.10, 2, "7.663.589.176,10"),
        (30.3, 2, "30,30"),
        (0.098, 3, "0,098"),
        (0.5, 0, "1"),
        (2.5, 0, "3"),
        (1.005, 2, "1,01"),
        (2.675, 2, "2,68"),
        (0.004, 2, "0,00"),
        // From 2^53 on, the digits a Double holds, then zeros, marked approximate.
        (1e20, 0, "≈100.000.000.000.000.000.000"),
        (18_446_744_073_709_549_568, 0, "≈18.446.744.073.709.500.000"),
        (18_446_744_073_709_551_616, 0, "≈18.446.744.073.709.600.000"),
        (-1_234_567.891, 2, "-1.234.567,89"),
        (-50, 0, "-50"),
        (-0.5, 0, "-1"),
        (-0.4, 0, "0"),
        (-0.001, 2, "0,00"),
        (1234.5, -3, "1.235"),
    ]

    @Test(arguments: formatted)
    func formats(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(IndonesianNumberFormat.format(value, decimals: decimals) == expected)
    }

    @Test func formatsNonFiniteValuesWithoutTrapping() {
        #expect(IndonesianNumberFormat.format(.nan) == "NaN")
        #expect(IndonesianNumberFormat.format(.infinity, decimals: 2) == "∞")
        #expect(IndonesianNumberFormat.format(-.infinity) == "-∞")
    }

    static let compact: [(Double, Int, String)] = [
        (30.3, 2, "30,3"),
        (100, 2, "100"),
        (92.06, 2, "92,06"),
        (1234.5, 2, "1.234,5"),
        (-2.50, 2, "-2,5"),
        (0.001, 2, "0"),
        (-0.001, 2, "0"),
        (0.098, 3, "0,098"),
        (14_257_236_000, 2, "14.257.236.000"),
        (2.946, 0, "3"),
    ]

    @Test(arguments: compact)
    func formatsCompactly(_ value: Double, _ maximumDecimals: Int, _ expected: String) {
        #expect(IndonesianNumberFormat.formatCompact(value, maximumDecimals: maximumDecimals) == expected)
    }

    @Test(arguments: [14_257_236_000, 7_663_589_176.1, 30.3, 0.5, 1_000_000, 102.93, -8_998_000, 12.08])
    func parserReadsBackWhatTheFormatterPrints(_ value: Double) throws {
        let printed = IndonesianNumberFormat.format(value, decimals: 2)
        let parsed = try #require(NumberParser.parse(printed))
        #expect(parsed.value == value)
        #expect(parsed.decimals == 2)
        #expect(parsed.reading == .indonesian)
    }
}
