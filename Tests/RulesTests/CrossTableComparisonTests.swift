import Testing
import Ingest
@testable import Rules

/// The cross-table rules on small documents built directly in the model: which statement of an
/// indicator is blamed, when a difference is certain, and when a shift explains it.
@Suite struct CrossTableComparisonTests {
    /// A table with an indicator column, a unit column, an optional baseline and one target column per year.
    static func indicatorTable(_ label: String, line: Int, years: [Int], baseline: Bool = false,
                               rows: [(name: String, unit: String?, values: [String])]) -> Table {
        var columns = [Column(index: 0, header: "Indikator", role: .indicator), Column(index: 1, header: "Satuan", role: .unit)]
        if baseline { columns.append(Column(index: 2, header: "Kondisi awal", role: .baseline(year: nil, measure: .target))) }
        for year in years {
            columns.append(Column(index: columns.count, header: "Target / \(year)", role: .year(year, measure: .target)))
        }
        let bodyRows = rows.enumerated().map { offset, row -> Row in
            let rowLine = line + 3 + offset
            let texts = [row.name, row.unit ?? ""] + row.values
            let cells = texts.map { Cell(text: $0, line: rowLine, quantity: NumberParser.parse($0)) }
            return Row(cells: cells, lines: LineSpan(rowLine))
        }
        let caption = label.hasPrefix("Tabel") ? TableCaption(label: label, numberParts: [], title: "", lines: LineSpan(line)) : nil
        return Table(caption: caption, headerRows: [], columnNumberRow: nil, columns: columns, rows: bodyRows,
                     lines: LineSpan(line, line + 3 + rows.count))
    }

    static func document(_ tables: [Table]) -> RenstraDocument {
        let lastLine = tables.map(\.lines.last).max() ?? 1
        let source = SourceText(path: "model.txt", encoding: .utf8, lines: Array(repeating: "", count: lastLine))
        return RenstraDocument(source: source, layout: .semarang, blocks: tables.map { .table($0) })
    }

    static func run(_ rule: some Rule, _ tables: [Table]) -> [Finding] { rule.check(document(tables), RuleContext()) }

    /// The one statement a single-row table gives the cross-table rules.
    static func statement(_ table: Table) -> IndicatorSeries { IndicatorSeriesReader.rows(of: table, .comparable, period: nil)[0] }

    let years = Array(2017...2021)

    @Test func theTableThatDisagreesWithTwoOthersIsBlamedWithCertainty() {
        let findings = Self.run(IndicatorTargetMismatchRule(), [
            Self.indicatorTable("Tabel 7.1", line: 1490, years: years, rows: [("Prosentase Meningkatnya Kualitas Usaha Mikro Yang Dibina", "%", ["52", "53", "55", "58", "60"])]),
            Self.indicatorTable("Tabel 7.2", line: 1500, years: years, rows: [("Prosentase Meningkatnya Kualitas Usaha Mikro yang dibina", "%", ["52", "53", "55", "58", "60"])]),
            Self.indicatorTable("Lampiran", line: 1560, years: years, rows: [("Prosentase Meningkatnya Kualitas Usaha Mikro yang dibina", "Prosentase", ["82%", "83%", "85%", "86%", "89%"])]),
        ])
        #expect(findings.count == 1)
        let finding = try! #require(findings.first)
        #expect(finding.line == 1563)
        #expect(finding.severity == .error)
        #expect(finding.expected?.hasPrefix("2017: 52; 2018: 53") == true)
        #expect(finding.found?.hasPrefix("2017: 82%; 2018: 83%") == true)
        #expect(finding.message.en.containsLiteral("Tabel 7.1 (line 1493)") && finding.message.en.containsLiteral("Tabel 7.2 (line 1503)"))
    }

    @Test func aBareNumberAgainstAPercentageIsOnlyAWarning() {
        let findings = Self.run(IndicatorTargetMismatchRule(), [
            Self.indicatorTable("Tabel 7.2", line: 10, years: years, rows: [("Persentase Akses Pemasaran", nil, ["52", "53", "55", "58", "60"])]),
            Self.indicatorTable("Tabel 7.3", line: 20, years: years, rows: [("Persentase Akses Pemasaran", nil, ["82%", "83%", "85%", "86%", "89%"])]),
        ])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.map(\.line) == [23])
        #expect(findings.first?.message.en.containsLiteral("the difference is not certain") == true)
    }

    @Test func roundingIsForgivenButASetTargetIsNot() {
        let rounded = Self.run(IndicatorTargetMismatchRule(), [
            Self.indicatorTable("Tabel 7.1", line: 10, years: [2018, 2019], rows: [("Persentase koperasi aktif", "%", ["88", "88"])]),
            Self.indicatorTable("Tabel 7.2", line: 20, years: [2018, 2019], rows: [("Prosentase koperasi aktif", "%", ["88,3", "88,4"])]),
        ])
        #expect(rounded.isEmpty)
        let different = Self.run(IndicatorTargetMismatchRule(), [
            Self.indicatorTable("Tabel 4.4", line: 10, years: [2025, 2026], rows: [("Pertumbuhan Volume Usaha Koperasi", "%", ["2", "2"])]),
            Self.indicatorTable("Tabel 4.5", line: 20, years: [2025, 2026], rows: [("Pertumbuhan Volume Usaha Koperasi", "%", ["1.5", "2"])]),
        ])
        #expect(different.map(\.line) == [23])
        // The US-style `1.5` reads as Indonesian `1,5` in Indonesian text, and stays `1.5` in English.
        #expect(different.first?.found == "2025: 1,5")
        #expect(different.first?.found(in: .en) == "2025: 1.5")
    }

    @Test func aSeriesMovedByOneYearIsAShiftNotAMismatch() {
        let tables = [
            Self.indicatorTable("Tabel 4.2", line: 1440, years: Array(2025...2030), rows: [("Pertumbuhan Volume Usaha Koperasi", "Persen", ["1.5", "2", "2", "2", "2", "2"])]),
            Self.indicatorTable("Tabel 4.5", line: 1506, years: Array(2024...2029), rows: [("Pertumbuhan Volume Usaha Koperasi", "%", ["1.5", "2", "2", "2", "2", "2"])]),
        ]
        #expect(Self.run(IndicatorTargetMismatchRule(), tables).isEmpty)
        let shifts = Self.run(ShiftedIndicatorSeriesRule(), tables)
        #expect(shifts.map(\.line) == [1509])
        #expect(shifts.first?.table == "Tabel 4.5")
        #expect(shifts.first?.message.en.containsLiteral("Tabel 4.2 (line 1443) for 2025–2030") == true)
    }

    @Test func theShiftedTableIsBlamedOnceWhenTwoOthersAgree() {
        let shifts = Self.run(ShiftedIndicatorSeriesRule(), [
            Self.indicatorTable("Tabel 6.1", line: 1446, years: years, rows: [("Prosentase koperasi sehat", nil, ["6%", "12%", "20%", "30%", "30%"])]),
            Self.indicatorTable("Tabel 7.2", line: 1509, years: years, rows: [("Prosentase koperasi sehat", "%", ["", "6", "12", "20", "30"])]),
            Self.indicatorTable("Lampiran", line: 1640, years: years, rows: [("Prosentase koperasi sehat", "Prosentase", ["6%", "12%", "20%", "30%", ""])]),
        ])
        #expect(shifts.map(\.line) == [1512])
        #expect(shifts.first?.found == "Tabel 7.2: 2018: 6; 2019: 12; 2020: 20; 2021: 30")
        #expect(shifts.first?.message.en.containsLiteral("Tabel 6.1 (line 1449), table at line 1640 (line 1643) for 2017–2020") == true)
    }

    @Test func aFlatSeriesShowsNoShift() {
        let tables = [
            Self.indicatorTable("Tabel 4.2", line: 10, years: Array(2025...2030), rows: [("Pertumbuhan Wirausaha", "Persen", ["7", "7", "7", "7", "7", "7"])]),
            Self.indicatorTable("Tabel 4.5", line: 20, years: Array(2024...2029), rows: [("Pertumbuhan Wirausaha", "%", ["7", "7", "7", "7", "7", "7"])]),
        ]
        #expect(Self.run(ShiftedIndicatorSeriesRule(), tables).isEmpty)
        #expect(Self.run(IndicatorTargetMismatchRule(), tables).isEmpty)
    }

    @Test func similarNamesNeedFourShiftedYears() {
        func tables(_ values: [String]) -> [Table] {
            [Self.indicatorTable("Tabel 4.2", line: 10, years: Array(2025...(2024 + values.count)), rows: [("Persentase Usaha Mikro yang Bertransformasi dari Informal ke Formal", "Persen", values)]),
             Self.indicatorTable("Tabel 4.5", line: 20, years: Array(2024...(2023 + values.count)), rows: [("Usaha Kecil yang Bertransformasi dari Informal ke Formal", "%", values)])]
        }
        let four = Self.run(ShiftedIndicatorSeriesRule(), tables(["40", "41", "43", "44"]))
        #expect(four.map(\.line) == [23])
        #expect(four.first?.message.en.containsLiteral("names also differ") == true)
        #expect(Self.run(ShiftedIndicatorSeriesRule(), tables(["40", "41", "43"])).isEmpty)
    }

    @Test func aNameUsedForDifferentRowsOfOneTableIsNotCompared() {
        let findings = Self.run(IndicatorTargetMismatchRule(), [
            Self.indicatorTable("Tabel 4.2", line: 10, years: [2025, 2026], rows: [
                ("Jumlah Usaha Mikro yang Terfasilitasi", "Unit Usaha", ["167", "167"]),
                ("Jumlah Usaha Mikro yang Terfasilitasi", "Unit Usaha", ["32", "32"]),
            ]),
            Self.indicatorTable("Tabel 4.6", line: 30, years: [2025, 2026], rows: [("Jumlah Usaha Mikro yang Terfasilitasi", "Unit Usaha", ["100", "100"])]),
        ])
        #expect(findings.isEmpty)
    }

    @Test func aLeadingPersentaseIsIgnoredOnlyBetweenPercentages() {
        let a = Self.statement(Self.indicatorTable("Tabel 1", line: 1, years: [2020], rows: [("Persentase Koperasi Aktif", "%", ["70"])]))
        let b = Self.statement(Self.indicatorTable("Tabel 2", line: 9, years: [2020], rows: [("Koperasi Aktif", "%", ["70"])]))
        let c = Self.statement(Self.indicatorTable("Tabel 3", line: 19, years: [2020], rows: [("Koperasi Aktif", "unit", ["70"])]))
        #expect(IndicatorComparison.sameIndicator(a, b))
        #expect(!IndicatorComparison.sameIndicator(a, c))
    }

    @Test func labelsBeforeTheIndicatorNameAreDropped() {
        #expect(IndicatorSeriesReader.cleanName("Indikator Sasaran 1: Persentase Usaha Mikro menjadi Usaha Kecil") == "Persentase Usaha Mikro menjadi Usaha Kecil")
        #expect(IndicatorSeriesReader.cleanName("IKK: Meningkatnya Koperasi yang berkualitas") == "Meningkatnya Koperasi yang berkualitas")
        #expect(IndicatorSeriesReader.cleanName("Rasio: koperasi") == "Rasio: koperasi")
        #expect(IndicatorKey("Presentase Meningkatnya Kualitas").full == IndicatorKey("Persentase meningkatnya kualitas").full)
    }

    /// The key passes over words of any other length before looking them up as spellings of *persentase*.
    @Test func everySpellingOfPersentaseIsUnifiedInTheKey() {
        #expect(IndicatorKey.percentSpellings.allSatisfy { $0.utf8.count == 10 })
        for spelling in IndicatorKey.percentSpellings {
            let key = IndicatorKey("\(spelling.capitalized) koperasi aktif")
            #expect(key.full == "persentase koperasi aktif")
            #expect(key.core == "koperasi aktif")
            #expect(key.leadingWord == "persentase")
        }
        #expect(IndicatorKey("Prosentasenya koperasi aktif").full == "prosentasenya koperasi aktif")
    }

    /// A plan indicator's targets read out of year order, or twice for a year, are compared by the last of
    /// each year, in year order; in order and once a year, they stand as read.
    @Test func comparedPlanTargetsKeepTheLastOfEachYear() {
        func series(_ targets: [(Int, String)]) -> IndicatorSeries? {
            let indicator = PlanIndicator(name: "Persentase Koperasi yang Berkualitas", unit: "%",
                                          targets: targets.map { YearFigure(year: $0.0, target: PlanFixture.cell($0.1, line: 12)) }, line: 12)
            let node = PlanFixture.node(.program, "Program Pengawasan Koperasi", line: 12, years: [], budgets: [], indicator: indicator)
            return IndicatorSeriesReader.read(PlanFixture.document([node]), .comparable).first
        }
        let unordered = series([(2026, "20"), (2025, "21"), (2026, "22")])
        #expect(unordered?.points.map(\.year) == [2025, 2026])
        #expect(unordered?.points.map(\.value) == [21, 22])
        #expect(unordered?.years == [2025, 2026])
        let ordered = series([(2025, "20"), (2026, "21"), (2027, "22")])
        #expect(ordered?.points.map(\.value) == [20, 21, 22])
        #expect(ordered?.years == [2025, 2026, 2027])
    }

    @Test func differentBaselinesAreAWarning() {
        let findings = Self.run(IndicatorTargetMismatchRule(), [
            Self.indicatorTable("Tabel 4.4", line: 10, years: [2025], baseline: true, rows: [("Persentase Koperasi yang Berkualitas", "%", ["13.306", "20"])]),
            Self.indicatorTable("Tabel 4.6", line: 20, years: [2025], baseline: true, rows: [("Persentase Koperasi yang Berkualitas", "%", ["12,08", "20"])]),
        ])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.expected == "kondisi awal 13.306")
        #expect(findings.first?.message.en.containsLiteral("Only the baselines differ") == true)
    }
}
