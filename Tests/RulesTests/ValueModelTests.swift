import Testing
import Ingest
@testable import Rules

/// The plan-based value rules on hand-built plan trees carrying the real figures and lines,
/// independent of how a layout is read.
@Suite struct ValueModelTests {
    /// Bekasi Tabel 4.2 programme l.1447 → kegiatan l.1450 → four sub kegiatan (l.1451, 1454-1456), 2025-2030.
    static let bekasiUmkm: RenstraDocument = {
        let years = Array(2025...2030)
        let subs = [
            PlanFixture.node(.subKegiatan, "Sub Kegiatan Pemberdayaan Melalui Kemitraan Usaha Mikro", line: 1451, years: years,
                             budgets: ["102.533.000", "0", "100.000", "0", "150.000", "0"]),
            PlanFixture.node(.subKegiatan, "Sub kegiatan Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro", line: 1454, years: years,
                             budgets: ["141.650.900", "250.000.000", "250.000.000", "250.000.000", "250.000.000", "350.000.000"]),
            PlanFixture.node(.subKegiatan, "Sub Kegiatan Koordinasi dan Sinkronisasi dengan Para Pemangku Kepentingan", line: 1455, years: years,
                             budgets: ["0", "100.000.000", "0", "200.000.000", "150.000.000", "250.000.000"]),
            PlanFixture.node(.subKegiatan, "Sub Kegiatan Peningkatan Pemahaman dan Pengetahuan UMKM", line: 1456, years: years,
                             budgets: ["457.920.000", "150.000.000", "150.000.000", "150.000.000", "150.000.000", "200.000.000"]),
        ]
        let kegiatan = PlanFixture.node(.kegiatan, "Kegiatan Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan", line: 1450,
                                        years: years, budgets: ["702.103.900", "500.000", "500.000", "600.000", "700.000", "800.000"],
                                        children: subs)
        let programme = PlanFixture.node(.program, "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
                                         line: 1447, years: years,
                                         budgets: ["702.103.900", "500.000.000", "500.000.000", "600.000.000", "700.000.000", "800.000.000"],
                                         children: [kegiatan])
        return PlanFixture.document([programme])
    }()

    @Test func bekasiKegiatanAndKemitraanSubAreProvenThreeZerosShort() {
        let findings = MagnitudeSlipRule().check(Self.bekasiUmkm, RuleContext())
        #expect(findings.map(\.line) == [1450, 1451])
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings[0].found == "500.000 / 500.000 / 600.000 / 700.000 / 800.000")
        #expect(findings[0].expected == "500.000.000 / 500.000.000 / 600.000.000 / 700.000.000 / 800.000.000")
        #expect(findings[1].expected == "100.000.000 / 150.000.000")
        #expect(findings[0].message.id.containsLiteral("kurang tiga angka nol"))
        #expect(findings[0].message.en.containsLiteral("three zeros missing"))
    }

    @Test func lonelySmallYearWithoutSumIsOnlyLikely() {
        let node = PlanFixture.node(.kegiatan, "Kegiatan Fasilitasi Usaha Mikro", line: 20, years: [2026, 2027, 2028, 2029],
                                    budgets: ["250.000.000", "250.000", "300.000.000", "350.000.000"])
        let findings = MagnitudeSlipRule().check(PlanFixture.document([node]), RuleContext())
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.expected == "250.000.000")
    }

    /// Only a row's smallest year can be a thousandfold slip: two years tied for the smallest, or one year
    /// beside a single other, are not.
    @Test func rowOutlierNeedsOneSmallestYearAndTwoOthers() {
        let years = [2026, 2027, 2028, 2029]
        let tied = PlanFixture.node(.kegiatan, "Kegiatan Fasilitasi Usaha Mikro", line: 20, years: years,
                                    budgets: ["250.000", "250.000", "300.000.000", "350.000.000"])
        let lone = PlanFixture.node(.kegiatan, "Kegiatan Fasilitasi Usaha Kecil", line: 30, years: Array(years.prefix(2)),
                                    budgets: ["250.000", "300.000.000"])
        #expect(MagnitudeSlipRule().check(PlanFixture.document([tied, lone]), RuleContext()).isEmpty)
        let slipped = PlanFixture.node(.kegiatan, "Kegiatan Fasilitasi Usaha Menengah", line: 40, years: years,
                                       budgets: ["300.000.000", "350.000.000", "400.000.000", "280.000"])
        let findings = MagnitudeSlipRule().check(PlanFixture.document([slipped]), RuleContext())
        #expect(findings.map(\.expected) == ["280.000.000"])
    }

    /// A node keeps its number however often it is met; two nodes on the same line of two tables, or with
    /// two names, get numbers of their own.
    @Test func nodeNumbersTellNodesOnOneLineApart() {
        var numbers = MagnitudeSlipRule.NodeNumbers()
        let node = { (name: String, table: String) in
            PlanNode(level: .subKegiatan, name: name, lines: LineSpan(12), table: table)
        }
        let first = numbers.number(of: node("Pendataan Usaha Mikro", "Tabel 4.2"))
        let otherTable = numbers.number(of: node("Pendataan Usaha Mikro", "Tabel 4.3"))
        let otherName = numbers.number(of: node("Pendataan Usaha Kecil", "Tabel 4.2"))
        #expect(Set([first, otherTable, otherName]).count == 3)
        #expect(numbers.number(of: node("Pendataan Usaha Mikro", "Tabel 4.2")) == first)
        #expect(numbers.number(of: node("Pendataan Usaha Kecil", "Tabel 4.2")) == otherName)
    }

    /// A table written on one line (HTML in Markdown) puts all its nodes on that line: 100,000 of them are
    /// numbered at once, where a search of the line's nodes for each would not finish.
    @Test func nodeNumbersOfATableOnOneLine() {
        var numbers = MagnitudeSlipRule.NodeNumbers()
        let nodes = (0..<100_000).map { PlanNode(level: .subKegiatan, name: "Sub Kegiatan \($0)", lines: LineSpan(1), table: "Tabel 4.2") }
        #expect(nodes.map { numbers.number(of: $0) } == (0..<100_000).map(Int32.init))
        #expect(numbers.number(of: nodes[99_999]) == 99_999)
    }

    /// Bekasi l.1391/1392: 997.314.400 in 2025, then 10.000.000 a year is a 99% drop, not a thousandfold slip.
    @Test func hundredfoldDropIsNotASlip() {
        let years = Array(2025...2030)
        let budgets = ["997.314.400", "10.000.000", "10.000.000", "10.000.000", "10.000.000", "10.000.000"]
        let sub = PlanFixture.node(.subKegiatan, "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor", line: 1392, years: years, budgets: budgets)
        let kegiatan = PlanFixture.node(.kegiatan, "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", line: 1391,
                                        years: years, budgets: budgets, children: [sub])
        #expect(MagnitudeSlipRule().check(PlanFixture.document([kegiatan]), RuleContext()).isEmpty)
    }

    /// Depok l.1478 and l.2441 against the document's cumulative convention (sums without baseline).
    @Test func depokEndOfPeriodTargetsOutsideEveryConventionAreWarned() {
        let years = Array(2022...2026)
        func sub(_ name: String, line: Int, baseline: String, targets: [String], end: String, endLine: Int) -> PlanNode {
            PlanFixture.node(.subKegiatan, name, line: line, years: years, budgets: targets.map { _ in "10.000.000" },
                             indicator: PlanFixture.indicator(baseline: baseline, targets: targets, end: end, line: line, endLine: endLine))
        }
        let nodes = [
            sub("Penyusunan Dokumen Perencanaan Perangkat Daerah", line: 1464, baseline: "2", targets: ["2", "2", "2", "2", "3"], end: "12", endLine: 1478),
            sub("Koordinasi dan Penyusunan Laporan Capaian Kinerja", line: 1481, baseline: "19", targets: ["19", "19", "19", "19", "19"], end: "19", endLine: 1495),
            sub("Pemberdayaan Usaha Mikro", line: 2272, baseline: "0", targets: ["500", "500", "500", "500", "750"], end: "2.750", endLine: 2286),
            sub("Fasilitasi Promosi", line: 2300, baseline: "0", targets: ["100", "100", "100", "100", "100"], end: "500", endLine: 2314),
            sub("Fasilitasi Usaha Mikro Menjadi Usaha Kecil", line: 2427, baseline: "5", targets: ["8", "8", "8", "8", "8"], end: "45", endLine: 2441),
        ]
        let findings = EndOfPeriodTargetRule().check(PlanFixture.document(nodes), RuleContext())
        #expect(findings.map(\.line) == [1478, 2441])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.first?.found == "12")
        #expect(findings.first?.expected == "11 / 3")
        #expect(findings.last?.message.en.containsLiteral("baseline 5 plus the targets' sum 40") == true)
    }
}

/// Builds plan trees with real figures for model-level tests.
enum PlanFixture {
    static func cell(_ text: String, line: Int) -> Cell { Cell(text: text, line: line, quantity: NumberParser.parse(text)) }

    static func node(_ level: PlanLevel, _ name: String, line: Int, years: [Int], budgets: [String],
                     indicator: PlanIndicator? = nil, children: [PlanNode] = [], code: String? = nil,
                     baselineBudget: String? = nil) -> PlanNode {
        PlanNode(level: level, code: code, name: name, indicators: indicator.map { [$0] } ?? [],
                 budgets: zip(years, budgets).map { YearFigure(year: $0, budget: $1.isEmpty ? nil : cell($1, line: line)) },
                 baselineBudget: baselineBudget.map { cell($0, line: line) },
                 children: children, lines: LineSpan(line), table: "Tabel 4.2")
    }

    static func indicator(baseline: String, targets: [String], end: String, line: Int, endLine: Int) -> PlanIndicator {
        PlanIndicator(name: "Jumlah", baseline: cell(baseline, line: line),
                      targets: targets.enumerated().map { YearFigure(year: 2022 + $0.offset, target: cell($0.element, line: line)) },
                      endOfPeriodTarget: cell(end, line: endLine), line: line)
    }

    static func document(_ plan: [PlanNode]) -> RenstraDocument {
        RenstraDocument(source: SourceText(path: "fixture.txt", encoding: .utf8, lines: []), layout: .bekasi, plan: plan)
    }
}
