import Testing
import Ingest
@testable import Rules
import TestSupport

/// The places findings on the real documents cite: the wrong cell, the cells it was computed from, and
/// the other places it is compared with, each at its line and in its column.
@Suite struct EvidenceCorpusTests {
    static func finding(_ rule: String, at line: Int, in corpus: Corpus) throws -> Finding {
        try #require(RuleRunner().run(corpus.document).first { $0.ruleID == rule && $0.line == line })
    }

    static func cited(_ finding: Finding, _ role: Evidence.Role) -> [Evidence] { finding.evidence.filter { $0.role == role } }

    /// Bekasi Tabel 4.2: the programme's 2025 budget (line 1385) against its seven kegiatan.
    @Test func parentBudgetCitesItsChildrensBudgetsInTheSameColumn() throws {
        let finding = try Self.finding("TOT003", at: 1385, in: .bekasi)
        let wrong = Self.cited(finding, .wrong)
        #expect(wrong.map(\.line) == [1385])
        #expect(wrong.first?.value == "8.448.363.274")
        #expect(wrong.first?.header?.hasSuffix("2025 / PAGU") == true)
        let operands = Self.cited(finding, .operand)
        #expect(operands.map(\.line) == [1386, 1391, 1393, 1397, 1402, 1411, 1417])
        #expect(operands.map(\.value) == ["8.998.000", "997.314.400", "7.112.548.000", "75.250.000", "346.401.000", "387.000.000", "0"])
        #expect(Set(finding.evidence.map(\.column)) == [wrong.first?.column])
        #expect(finding.relatedLines == [1386, 1391, 1393, 1397, 1402, 1411, 1417])
    }

    /// Depok Tabel e: `Jumlah 12 Orang` under 1, 5 and 13 Orang.
    @Test func totalRowCitesTheRowsItSums() throws {
        let finding = try Self.finding("TOT001", at: 508, in: .depok)
        #expect(Self.cited(finding, .wrong).map(\.value) == ["12 Orang"])
        #expect(Self.cited(finding, .operand).map(\.line) == [496, 500, 504])
        #expect(Self.cited(finding, .operand).map(\.value) == ["1 Orang", "5 Orang", "13 Orang"])
        #expect(finding.evidence.allSatisfy { $0.header == "Jumlah Pegawai" && $0.table == "Tabel e" })
    }

    /// Semarang Tabel 6.1 prints Penyusunan Lkpi Skpd over two lines; line 1403 closes with its own sum
    /// (2.680.000) of four yearly budgets of 2.680.000 each: the same text in five columns of one line.
    @Test func endOfPeriodBudgetOnASharedLineIsCitedInItsOwnColumn() throws {
        let finding = try Self.finding("TOT004", at: 1403, in: .semarang)
        let wrong = try #require(Self.cited(finding, .wrong).first)
        #expect(wrong.header == "Kondisi Kinerja pada akhir periode Renstra PD / (Rp)")
        let operands = Self.cited(finding, .operand)
        #expect(operands.count == 4 && operands.allSatisfy { $0.line == 1403 && $0.value == "2.680.000" })
        #expect(operands.compactMap(\.header).map { $0.suffix(11) } == ["2018 / (Rp)", "2019 / (Rp)", "2020 / (Rp)", "2021 / (Rp)"])
        #expect(!operands.contains { $0.column == wrong.column })
    }

    @Test func repeatedInventoryRowCitesTheOtherCopy() throws {
        let finding = try Self.finding("DUP003", at: 814, in: .semarang)
        #expect(finding.evidence.map(\.role) == [.wrong, .related])
        #expect(Self.cited(finding, .related).map(\.line) == [812])
        #expect(finding.relatedLines == [812])
    }

    /// Semarang line 1563 (82%, 83%, … for 2017–2021) against Tabel 6.1, 7.1 and 7.2 (52%, 53%, …).
    @Test func indicatorTargetMismatchCitesTheOtherTables() throws {
        let finding = try Self.finding("XTB001", at: 1563, in: .semarang)
        #expect(Self.cited(finding, .wrong).map(\.value) == ["82%", "83%", "85%", "86%", "89%"])
        let related = Self.cited(finding, .related)
        #expect(Set(related.compactMap(\.table)) == ["Tabel 6.1", "Tabel 7.1", "Tabel 7.2"])
        let tabel61 = related.filter { $0.table == "Tabel 6.1" }
        #expect(tabel61.map(\.value) == ["52%", "53%", "55%", "58%", "60%"])
        #expect(tabel61.compactMap(\.header).allSatisfy { $0.hasSuffix("/ Target") })
    }

    /// Bekasi Tabel 4.5 line 1511 holds Tabel 4.2's targets one year earlier (line 1440).
    @Test func shiftedSeriesCitesTheRowItIsShiftedAgainst() throws {
        let finding = try Self.finding("XTB002", at: 1511, in: .bekasi)
        #expect(Set(Self.cited(finding, .wrong).compactMap(\.table)) == ["Tabel 4.5"])
        let related = Self.cited(finding, .related)
        #expect(Set(related.map(\.line)) == [1440] && Set(related.compactMap(\.table)) == ["Tabel 4.2"])
        #expect(related.first?.value == "1.5")
    }

    /// Bekasi Tabel 2.8 line 957: 210% printed for 0.232 ÷ 0.101.
    @Test func achievementRatioCitesItsRealisationAndTarget() throws {
        let finding = try Self.finding("RAT001", at: 957, in: .bekasi)
        #expect(Self.cited(finding, .wrong).map(\.value) == ["210%"])
        #expect(Self.cited(finding, .operand).map(\.value) == ["0.232%", "0.101"])
        #expect(Self.cited(finding, .wrong).first?.header == "Rasio Capaian pada tahun ke- / 2022")
    }

    /// Bekasi line 1450: the kegiatan's budgets short of three zeros, shown by its sub kegiatan's sums.
    @Test func magnitudeSlipCitesTheSlippedBudgetsAndTheSumsThatShowIt() throws {
        let finding = try Self.finding("VAL004", at: 1450, in: .bekasi)
        #expect(Self.cited(finding, .wrong).map(\.value) == ["500.000", "500.000", "600.000", "700.000", "800.000"])
        #expect(Self.cited(finding, .operand).contains { $0.line == 1453 && $0.value == "250.000.000" })
    }

    @Test func malformedNumbersCiteTheirCells() throws {
        let depok = try Self.finding("VAL002", at: 742, in: .depok)
        #expect(depok.evidence.map(\.value) == ["Rp 4.347.407.74,12"])
        let bekasi = try Self.finding("VAL002", at: 1404, in: .bekasi)
        #expect(bekasi.evidence.map(\.value) == ["20.00 0000", "20.000 000", "20.000 000", "20.000 000"])
        #expect(Set(bekasi.evidence.compactMap(\.column)).count == 4)
    }

    /// Semarang line 1143: 11 → 88 in Tabel 4.1, the same series again on lines 1145, 1515 and 1557.
    @Test func targetJumpCitesTheStepAndTheRepeatedSeries() throws {
        let finding = try Self.finding("VAL003", at: 1143, in: .semarang)
        #expect(Self.cited(finding, .wrong).map(\.value) == ["88"])
        #expect(Self.cited(finding, .operand).map(\.value) == ["11"])
        #expect(Self.cited(finding, .related).map(\.line) == [1145, 1515, 1557])
    }

    /// Every finding of the rules that cite evidence cites at least its wrong place, within the document.
    @Test func everyCitedPlaceIsARealLine() {
        for corpus in [Corpus.bekasi, .depok, .semarang] {
            let document = corpus.document
            for finding in RuleRunner().run(document) {
                for evidence in finding.evidence {
                    #expect(evidence.line >= 1 && evidence.endLine <= document.source.lines.count, "\(finding.ruleID) \(finding.line)")
                    #expect(evidence.page == document.source.page(ofLine: evidence.line))
                }
                if ["TOT", "DUP", "XTB"].contains(where: finding.ruleID.hasPrefix) || ["RAT001", "RAT002", "RAT004", "RAT005", "VAL002", "VAL003", "VAL004"].contains(finding.ruleID) {
                    #expect(finding.evidence.contains { $0.role == .wrong }, "\(corpus) \(finding.ruleID) \(finding.line)")
                }
            }
        }
    }
}
