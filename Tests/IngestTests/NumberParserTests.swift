import Testing
import Ingest
import TestSupport

/// What a spelling must parse to; every field is compared.
struct ParsedNumber: Sendable, CustomTestStringConvertible {
    var spelling: String
    var kind: Quantity.Kind
    var value: Double?
    var decimals = 0
    var reading: Quantity.Reading = .plain
    var unit: String?
    var alternative: Double?

    var testDescription: String { "“\(spelling)”" }
}

@Suite struct NumberParserTests {
    static let numbers: [ParsedNumber] = [
        // Indonesian format, as the Bekasi, Depok and Semarang tables print it.
        .init(spelling: "8.998.000", kind: .number, value: 8_998_000, reading: .indonesian),
        .init(spelling: "7.663.589.176,10", kind: .number, value: 7_663_589_176.10, decimals: 2, reading: .indonesian),
        .init(spelling: "30,30%", kind: .percent, value: 30.3, decimals: 2, reading: .indonesian),
        .init(spelling: "100,00%", kind: .percent, value: 100, decimals: 2, reading: .indonesian),
        .init(spelling: "103,57 %", kind: .percent, value: 103.57, decimals: 2, reading: .indonesian),
        .init(spelling: "0,5", kind: .number, value: 0.5, decimals: 1, reading: .indonesian),
        // Money, with the currency mark before or after.
        .init(spelling: "1,179,513,000.00 Rp", kind: .money, value: 1_179_513_000, decimals: 2, reading: .english),
        .init(spelling: "Rp. 70.262.000", kind: .money, value: 70_262_000, reading: .indonesian),
        .init(spelling: "Rp 1.704.720.000", kind: .money, value: 1_704_720_000, reading: .indonesian),
        .init(spelling: "Rp. 324.836.375.142", kind: .money, value: 324_836_375_142, reading: .indonesian),
        .init(spelling: "Rp                      0", kind: .money, value: 0),
        .init(spelling: "IDR 5.000", kind: .money, value: 5000, reading: .indonesian, alternative: 5),
        .init(spelling: "Rp -2.500.000", kind: .money, value: -2_500_000, reading: .indonesian),
        // US decimal points, as Bekasi prints targets and Depok its appendix.
        .init(spelling: "0.098%", kind: .percent, value: 0.098, decimals: 3, reading: .english),
        .init(spelling: "88.0", kind: .number, value: 88, decimals: 1, reading: .english),
        .init(spelling: "0.43", kind: .number, value: 0.43, decimals: 2, reading: .english),
        .init(spelling: "2.5", kind: .number, value: 2.5, decimals: 1, reading: .english),
        .init(spelling: "39.22%", kind: .percent, value: 39.22, decimals: 2, reading: .english),
        .init(spelling: "1,234.5", kind: .number, value: 1234.5, decimals: 1, reading: .english),
        .init(spelling: "12,345,678", kind: .number, value: 12_345_678, reading: .english),
        // Unformatted and signed.
        .init(spelling: "30000000", kind: .number, value: 30_000_000),
        .init(spelling: "2025", kind: .number, value: 2025),
        .init(spelling: "-50", kind: .number, value: -50),
        .init(spelling: "-1", kind: .number, value: -1),
        .init(spelling: "−2,5%", kind: .percent, value: -2.5, decimals: 1, reading: .indonesian),
        // Units.
        .init(spelling: "34 Orang", kind: .number, value: 34, unit: "Orang"),
        .init(spelling: "34  Orang", kind: .number, value: 34, unit: "Orang"),
        .init(spelling: "1 Unit", kind: .number, value: 1, unit: "Unit"),
        .init(spelling: "12 bln", kind: .number, value: 12, unit: "bln"),
        .init(spelling: "330 org", kind: .number, value: 330, unit: "org"),
        .init(spelling: "20 Unit Usaha", kind: .number, value: 20, unit: "Unit Usaha"),
        .init(spelling: "92,06 M", kind: .number, value: 92.06, decimals: 2, reading: .indonesian, unit: "M"),
        .init(spelling: "1,5 kali", kind: .number, value: 1.5, decimals: 1, reading: .indonesian, unit: "kali"),
        .init(spelling: "100 m²", kind: .number, value: 100, unit: "m²"),
        .init(spelling: "12\u{00A0}bulan", kind: .number, value: 12, unit: "bulan"),
        // Markup and surrounding whitespace; the spelling keeps the text as written.
        .init(spelling: "<b>77</b>", kind: .number, value: 77),
        .init(spelling: "**3.792.021.000**", kind: .number, value: 3_792_021_000, reading: .indonesian),
        .init(spelling: "<b>78,5%</b>", kind: .percent, value: 78.5, decimals: 1, reading: .indonesian),
    ]

    @Test(arguments: numbers)
    func readsNumber(_ expected: ParsedNumber) throws {
        let quantity = try #require(NumberParser.parse(expected.spelling))
        #expect(quantity.spelling == expected.spelling)
        #expect(quantity.kind == expected.kind)
        #expect(quantity.value == expected.value)
        #expect(quantity.decimals == expected.decimals)
        #expect(quantity.reading == expected.reading)
        #expect(quantity.unit == expected.unit)
        #expect(quantity.alternativeValue == expected.alternative)
    }

    @Test func spellingIsTrimmedButOtherwiseAsWritten() throws {
        let quantity = try #require(NumberParser.parse("  \t8.998.000 \u{00A0}"))
        #expect(quantity.spelling == "8.998.000")
        #expect(quantity.value == 8_998_000)
    }

    /// Quantities are stored packed; a figure's decimals are kept whatever their count.
    @Test func manyDecimalsAreCountedInFull() throws {
        let quantity = try #require(NumberParser.parse("0," + String(repeating: "0", count: 199) + "5"))
        #expect(quantity.decimals == 200)
        #expect(quantity.value.map { $0 > 0 && $0 < 1e-199 } == true)
    }

    static let markers: [(String, Quantity.Kind)] = [
        ("-", .dash), ("–", .dash), ("—", .dash), ("- Rp", .dash), ("Rp -", .dash),
        ("Rp                          -", .dash),
        ("N/A", .notAvailable), ("N.A", .notAvailable), ("NA", .notAvailable), ("n/a", .notAvailable),
        ("#DIV/0!", .spreadsheetError), ("#REF!", .spreadsheetError), ("#VALUE!", .spreadsheetError),
        ("#N/A", .spreadsheetError), ("#NAME?", .spreadsheetError), ("#####", .spreadsheetError),
    ]

    @Test(arguments: markers)
    func readsMarkerWithoutValue(_ spelling: String, _ kind: Quantity.Kind) throws {
        let quantity = try #require(NumberParser.parse(spelling))
        #expect(quantity.kind == kind)
        #expect(quantity.spelling == spelling)
        #expect(quantity.value == nil)
    }

    /// Meant as numbers but not readable as written: the spelling is kept and no value is guessed.
    /// Numbers split by spaces (a PDF wrap) are not joined here; the Bekasi ingester removes the
    /// spaces itself before parsing.
    static let malformed = [
        "Rp 4.347.407.74,12", "4.347.407.74", "1.234,5,6",
        "Rp. 70.26 2.000", "150.00 0.000", "150.0 00.00 0", "60.000. 000", "20.000 000", "2.189. 180.1 00",
        "8.941.", "60.000.", ".000", ".115.", "Rp 1.2.3", "1.2.3%",
    ]

    @Test(arguments: malformed)
    func keepsMalformedSpelling(_ spelling: String) throws {
        let quantity = try #require(NumberParser.parse(spelling))
        #expect(quantity.kind == .malformed)
        #expect(quantity.spelling == spelling)
        #expect(quantity.value == nil)
        #expect(quantity.additiveValue == nil)
    }

    @Test func spaceSplitAmountReadsOnceTheSpacesAreGone() throws {
        #expect(NumberParser.parse("Rp. 70.26 2.000")?.kind == .malformed)
        #expect(try #require(NumberParser.parse("Rp. 70.262.000")).value == 70_262_000)
        #expect(try #require(NumberParser.parse("150.000.000")).value == 150_000_000)
    }

    static let notQuantities = [
        "", "   ", "Sekretariat", "Persen (%)", "Persen", "2016-2021", "Tahun 2025", "IV/c", "√", "%", "Rp",
        "1.2.11.1.2.11.01.18.016", "2.17.02.2.01.0001", "1.2.11.1.2.11.01.21", "2.1.3", "10.0.0.1",
        "19 September 2025", "1 Januari 2024", "19 September", "(1.000)", "(1)", "1.", "12.", "3.1.",
        "1. Sekretariat", "1.2.11.01.18.016.", "- 50", "3 - 5", "5.000 - 10.000", "2016 2017 2018", "1e5", "0x10", "2a", "D3",
        "50%%", "3/4", "<b></b>", "**", "NIP. 19610831 198503 2 008", "#", "## Bab II", "Rp 5%", "١٢٣", "１２",
    ]

    @Test(arguments: notQuantities)
    func rejectsText(_ text: String) {
        #expect(NumberParser.parse(text) == nil)
    }

    @Test func loneDotBeforeThreeDigitsReadsAsThousandsWithDecimalAlternative() throws {
        let thousands = try #require(NumberParser.parse("2.946"))
        #expect(thousands.value == 2946)
        #expect(thousands.decimals == 0)
        #expect(thousands.reading == .indonesian)
        #expect(thousands.isAmbiguous)
        #expect(thousands.alternativeValue == 2.946)

        let decimal = thousands.withAlternativeReading()
        #expect(decimal.value == 2.946)
        #expect(decimal.decimals == 3)
        #expect(decimal.reading == .english)
        #expect(decimal.alternativeValue == 2946)
        #expect(decimal.spelling == "2.946")
        #expect(decimal.roundingHalfUnit == 0.0005)
        #expect(decimal.withAlternativeReading() == thousands)
    }

    @Test func loneCommaBeforeThreeDigitsReadsAsDecimalWithThousandsAlternative() throws {
        let decimal = try #require(NumberParser.parse("1,179"))
        #expect(decimal.value == 1.179)
        #expect(decimal.decimals == 3)
        #expect(decimal.reading == .indonesian)
        #expect(decimal.alternativeValue == 1179)

        let thousands = decimal.withAlternativeReading()
        #expect(thousands.value == 1179)
        #expect(thousands.decimals == 0)
        #expect(thousands.reading == .english)
        #expect(thousands.withAlternativeReading() == decimal)
    }

    @Test func ambiguityFollowsTheKindOfQuantity() throws {
        let money = try #require(NumberParser.parse("Rp 1,179"))
        #expect(money.value == 1179)
        #expect(money.alternativeValue == 1.179)
        let percent = try #require(NumberParser.parse("13.306%"))
        #expect(percent.value == 13.306)
        #expect(percent.decimals == 3)
        #expect(percent.alternativeValue == 13_306)
        let count = try #require(NumberParser.parse("6.412 UMKM"))
        #expect(count.value == 6412)
        #expect(count.unit == "UMKM")
        #expect(count.alternativeValue == 6.412)
    }

    static let unambiguous = ["0.43", "0.098", "0,125", "1234.567", "2.5", "12.345.678", "8.998.000", "30,30"]

    @Test(arguments: unambiguous)
    func hasNoAlternativeReading(_ spelling: String) throws {
        let quantity = try #require(NumberParser.parse(spelling))
        #expect(!quantity.isAmbiguous)
        #expect(quantity.withAlternativeReading() == quantity)
    }

    @Test func additiveValueCountsDashAsZeroAndUnknownsAsNothing() {
        #expect(NumberParser.parse("-")?.additiveValue == 0)
        #expect(NumberParser.parse("N/A")?.additiveValue == nil)
        #expect(NumberParser.parse("#DIV/0!")?.additiveValue == nil)
        #expect(NumberParser.parse("8.941.")?.additiveValue == nil)
        #expect(NumberParser.parse("Rp. 70.262.000")?.additiveValue == 70_262_000)
        #expect(NumberParser.parse("-50")?.additiveValue == -50)
    }

    @Test func roundingHalfUnitFollowsPrintedDecimals() throws {
        #expect(try #require(NumberParser.parse("8.998.000")).roundingHalfUnit == 0.5)
        #expect(try #require(NumberParser.parse("7.663.589.176,10")).roundingHalfUnit == 0.005)
        #expect(try #require(NumberParser.parse("88.0")).roundingHalfUnit == 0.05)
        #expect(try #require(NumberParser.parse("-")).roundingHalfUnit == 0)
    }

    @Test func unformattedLargeNumbersAreRecognised() throws {
        #expect(try #require(NumberParser.parse("30000000")).isUnformattedLargeNumber)
        #expect(try #require(NumberParser.parse("230000000")).isUnformattedLargeNumber)
        #expect(try #require(NumberParser.parse("-30000")).isUnformattedLargeNumber)
        #expect(try !#require(NumberParser.parse("30.000.000")).isUnformattedLargeNumber)
        #expect(try !#require(NumberParser.parse("2025")).isUnformattedLargeNumber)
        #expect(try !#require(NumberParser.parse("9999")).isUnformattedLargeNumber)
        #expect(try !#require(NumberParser.parse("30000%")).isUnformattedLargeNumber)
    }

    @Test func valuesAreTheNearestDoubleToTheWrittenDecimal() throws {
        #expect(try #require(NumberParser.parse("0,1")).value == 0.1)
        #expect(try #require(NumberParser.parse("0.3")).value == 0.3)
        #expect(try #require(NumberParser.parse("99.999.999.999.999,99")).value == 99_999_999_999_999.99)
        // More whole digits than a Double holds exactly: kept as written, with no value.
        let long = try #require(NumberParser.parse("123456789012345678901234"))
        #expect(long.kind == .beyondPrecision && long.value == nil && long.spelling == "123456789012345678901234")
    }
}

/// Cells of the real corpora, at the lines where they occur.
@Suite struct NumberParserCorpusTests {
    /// The tab-separated cells of 1-based `line` in `corpus`.
    func cells(_ corpus: Corpus, line: Int) -> [String] {
        corpus.source.line(line).pieces(separatedBy: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func bekasiBudgetCutByTheLineWrapIsMalformedAndItsTailIsAFragment() {
        let row = cells(.bekasi, line: 1378).map(NumberParser.parse)
        #expect(row[9]?.spelling == "8.941.")
        #expect(row[9]?.kind == .malformed)
        #expect(row[5]?.value == 7977)
        #expect(row[5]?.alternativeValue == 7.977)
        #expect(row[4]?.value == 88)
        #expect(row[4]?.decimals == 1)
        let tail = cells(.bekasi, line: 1379).compactMap(NumberParser.parse)
        #expect(tail.map(\.spelling) == ["0", ".115.", "5", ".964.", "0", "471.33", "0", "544.58", "820.41", ".275."])
        #expect(tail.filter { $0.kind == .malformed }.map(\.spelling) == [".115.", ".964.", ".275."])
    }

    @Test func bekasiSpaceSplitBudgetIsMalformed() {
        let row = cells(.bekasi, line: 1430)
        #expect(row[5] == "Rp. 70.26 2.000")
        #expect(NumberParser.parse(row[5])?.kind == .malformed)
        #expect(NumberParser.parse(row[2])?.value == 4)
        #expect(NumberParser.parse(row[3]) == nil)
    }

    @Test func bekasiIndicatorRowReadsPercentagesWithDecimalPoints() {
        let row = cells(.bekasi, line: 967).map(NumberParser.parse)
        #expect(row[4]?.kind == .percent)
        #expect(row[4]?.value == 7)
        #expect(row[8]?.value == 12.08)
        #expect(row[13]?.value == 13.306)
        #expect(row[13]?.alternativeValue == 13_306)
        #expect(row[0] == nil)
    }

    @Test func depokMalformedBudgetKeepsItsSpelling() throws {
        let quantity = try #require(NumberParser.parse(Corpus.depok.source.line(742)))
        #expect(quantity.kind == .malformed)
        #expect(quantity.spelling == "Rp 4.347.407.74,12")
        #expect(NumberParser.parse(Corpus.depok.source.line(1503))?.value == 7_663_589_176.10)
        #expect(NumberParser.parse(Corpus.depok.source.line(1556))?.isUnformattedLargeNumber == true)
    }

    @Test func semarangAccountCodesAreNotNumbersButTheirFiguresAre() {
        let row = cells(.semarang, line: 1451)
        #expect(row[4] == "1.2.11.1.2.11.01.18.016")
        #expect(NumberParser.parse(row[4]) == nil)
        #expect(NumberParser.parse(row[7])?.unit == "org")
        #expect(NumberParser.parse(row[7])?.value == 312)
        #expect(NumberParser.parse(row[8])?.value == 514_169_683)
    }

    @Test func semarangBoldTotalsAndSpacedPercentages() {
        let totals = cells(.semarang, line: 758).map(NumberParser.parse)
        #expect(totals[0] == nil)
        #expect(totals.last??.value == 77)
        #expect(totals.last??.spelling == "<b>77</b>")
        let achievement = cells(.semarang, line: 925).map(NumberParser.parse)
        #expect(achievement[17]?.spelling == "103,57 %")
        #expect(achievement[17]?.value == 103.57)
        #expect(achievement[3]?.value == 75)
        #expect(achievement[2]?.kind == .dash)
    }
}
