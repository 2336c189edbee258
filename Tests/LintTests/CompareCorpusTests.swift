import Ingest
@testable import LintKit
import Testing
import TestSupport

/// The comparison of the real plans under corpora/.
@Suite struct CompareCorpusTests {
    static let bekasi = DocumentSummary(document: Corpus.bekasi.document, findings: [])
    static let depok = DocumentSummary(document: Corpus.depok.document, findings: [])
    static let semarang = DocumentSummary(document: Corpus.semarang.document, findings: [])
    let comparison = Comparison(documents: [bekasi, depok, semarang])

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
        #expect(umkm.documentCount == 2)
        let bekasi = comparison.item(umkm.members[0]), depok = comparison.item(umkm.members[1])
        #expect(bekasi.line == 1447)
        #expect(bekasi.budgets.first == YearAmount(year: 2025, amount: 702_103_900))
        #expect(depok.line == 2237)
        #expect(depok.budgets.map(\.amount) == [5_545_000_000, 7_208_500_000, 9_371_050_000, 12_182_365_000, 15_837_074_500])
        #expect(depok.endOfPeriodBudget == 50_143_989_500)
    }

    @Test func everyProgrammeOfBekasiAndDepokIsSharedByBothAndNoneWithSemarang() {
        let programmes = comparison.planGroups.filter { $0.level == .program }
        let shared = programmes.filter { Set($0.members.map(\.document)) == [0, 1] }
        #expect(shared.compactMap(\.official?.code) == ["X.XX.01", "2.17.02", "2.17.03", "2.17.04", "2.17.05",
                                                        "2.17.06", "2.17.07", "2.17.08"])
        let semarang = programmes.filter { $0.members.contains { $0.document == 2 } }
        #expect(semarang.count == 9)
        #expect(semarang.allSatisfy { $0.members.allSatisfy { $0.document == 2 } })
    }

    @Test func semarangIsOfThePermendagri13Generation() throws {
        #expect(Self.semarang.nomenclature.generation == .permendagri13)
        #expect(Self.semarang.nomenclature.recognised == [.permendagri13: 6])
        #expect(Self.semarang.programmeCount == 9)
        let administration = try #require(Self.semarang.items.first { $0.line == 1362 })
        #expect(administration.match?.kind == .exact)
        #expect(administration.match?.entry?.code == "X.XX.01")
        #expect(administration.budgets.first == YearAmount(year: 2017, amount: 1_381_987_000))
        let support = try #require(Self.semarang.items.first { $0.line == 1429 })
        #expect(support.name == "PROGRAM PENGEMBANGAN SISTEM PENDUKUNG USAHA BAGI KOPERASI USAHA MIKRO KECIL MENENGAH")
        #expect(support.match?.kind == .similar)
        #expect(support.match?.entry?.code == "2.11.17")
        // That list names no kegiatan: Semarang's kegiatan are left unchecked rather than matched to the newer list.
        let kegiatan = Self.semarang.items.filter { $0.level == .kegiatan }
        #expect(!kegiatan.isEmpty && kegiatan.allSatisfy { $0.match == nil })
        // BELANJA LANGSUNG, line 1346: 11.629.699.000 for 2017.
        #expect(Self.semarang.budgetByYear.first == YearAmount(year: 2017, amount: 11_629_699_000))
        #expect(Self.semarang.years == Array(2016...2021))
    }

    @Test func differentWordingsStillAlign() throws {
        // Bekasi line 1376 writes "Pemerintah" for "Pemerintahan".
        let support = try #require(group(code: "X.XX.01"))
        #expect(support.members.map { comparison.item($0).line } == [1376, 1430])
        #expect(support.members.map { comparison.item($0).match?.kind } == [.similar, .exact])
        // Bekasi line 1426 shortens the kegiatan name that Depok (line 1874) writes in full.
        let supervision = try #require(group(code: "2.17.03.2.01"))
        #expect(supervision.members.map { comparison.item($0).line } == [1426, 1874])
        #expect(supervision.members.map { comparison.item($0).match?.kind } == [.similar, .exact])
    }
}
