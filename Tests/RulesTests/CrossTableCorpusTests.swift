import Testing
import Ingest
@testable import Rules
import TestSupport

/// The cross-table rules on the real plans: the known disagreements at their lines, and silence where
/// the tables agree.
@Suite struct CrossTableCorpusTests {
    static func findings(_ id: String, _ corpus: Corpus) -> [Finding] {
        RuleRegistry.rule(withID: id)!.check(corpus.document, RuleContext())
    }

    static func statements(_ corpus: Corpus, named name: String) -> [IndicatorSeries] {
        IndicatorGroups.distinct(IndicatorSeriesReader.read(corpus.document, .comparable)).filter { $0.key == IndicatorKey(name) }
    }

    @Test func depokTablesShareIndicatorsAndAgree() {
        // Tabel 4.2 (2022–2026) and Tabel 7.2 (2021–2026) state the same series for the shared years.
        let koperasi = Self.statements(.depok, named: "Koperasi Berkualitas")
        #expect(koperasi.map(\.line) == [1237, 2539])
        #expect(koperasi.map { $0.value(2022)?.value } == [18, 18])
        #expect(Self.findings("XTB001", .depok).isEmpty)
        #expect(Self.findings("XTB002", .depok).isEmpty)
    }

    @Test func bekasiIKKTableIsOneYearAheadOfTheProgrammeTable() {
        let shifts = Self.findings("XTB002", .bekasi)
        #expect(shifts.map(\.line) == [1511, 1512])
        #expect(shifts.allSatisfy { $0.table == "Tabel 4.5" && $0.severity == .warning })
        #expect(shifts[0].expected == "Tabel 4.2: 2025: 1,5; 2026: 2; 2027: 2; 2028: 2; 2029: 2; 2030: 2")
        // Tabel 4.5 names the subject "Usaha Kecil", Tabel 4.2 "Usaha Mikro": said in the message.
        #expect(shifts[1].message.en.containsLiteral("Persentase Usaha Mikro yang Bertransformasi dari Informal ke Formal"))
        // The flat "Pertumbuhan Wirausaha" series (7 every year) shows no shift; Tabel 3.1 and 4.4 agree.
        #expect(Self.findings("XTB001", .bekasi).isEmpty)
    }

    @Test func semarangAppendixGivesOtherTargetsForQualityOfMicroBusinesses() {
        let findings = Self.findings("XTB001", .semarang)
        #expect(findings.map(\.line) == [1563])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.found == "2017: 82%; 2018: 83%; 2019: 85%; 2020: 86%; 2021: 89%")
        #expect(findings.first?.expected == "2017: 52%; 2018: 53%; 2019: 55%; 2020: 58%; 2021: 60%")
        #expect(findings.first?.message.en.containsLiteral("Tabel 7.1 (line 1498), Tabel 7.2 (line 1507)") == true)
    }

    @Test func semarangSeriesShiftedByOneYear() {
        // Tabel 7.2 starts koperasi sehat, omset and akses pemasaran in 2018 where Tabel 6.1 and the
        // appendix start in 2017; the appendix moves other programme and kegiatan series a year early.
        let shifts = Self.findings("XTB002", .semarang)
        #expect(shifts.map(\.line) == [1512, 1513, 1514, 1562, 1573, 1583, 1593, 1594, 1604])
        #expect(shifts.filter { $0.table == "Tabel 7.2" }.count == 3)
        #expect(shifts[0].message.en.containsLiteral("Tabel 6.1 (line 1449)") && shifts[0].message.en.containsLiteral("(line 1643)"))
    }

    @Test func semarangStatementsThatAgreeOrContradictThemselvesAreNotFlagged() {
        // "Prosentase Koperasi Baik" (Tabel 4.1, Tabel 7.2, two appendix tables) and "koperasi aktif" agree across tables.
        #expect(Self.statements(.semarang, named: "Prosentase Koperasi Baik").map(\.line) == [1143, 1515, 1551, 1557])
        #expect(Self.statements(.semarang, named: "Prosentase koperasi aktif").count == 4)
        // Tabel 6.1 l.1416 gives a percentage indicator targets in "4 dokumen": a misread row, not compared.
        #expect(Self.statements(.semarang, named: "Presentase Meningkatnya Kualitas Produk yang dibina").allSatisfy { $0.table != "Tabel 6.1" })
    }
}
