import Ingest
@testable import Lint
import Testing
import TestSupport

/// The comparison of the real plans under corpora/.
@Suite struct CompareCorpusTests {
    static let bekasi = DocumentSummary(document: Corpus.bekasi.document, findings: [])
    static let depok = DocumentSummary(document: Corpus.depok.document, findings: [])
    let comparison = Comparison(documents: [bekasi, depok])

    func group(code: String) -> PlanItemGroup? { comparison.planGroups.first { $0.official?.code == code } }

    @Test func depokYearlyBudgetsAddUpToTheAgencyRowTheTablePrints() {
        // Lines 1418–1428: DINAS KOPERASI DAN USAHA MIKRO, 24.285.144.731 … 42.518.851.413, 162.098.759.334.
        #expect(Self.depok.budgetByYear == [
            YearAmount(year: 2022, amount: 24_285_144_731), YearAmount(year: 2023, amount: 27_452_448_094),
            YearAmount(year: 2024, amount: 31_501_392_903), YearAmount(year: 2025, amount: 36_340_922_193),
            YearAmount(year: 2026, amount: 42_518_851_413),
        ])
        #expect(Self.depok.periodBudget == 162_098_759_334)
    }

    @Test func bothPlansAreOfTheKepmendagri050GenerationWithAllProgrammesRecognised() {
        for summary in [Self.bekasi, Self.depok] {
            #expect(summary.nomenclature.generation == .kepmendagri050)
            #expect(summary.nomenclature.recognised[.kepmendagri050] == 8)
            #expect(summary.programmeCount == 8)
        }
        #expect([Self.bekasi.kegiatanCount, Self.bekasi.subKegiatanCount] == [14, 32])
        #expect([Self.depok.kegiatanCount, Self.depok.subKegiatanCount] == [13, 27])
    }

    @Test func umkmProgrammeIsAlignedWithItsYearlyBudgets() throws {
        let umkm = try #require(group(code: "2.17.07"))
        #expect(umkm.title == "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)")
        #expect(umkm.members.map(\.document) == [0, 1])
        let bekasi = umkm.members[0].item, depok = umkm.members[1].item
        #expect(bekasi.line == 1447)
        #expect(bekasi.budgets.first == YearAmount(year: 2025, amount: 702_103_900))
        #expect(depok.line == 2237)
        #expect(depok.budgets.map(\.amount) == [5_545_000_000, 7_208_500_000, 9_371_050_000, 12_182_365_000, 15_837_074_500])
        #expect(depok.endOfPeriodBudget == 50_143_989_500)
    }

    @Test func everyProgrammeOfEitherPlanIsSharedByBoth() {
        let programmes = comparison.planGroups.filter { $0.level == .program }
        #expect(programmes.count == 8)
        #expect(programmes.allSatisfy { $0.documentCount == 2 })
        #expect(programmes.compactMap(\.official?.code) == ["X.XX.01", "2.17.02", "2.17.03", "2.17.04", "2.17.05",
                                                            "2.17.06", "2.17.07", "2.17.08"])
    }

    @Test func differentWordingsStillAlign() throws {
        // Bekasi line 1376 writes "Pemerintah" for "Pemerintahan".
        let support = try #require(group(code: "X.XX.01"))
        #expect(support.members.map { $0.item.line } == [1376, 1430])
        #expect(support.members.map { $0.item.match?.kind } == [.similar, .exact])
        // Bekasi line 1426 shortens the kegiatan name that Depok (line 1874) writes in full.
        let supervision = try #require(group(code: "2.17.03.2.01"))
        #expect(supervision.members.map { $0.item.line } == [1426, 1874])
        #expect(supervision.members.map { $0.item.match?.kind } == [.similar, .exact])
    }
}
