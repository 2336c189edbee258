import Testing
import Ingest
import TestSupport
@testable import Rules

/// Inputs shaped to make a careless check slow: each is built here at a size where work growing with the
/// square (or cube) of the input would run past the suite's time limit, while linear work takes seconds
/// even in a debug build. No test measures time; the limit is the harness's.
@Suite(.timeLimit(.minutes(2)))
struct AdversarialInputTests {
    static func findings(_ text: String, rule: String) throws -> [Finding] {
        let document = try RenstraIngest.ingest(bytes: Array(text.utf8), path: "adversarial.txt")
        return RuleRunner().run(document).filter { $0.ruleID == rule }
    }

    /// One kegiatan with 100,000 sub kegiatan of distinct names and one repeated at the end: each sub kegiatan
    /// was compared with every sibling above it (5 billion comparisons); now with its namesakes only.
    @Test func aKegiatanWithManySubKegiatanMeetsOnlyItsNamesakes() throws {
        let count = 100_000
        var text = "Tabel 4.2 Rencana Program dan Pendanaan\n\nPROGRAM/KEGIATAN\tPAGU 2025\n"
        text += "PROGRAM PENINGKATAN LAYANAN\t\(AdversarialText.grouped(count * 1_000 + 1_000))\n"
        text += "Kegiatan Penyediaan Layanan\t\(AdversarialText.grouped(count * 1_000 + 1_000))\n"
        for index in 1...count { text += "Sub Kegiatan Uraian Contoh \(index)\t1.000\n" }
        text += "Sub Kegiatan Uraian Contoh 7\t1.000\n"
        let document = try RenstraIngest.ingest(bytes: Array(text.utf8), path: "adversarial.txt")
        let findings = RuleRunner(rules: [DuplicateSiblingRule()]).run(document)
        #expect(findings.map(\.line) == [count + 6])
        #expect(findings.first?.message.id.contains("baris 12 dan \(count + 6)") == true)
    }

    /// A register of 100,000 items counted more than once each, and one repeated at the end: each row was
    /// compared with every row above it; now it meets the first row of its name at once.
    @Test func aLongRegisterMeetsItsFirstNamesakeAtOnce() throws {
        let count = 100_000
        var text = "Tabel 2.7 Data Perlengkapan Kantor\n\nNO\tNAMA BARANG\tJUMLAH\n"
        for index in 1...count { text += "\(index).\tBarang Contoh \(index)\t4 Unit\n" }
        text += "\(count + 1).\tBarang Contoh 7\t4 Unit\n"
        let document = try RenstraIngest.ingest(bytes: Array(text.utf8), path: "adversarial.txt")
        let findings = RuleRunner(rules: [DuplicateInventoryRowRule()]).run(document)
        #expect(findings.map(\.line) == [count + 4])
    }

    /// A 2,000-row table whose total is wrong in one column: reading the rows as parents and children
    /// used to try every run below every row, re-adding each run (cubic: 100 s in a release build).
    @Test func longTableWithAWrongTotalIsReportedOnce() throws {
        let table = AdversarialText.wrongTotal(rows: 2_000)
        let findings = try Self.findings(table.text, rule: "TOT001")
        #expect(findings.map(\.line) == [table.totalLine])
        #expect(findings.first?.expected == AdversarialText.grouped(table.expected))
        #expect(findings.first?.found == AdversarialText.grouped(table.expected + 1_000))
    }

    /// Columns that give the subtotal search nothing to stop on: no row is the sum of rows below it, figures
    /// of one sign that soon pass every parent, runs of zeros (dashes), signs alternating.
    @Test(arguments: ["rising", "zeros", "alternating"])
    func subtotalSearchOfALongColumnEnds(shape: String) {
        let count = 200_000
        let figures = (0..<count).map { index -> Quantity in
            switch shape {
            case "rising": return Quantity(spelling: "", kind: .number, value: Double(1_000_000 + index))
            case "zeros": return Quantity(spelling: "-", kind: .dash, value: nil)
            default: return Quantity(spelling: "", kind: .number, value: index % 2 == 0 ? 1 : -1)
            }
        }
        #expect(SubtotalRuns(figures, relativeTolerance: 0).topLevel() == nil)
    }

    /// Figures carrying rounding (one decimal: ±0,05 each) that alternate in sign, with a magnitude a
    /// long run's rounding can nearly reach: every run below the first 40 % of the rows stays within the
    /// widest tolerance of its parent without ever matching it, so a search without a bound on its work
    /// reads to the end of the column from each of those rows.
    @Test func subtotalSearchOfAlternatingRoundedFiguresEnds() {
        let count = 200_000
        let magnitude = 0.6 * Double(count) * 0.05
        let figures = (0..<count).map { index -> Quantity in
            let value = index % 2 == 0 ? magnitude : -magnitude
            return Quantity(spelling: "\(value)", kind: .number, value: value, decimals: 1)
        }
        #expect(SubtotalRuns(figures, relativeTolerance: 0).topLevel() == nil)
    }

    /// The subtotal search gives the reading a search of every run gives, on columns of small figures with
    /// zeros, dashes, negatives, N/A, decimals and rounded amounts, where parents and children abound.
    @Test func subtotalSearchAgreesWithTryingEveryRun() {
        var generator = SplitMix64(seed: 20_250_919)
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...14, using: &generator)
            let figures = (0..<count).map { _ in Self.randomFigure(using: &generator) }
            let tolerance = Bool.random(using: &generator) ? 0 : 0.001
            let runs = SubtotalRuns(figures, relativeTolerance: tolerance)
            let reference = Self.topLevelTryingEveryRun(figures, relativeTolerance: tolerance)
            #expect(runs.topLevel()?.map(\.spelling) == reference?.map(\.spelling), "\(figures.map(\.spelling))")
        }
    }

    /// 400 programmes with the same five sub kegiatan: each sub kegiatan after the first programme's is
    /// funded twice, and each is reported once, naming the earliest programme that has it.
    @Test func manyProgrammesWithTheSameSubKegiatanAreEachReported() throws {
        let text = AdversarialText.repeatedSubKegiatan(programmes: 400, perProgramme: 5)
        let findings = try Self.findings(text, rule: "DUP002")
        #expect(findings.count == 399 * 5)
        let first = try #require(findings.min { $0.line < $1.line })
        #expect(first.message.id.contains("PROGRAM PENGEMBANGAN USAHA NOMOR 1\""))
        #expect(first.message.id.contains("PROGRAM PENGEMBANGAN USAHA NOMOR 2\""))
    }

    /// A million leaves of one name, five to a programme: each finds its earliest namesake under another
    /// programme at once. Every leaf used to be compared with every earlier one.
    @Test func namesakeIndexAnswersAMillionLeaves() {
        var index = DuplicateAcrossProgrammesRule.EarliestNamesakes()
        var answers: [Int?] = []
        for leaf in 0..<1_000_000 {
            let programme = "program \(leaf / 5)"
            answers.append(index.first(name: "fasilitasi usaha", table: "Tabel 4.2", years: [2025], code: nil, notIn: programme))
            index.add(leaf, name: "fasilitasi usaha", table: "Tabel 4.2", years: [2025], code: nil, programme: programme)
        }
        #expect(answers.prefix(5).allSatisfy { $0 == nil })
        #expect(answers.dropFirst(5).allSatisfy { $0 == 0 })
    }

    /// The index gives the answer a search of every earlier leaf gives, over random leaves sharing few
    /// names, tables, years, codes and programmes.
    @Test func namesakeIndexAgreesWithSearchingEveryEarlierLeaf() {
        struct Leaf { var name: String, table: String, years: Set<Int>, code: String?, programme: String }
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let leaves = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                Leaf(name: ["a", "b"].randomElement(using: &generator)!, table: ["T1", "T2"].randomElement(using: &generator)!,
                     years: Set((2025...2027).filter { _ in Bool.random(using: &generator) }),
                     code: ["1.02.02.2.01", "1.02.02.2.02", nil].randomElement(using: &generator)!,
                     programme: ["p", "q", "r"].randomElement(using: &generator)!)
            }
            var index = DuplicateAcrossProgrammesRule.EarliestNamesakes()
            for (position, leaf) in leaves.enumerated() {
                let expected = (0..<position).first { other in
                    let earlier = leaves[other]
                    let codesApart = earlier.code != nil && leaf.code != nil && earlier.code != leaf.code
                    return earlier.name == leaf.name && earlier.table == leaf.table && earlier.programme != leaf.programme
                        && !codesApart && !earlier.years.isDisjoint(with: leaf.years)
                }
                #expect(index.first(name: leaf.name, table: leaf.table, years: leaf.years, code: leaf.code, notIn: leaf.programme) == expected)
                index.add(position, name: leaf.name, table: leaf.table, years: leaf.years, code: leaf.code, programme: leaf.programme)
            }
        }
    }

    /// 50,000 large figures, every other one without thousands marks: each unformatted one is noted once.
    @Test func manyUnformattedNumbersAreEachNoted() throws {
        let findings = try Self.findings(AdversarialText.unformattedNumbers(rows: 5_000), rule: "VAL007")
        #expect(findings.count == 25_000)
        // Row 1 writes its even columns grouped (30.001.000) and its odd ones bare (30001001).
        let first = try #require(findings.first { $0.found == "30001001" })
        #expect(first.expected == "30.001.001")
        #expect(first.line == AdversarialText.tableLine + 1)
    }

    /// Figures with 20 and 500 whole digits: refused with a message that says so, never summed, never `∞`.
    @Test func figuresBeyondPrecisionAreRefusedWithTheirDigitCount() throws {
        let twenty = "12.345.678.901.234.567.001", huge = String(repeating: "9", count: 500)
        let text = AdversarialText.tabDocument(title: "Pagu Sangat Besar", lines: [
            "NO\tURAIAN\tPAGU 2025\tPAGU 2026",
            "1\tRincian belanja satu\t\(twenty)\t\(huge)",
            "2\tRincian belanja dua\t1.000\t2.000",
            "JUMLAH\t\t9.999\t9.999",
        ])
        let document = try RenstraIngest.ingest(bytes: Array(text.utf8), path: "adversarial.txt")
        let findings = RuleRunner().run(document)
        let refused = findings.filter { $0.ruleID == "VAL002" }
        #expect(refused.map(\.found) == [twenty, huge])
        #expect(refused.allSatisfy { $0.severity == .warning })
        #expect(refused.first?.message.id.contains("20 digit sebelum tanda desimal") == true)
        #expect(refused.last?.message.en.contains("500 digits before the decimal mark") == true)
        // The total stands over a figure that cannot be summed: it is not checked, rather than checked wrongly.
        #expect(findings.filter { $0.ruleID == "TOT001" }.isEmpty)
        #expect(!findings.contains { $0.message.id.contains("∞") || $0.message.en.contains("∞") })
    }

    // MARK: The subtotal search as it was written first: every run below every row, re-added each time.

    static func topLevelTryingEveryRun(_ values: [Quantity], relativeTolerance: Double) -> [Quantity]? {
        var topLevel: [Quantity] = []
        var index = 0
        var sawParent = false
        while index < values.count {
            topLevel.append(values[index])
            var childrenSum = 0.0
            var cursor = index + 1
            var matchedEnd: Int?
            while cursor < values.count, let value = values[cursor].additiveValue {
                childrenSum += value
                cursor += 1
                if SumCheck(stated: values[index], parts: Array(values[(index + 1)..<cursor])).mismatch(relativeTolerance: relativeTolerance) == nil,
                   childrenSum != 0 {
                    matchedEnd = cursor
                    break
                }
            }
            if let matchedEnd {
                sawParent = true
                index = matchedEnd
            } else {
                index += 1
            }
        }
        return sawParent ? topLevel : nil
    }

    static func randomFigure(using generator: inout SplitMix64) -> Quantity {
        let spelling = "#\(Int.random(in: 0..<1_000_000, using: &generator))"
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return Quantity(spelling: spelling, kind: .dash, value: nil)
        case 1: return Quantity(spelling: spelling, kind: .notAvailable, value: nil)
        case 2: return Quantity(spelling: spelling, kind: .number, value: Double(Int.random(in: -3...3, using: &generator)))
        case 3: return Quantity(spelling: spelling, kind: .number, value: Double(Int.random(in: 0...40, using: &generator)) / 10, decimals: 1)
        case 4:
            var rounded = Quantity(spelling: spelling, kind: .money, value: Double(Int.random(in: 0...6, using: &generator)))
            rounded.isRoundedToUnit = true
            return rounded
        default: return Quantity(spelling: spelling, kind: .number, value: Double(Int.random(in: 0...6, using: &generator)))
        }
    }
}
