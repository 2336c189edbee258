import Ingest
@testable import LintKit
import Rules
import Testing

/// Small plans built by hand from rows of the real corpora (names, budgets and lines as printed there),
/// standing in for what the ingesters produce.
enum CompareFixture {
    static func cell(_ text: String, line: Int) -> Cell { Cell(text: text, line: line, quantity: NumberParser.parse(text)) }

    static func node(_ level: PlanLevel, _ name: String, line: Int, code: String? = nil, budgets: [Int: String] = [:],
                     end: String? = nil, indicators: [PlanIndicator] = [], children: [PlanNode] = []) -> PlanNode {
        PlanNode(level: level, code: code, name: name, indicators: indicators,
                 budgets: budgets.keys.sorted().map { YearFigure(year: $0, budget: cell(budgets[$0]!, line: line)) },
                 endOfPeriodBudget: end.map { cell($0, line: line) }, children: children,
                 lines: LineSpan(line), table: "Tabel")
    }

    static func indicator(_ name: String, line: Int, unit: String? = nil, baseline: String? = nil,
                          targets: [Int: String] = [:]) -> PlanIndicator {
        PlanIndicator(name: name, unit: unit, baseline: baseline.map { cell($0, line: line) },
                      targets: targets.keys.sorted().map { YearFigure(year: $0, target: cell(targets[$0]!, line: line)) },
                      line: line)
    }

    static func document(_ path: String, city: String, kind: DocumentKind, period: ClosedRange<Int>,
                         plan: [PlanNode]) -> RenstraDocument {
        RenstraDocument(source: SourceText(path: path, encoding: .utf8, lines: []), layout: .unknown,
                        metadata: DocumentMetadata(city: city, agency: "Dinas Koperasi", kind: kind,
                                                   period: PlanPeriod(start: period.lowerBound, end: period.upperBound, line: 1)),
                        plan: plan)
    }

    /// Bekasi Tabel 4.2 (lines 1376–1460).
    static let bekasi = document("bekasi.txt", city: "Kota Bekasi", kind: .renstra, period: 2025...2029, plan: [
        node(.program, "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA", line: 1376),
        node(.program, "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", line: 1447,
             budgets: [2025: "702.103.900", 2026: "500.000.000", 2027: "500.000.000", 2028: "600.000.000",
                       2029: "700.000.000", 2030: "800.000.000"],
             indicators: [indicator("Persentase Pelaku Usaha Informal yang Diberdayakan", line: 1447, unit: "Persen",
                                    baseline: "10.7", targets: [2025: "10", 2026: "10"])],
             children: [node(.kegiatan, "Kegiatan Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
                             line: 1450, budgets: [2025: "702.103.900"],
                             children: [node(.subKegiatan, "Sub Kegiatan Pemberdayaan Melalui Kemitraan Usaha Mikro", line: 1451)])]),
        node(.program, "PROGRAM PENGEMBANGAN UMKM", line: 1458,
             budgets: [2025: "2.189.180.100", 2026: "1.750.000.000", 2027: "1.750.000.000", 2028: "1.750.000.000",
                       2029: "1.750.000.000", 2030: "1.750.000.000"],
             indicators: [indicator("Pertumbuhan Wirausaha", line: 1459, unit: "Persen", baseline: "7", targets: [2025: "7"])],
             children: [node(.kegiatan,
                             "Kegiatan Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
                             line: 1460, budgets: [2025: "2.189.180.100"], indicators: [
                                indicator("Jumlah Usaha Mikro yang Terfasilitasi", line: 1461, unit: "Unit Usaha",
                                          baseline: "N/A", targets: [2026: "167"])])]),
    ])

    /// Depok programme table (lines 1430–2290).
    static let depok = document("depok.txt", city: "Kota Depok", kind: .renstra, period: 2021...2026, plan: [
        node(.program, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", line: 1430),
        node(.program, "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", line: 2237,
             budgets: [2022: "5.545.000.000", 2023: "7.208.500.000", 2024: "9.371.050.000", 2025: "12.182.365.000",
                       2026: "15.837.074.500"], end: "50.143.989.500",
             indicators: [indicator("Persentase wirausaha baru", line: 2238, baseline: "19,71%",
                                    targets: [2022: "50,53%", 2023: "77%", 2024: "100%"])],
             children: [node(.kegiatan, "Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
                             line: 2256, budgets: [2022: "5.545.000.000"], indicators: [
                                indicator("Jumlah usaha mikro", line: 2270, unit: "Unit", baseline: "100", targets: [2022: "120"])],
                             children: [node(.subKegiatan, "Pendataan Potensi dan Pengembangan Usaha Mikro", line: 2272)])]),
    ])

    /// Semarang programme table (lines 1362–1474), Permendagri 13/2006 names.
    static let semarang = document("semarang.txt", city: "Kota Semarang", kind: .perubahanRenstra, period: 2016...2021, plan: [
        node(.program, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", line: 1362, code: "1.2.11.1.2.11.01.01",
             budgets: [2017: "1.381.987.000", 2018: "2.046.136.000", 2019: "2.667.352.000", 2020: "2.956.239.000",
                       2021: "3.005.239.000"], end: "12.311.583.384",
             children: [node(.kegiatan, "Penyediaan Jasa Komunikasi, Sumber Daya Air Dan Listrik", line: 1363,
                             code: "1.2.11.1.2.11.01.01.002")]),
        node(.program, "PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI", line: 1448,
             indicators: [indicator("Prosentase koperasi aktif", line: 1448, baseline: "78,5%", targets: [2017: "79%"])]),
        node(.program, "PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM", line: 1474),
    ])

    static func summary(_ document: RenstraDocument, findings: [Finding] = []) -> DocumentSummary {
        DocumentSummary(document: document, findings: findings)
    }

    static var comparison: Comparison {
        Comparison(documents: [summary(bekasi), summary(depok), summary(semarang)])
    }
}

@Suite struct CompareAlignmentTests {
    let comparison = CompareFixture.comparison

    func group(_ title: String) -> PlanItemGroup? { comparison.planGroups.first { $0.title == title } }

    @Test func umkmProgrammeIsAlignedBetweenBekasiAndDepokWithTheirYearlyBudgets() throws {
        let umkm = try #require(group("PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"))
        #expect(umkm.official?.code == "2.17.07")
        #expect(umkm.members.map(\.document) == [0, 1])
        #expect(comparison.item(umkm.members[0]).budgets.first == YearAmount(year: 2025, amount: 702_103_900))
        #expect(comparison.item(umkm.members[1]).budgets.last == YearAmount(year: 2026, amount: 15_837_074_500))
        #expect(comparison.item(umkm.members[1]).endOfPeriodBudget == 50_143_989_500)
    }

    @Test func supportProgrammeWrittenDifferentlyStillAlignsThroughTheNomenclature() throws {
        let support = try #require(group("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"))
        #expect(support.members.map(\.document) == [0, 1])
        #expect(support.members.map { comparison.item($0).match?.kind } == [.similar, .exact])
    }

    @Test func kegiatanFollowTheirProgrammeGroup() throws {
        let titles = comparison.planGroups.map(\.title)
        let programme = try #require(titles.firstIndex(of: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"))
        let kegiatan = comparison.planGroups[programme + 1]
        #expect(kegiatan.level == .kegiatan)
        #expect(kegiatan.official?.code == "2.17.07.2.01")
        #expect(kegiatan.members.map(\.document) == [0, 1])
    }

    @Test func semarangIsRecognisedAsThePermendagri13Generation() {
        let semarang = comparison.documents[2]
        #expect(semarang.nomenclature.generation == .permendagri13)
        #expect(semarang.nomenclature.recognised[.permendagri13] == 2)
        #expect(semarang.nomenclature.programmes == 3)
        #expect(comparison.documents[0].nomenclature.generation == .kepmendagri050)
        #expect(comparison.documents[0].nomenclature.recognised[.kepmendagri050] == 3)
        // That list names no kegiatan, so Semarang's kegiatan are not checked against the newer one.
        let kegiatan = semarang.items.first { $0.level == .kegiatan }
        #expect(kegiatan != nil && kegiatan?.match == nil)
    }

    @Test func semarangProgrammesDoNotMergeWithTheNewerGeneration() throws {
        let administration = try #require(group("Program Pelayanan Administrasi Perkantoran"))
        #expect(administration.official?.generation == .permendagri13)
        #expect(administration.members.map(\.document) == [2])
        let marketing = try #require(group("PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM"))
        #expect(marketing.official == nil)
        #expect(marketing.members.first.map { comparison.item($0).match?.kind } == .unrecognised)
    }

    @Test func overviewFiguresComeFromTheProgrammes() {
        let bekasi = comparison.documents[0]
        #expect(bekasi.programmeCount == 3)
        #expect(bekasi.kegiatanCount == 2)
        #expect(bekasi.subKegiatanCount == 1)
        #expect(bekasi.budgetByYear.first == YearAmount(year: 2025, amount: 702_103_900 + 2_189_180_100))
        #expect(bekasi.budgetByYear.map(\.year) == Array(2025...2030))
        // 2030 is the transition year after the 2025–2029 period: shown by year, not in the period total.
        #expect(bekasi.budgetByYear.last == YearAmount(year: 2030, amount: 800_000_000 + 1_750_000_000))
        #expect(bekasi.periodBudget == Double(3_002_103_900 + 9_189_180_100))
        #expect(bekasi.years == Array(2025...2030))
    }

    @Test func sharedIndicatorsNeedTwoDocumentsAndCloseNames() {
        // "Jumlah Usaha Mikro yang Terfasilitasi" (Bekasi) adds one word to "Jumlah usaha mikro" (Depok): 6/7.
        #expect(comparison.indicatorGroups.map(\.title) == ["Jumlah Usaha Mikro yang Terfasilitasi"])
        #expect(comparison.indicatorGroups[0].members.map(\.document) == [0, 1])
        // "Prosentase koperasi aktif" alone in Semarang, and "Persentase wirausaha baru" vs "Pertumbuhan Wirausaha" differ.
        let withSemarangSpelling = Comparison(documents: [
            CompareFixture.summary(CompareFixture.semarang),
            CompareFixture.summary(CompareFixture.document("x.txt", city: "Kota X", kind: .renstra, period: 2021...2026, plan: [
                CompareFixture.node(.program, "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI", line: 5, indicators: [
                    CompareFixture.indicator("Presentase Koperasi Aktif", line: 6, baseline: "62.43%"),
                    CompareFixture.indicator("Persentase koperasi sehat", line: 7),
                ]),
            ])),
        ])
        #expect(withSemarangSpelling.indicatorGroups.map(\.title) == ["Prosentase koperasi aktif"])
        #expect(withSemarangSpelling.indicatorGroups[0].members.map { withSemarangSpelling.indicator($0).line } == [1448, 6])
    }

    @Test func findingsAreCountedBySeverityAndFamily() {
        let findings = [Severity.error, .error, .warning].enumerated().map { index, severity in
            Finding(ruleID: "TOT001", family: index == 2 ? .period : .totals, severity: severity, file: "bekasi.txt",
                    line: 1376, message: Localized(id: "x", en: "x"), subject: "s\(index)")
        }
        let summary = CompareFixture.summary(CompareFixture.bekasi, findings: findings)
        #expect(summary.findingsBySeverity == [.error: 2, .warning: 1])
        #expect(summary.findingsByFamily == [.totals: 2, .period: 1])
    }
}
