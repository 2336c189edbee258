import Testing
import Ingest
@testable import Rules
import TestSupport

/// The two selections of the indicator series reader on the real plans: the cross-table rules read named
/// indicators at their indicator cell, the value rules every row of targets at its first line.
@Suite struct IndicatorSeriesReaderTests {
    static func series(_ corpus: Corpus, _ selection: IndicatorSeriesReader.Selection, table: String) -> [IndicatorSeries] {
        IndicatorSeriesReader.read(corpus.document, selection).filter { $0.table == table }
    }

    @Test func bekasiGoalIndicatorsLoseTheirLabelOnlyForComparison() {
        let comparable = Self.series(.bekasi, .comparable, table: "Tabel 3.1").first { $0.line == 1132 }
        let ownValues = Self.series(.bekasi, .ownValues, table: "Tabel 3.1").first { $0.line == 1132 }
        #expect(comparable?.name == "Persentase Usaha Mikro menjadi Usaha Kecil")
        #expect(ownValues?.name == "Indikator Sasaran 1: Persentase Usaha Mikro menjadi Usaha Kecil")
        #expect(comparable?.points.map(\.year) == Array(2025...2030))
        #expect(ownValues?.points.map(\.cell.text) == Array(repeating: "0.1%", count: 6))
    }

    /// Statements read for their own values work out what comparing reads only when asked: the same as
    /// what a statement read for comparison holds.
    @Test func ownValueStatementsWorkOutTheirComparisonWhenAsked() {
        let ownValues = IndicatorSeriesReader.read(Corpus.semarang.document, .ownValues)
        #expect(ownValues.count > 20)
        for statement in ownValues {
            let compared = IndicatorSeries(name: statement.name, unit: statement.unit, baseline: statement.baseline,
                                           baselineYear: statement.baselineYear, points: statement.points, table: statement.table,
                                           tableTitle: statement.tableTitle, line: statement.line, isPercent: statement.isPercent)
            #expect(statement.key == compared.key)
            #expect(statement.countUnit == compared.countUnit)
            #expect(statement.years == compared.years)
        }
        #expect(ownValues.contains { $0.countUnit != nil })
    }

    @Test func labelColonsAreFoundOnBytesAndAsCharacters() {
        #expect(IndicatorSeriesReader.cleanName("IKU: Persentase Koperasi Aktif") == "Persentase Koperasi Aktif")
        #expect(IndicatorSeriesReader.cleanName("Indikator Sasaran 1 : Persentase UMKM Naik Kelas") == "Persentase UMKM Naik Kelas")
        // A colon carrying a combining mark is no colon: the label stays.
        #expect(IndicatorSeriesReader.cleanName("IKU:\u{301} Persentase Koperasi") == "IKU:\u{301} Persentase Koperasi")
        #expect(IndicatorSeriesReader.cleanName("Persentase") == nil)
    }

    @Test func bekasiRowWithoutANameIsJudgedButNotCompared() {
        // Tabel 2.8 line 956 states a 2020 target of 0.04% in a row without an indicator name.
        #expect(Self.series(.bekasi, .ownValues, table: "Tabel 2.8").contains { $0.line == 956 && $0.name.isEmpty })
        #expect(!Self.series(.bekasi, .comparable, table: "Tabel 2.8").contains { $0.line == 956 })
    }

    @Test func depokVerticalRowIsComparedAtItsIndicatorCellAndJudgedAtItsFirstLine() {
        let comparable = Self.series(.depok, .comparable, table: "Tabel 4.2").filter { $0.name == "Koperasi Berkualitas" }
        let ownValues = Self.series(.depok, .ownValues, table: "Tabel 4.2").filter { $0.name == "Koperasi Berkualitas" }
        #expect(comparable.map(\.line) == [1237])
        #expect(ownValues.map(\.line) == [1235])
        #expect(comparable.first?.value(2023)?.value == 21)
        #expect(ownValues.first?.points.map(\.cell.line) == Array(1239...1243))
    }

    @Test func prosentaseUnitMeansPercentOnlyForComparison() {
        let table = CrossTableComparisonTests.indicatorTable("Tabel 7.2", line: 1, years: [2017, 2018],
                                                             rows: [("Prosentase koperasi aktif", "Prosentase", ["79", "88,3"])])
        #expect(IndicatorSeriesReader.rows(of: table, .comparable, period: nil).map(\.isPercent) == [true])
        #expect(IndicatorSeriesReader.rows(of: table, .ownValues, period: nil).map(\.isPercent) == [false])
    }
}
