import Testing
import Ingest
import TestSupport

/// Tabel 6.1 of the Semarang Perubahan Renstra II 2016-2021 (seed 004) under the year assignment a
/// reviewer worked out by hand (figures placed by the order of their pairs and checked against the
/// totals): every programme equals the sum of its kegiatan in each year 2016–2021, every programme's
/// end-of-period budget is the sum of 2016–2021, and every kegiatan line's end-of-period budget is the
/// sum of the years on that line, except the two real slips at lines 1403 and 1405.
@Suite struct SemarangPlanTotalsTests {
    let document = Corpus.semarang.document

    var programmes: [PlanNode] { document.plan.filter { $0.level == .program } }

    func node(_ code: String) -> PlanNode? { document.allPlanNodes.first { $0.code == code } }

    /// The 2016 (baseline) and 2017–2021 budget cells.
    func yearly(_ node: PlanNode) -> [(year: Int, cell: Cell?)] {
        [(2016, node.baselineBudget)] + (2017...2021).map { ($0, node.budget(for: $0)) }
    }

    func amounts(_ node: PlanNode) -> [Double?] { yearly(node).map { $0.cell?.quantity?.value } }

    /// The programmes and kegiatan counts of the reviewer's list; no year was left undecided.
    @Test func theProgrammesReviewed() {
        #expect(programmes.map(\.lines.first) == [1362, 1381, 1399, 1416, 1429, 1448, 1465, 1469, 1474])
        #expect(programmes.map(\.children.count) == [10, 8, 8, 10, 10, 14, 3, 4, 7])
        #expect(!document.uninterpreted.contains { $0.reason.containsLiteral("tidak dapat dipastikan") })
    }

    /// A kegiatan without a figure for a year has no budget that year; so every year where the
    /// programme and all its kegiatan have budgets adds up too.
    @Test func everyProgrammeEqualsItsKegiatanEveryYear() {
        var checks = 0
        for programme in programmes {
            for (year, cell) in yearly(programme) {
                let parts = programme.children.compactMap { child in yearly(child).first { $0.year == year }?.cell }
                #expect(parts.allSatisfy { $0.quantity?.value != nil })
                let sum = parts.compactMap(\.quantity?.value).reduce(0, +)
                #expect(cell?.quantity?.value ?? 0 == sum, "\(programme.name) \(year)")
                checks += 1
            }
        }
        #expect(checks == 54)
    }

    @Test func everyProgrammeEndOfPeriodIsTheSumOf2016To2021() {
        for programme in programmes {
            let sum = amounts(programme).compactMap { $0 }.reduce(0, +)
            #expect(programme.endOfPeriodBudget?.quantity?.value == sum, "\(programme.name)")
        }
        #expect(node("1.2.11.1.2.11.01.01")?.endOfPeriodBudget?.text == "12.311.583.384")
    }

    /// Each physical line of a kegiatan closes with the total of the years printed on it (an activity
    /// over two lines has two partial totals).
    @Test func kegiatanEndOfPeriodAddsUpExceptLines1403And1405() throws {
        let table = try #require(document.tables.first { $0.caption?.label == "Tabel 6.1" && $0.columns.first?.header == "Tujuan" })
        let endColumn = try #require(table.columns.first { $0.role == .endOfPeriod(measure: .budget) }?.index)
        var mismatches: [Int: (found: Double, sum: Double)] = [:]
        var checks = 0
        for kegiatan in programmes.flatMap(\.children) {
            let row = try #require(table.rows.first { $0.lines == kegiatan.lines })
            let end = row.cells[endColumn]
            let spellings = end.text.components(separatedBy: " / ")
            let lines = spellings.count > 1 ? end.lines : [end.line]
            #expect(lines.count == spellings.count)
            for (spelling, line) in zip(spellings, lines) {
                let found = try #require(NumberParser.parse(spelling)?.value)
                let sum = yearly(kegiatan).compactMap(\.cell).filter { $0.line == line }.compactMap(\.quantity?.value).reduce(0, +)
                if found != sum { mismatches[line] = (found, sum) }
                checks += 1
            }
        }
        #expect(checks == 93)
        #expect(mismatches.keys.sorted() == [1403, 1405])
        #expect(mismatches[1403]?.found == 2_680_000 && mismatches[1403]?.sum == 10_720_000)
        #expect(mismatches[1405]?.found == 2_680_000 && mismatches[1405]?.sum == 10_720_000)
    }

    /// Line 1370 prints five 2018–2021 pairs; its own total 185.000.000 and the programme's 2021 budget
    /// say the fourth (45.000.000) is extra and 2021 is 50.000.000.
    @Test func extraPairOnAContinuationLine() throws {
        let printing = try #require(node("1.2.11.1.2.11.01.01.011"))
        #expect(amounts(printing) == [30_000_000, 44_595_000, 45_000_000, 45_000_000, 45_000_000, 50_000_000])
        #expect(printing.budget(for: 2021)?.line == 1370)
        let extra = try #require(document.uninterpreted.first { $0.line == 1370 })
        #expect(extra.text == "100% 45.000.000")
        #expect(node("1.2.11.1.2.11.01.01")?.budget(for: 2021)?.text == "3.005.239.000")
    }

    /// Line 1464 prints five pairs from 2017 on, but the end-of-period is four years' worth and the
    /// programme's 2017 budget leaves nothing for it: the 2017 pair is the extra one.
    @Test func extraPairBeforeTheFirstYear() throws {
        let protection = try #require(node("1.2.11.1.2.11.01.18.030"))
        #expect(amounts(protection) == [nil, nil, 197_425_000, 197_425_000, 197_425_000, 200_425_000])
        #expect(protection.endOfPeriodBudget?.text == "792.700.000")
        #expect(protection.indicators.first?.targets.map(\.target?.text) == [nil, "150 kop", "150 kop", "150 kop", "150 kop"])
        #expect(document.uninterpreted.first { $0.line == 1464 }?.text == "150 kop 197.425.000")
    }

    /// Line 1474 has no 2018–2021 targets: its budgets sit from the 2018 target column on, and
    /// 3.792.021.000 is printed five times.
    @Test func budgetsInTargetColumns() throws {
        let marketing = try #require(node("1.2.11.1.2.11.01.21"))
        #expect(amounts(marketing) == [2_204_278_008, 2_333_248_000, 3_123_021_000, 3_401_238_000, 3_705_479_000, 3_792_021_000])
        #expect(marketing.indicators.first?.targets.map(\.target?.text) == ["6 provinsi", nil, nil, nil, nil])
        #expect(marketing.indicators.first?.endOfPeriodTarget?.text == "6 provinsi")
        #expect(document.uninterpreted.filter { $0.line == 1474 }.map(\.text) == Array(repeating: "3.792.021.000", count: 4))
    }

    /// Rows whose printed columns disagree with the programme totals take the years the totals give.
    @Test func shiftedRowsOfTheSarprasProgramme() throws {
        let vehicles = try #require(node("1.2.11.1.2.11.01.02.005"))
        #expect(amounts(vehicles) == [nil, 127_674_000, 130_000_000, 500_000_000, 350_000_000, 350_000_000])
        #expect(vehicles.endOfPeriodBudget?.text == "1.457.674.000")
        let equipment = try #require(node("1.2.11.1.2.11.01.02.009"))
        #expect(amounts(equipment) == [nil, 50_000_000, 35_000_000, 35_000_000, 50_000_000, 40_000_000])
        #expect(equipment.budget(for: 2017)?.line == 1385)
        #expect(equipment.budget(for: 2018)?.line == 1386)
        let furniture = try #require(node("1.2.11.1.2.11.01.02.010"))
        #expect(amounts(furniture) == [54_812_095, 50_000_000, 35_000_000, nil, nil, nil])
        let upkeep = try #require(node("1.2.11.1.2.11.01.02.028"))
        #expect(amounts(upkeep) == [nil, nil, 50_000_000, 50_000_000, 75_000_000, 75_000_000])
        let programme = try #require(node("1.2.11.1.2.11.01.02"))
        #expect(amounts(programme) == [448_942_095, 468_653_000, 457_275_000, 1_092_275_000, 1_055_000_000, 1_045_000_000])
        #expect(document.uninterpreted.first { $0.line == 1381 }?.text == "100% 1.045.000.000")
    }

    @Test func promotionOf2017ClosesTheBlankPair() throws {
        let promotion = try #require(node("1.2.11.1.2.11.01.21.001"))
        #expect(amounts(promotion) == [1_395_760_008, 1_447_068_000, nil, nil, nil, nil])
        #expect(source(1477).containsLiteral("1.395.760.008\t\t\t185 UMKM\t1.447.068.000"))
    }

    /// An activity whose second line holds only 2021 has no end-of-period figure of its own: the
    /// first line's 33.030.000 covers 2016–2017.
    @Test func partialEndIsNotTheActivityEnd() throws {
        let plans = try #require(node("1.2.11.1.2.11.01.06.029"))
        #expect(plans.endOfPeriodBudget == nil)
        #expect(amounts(plans) == [19_750_000, 13_280_000, nil, nil, nil, 2_680_000])
    }

    func source(_ line: Int) -> String { Corpus.semarang.source.line(line) }
}
