import Testing
import Ingest
@testable import Rules

/// The plan-based duplicate rules on hand-built plan trees.
@Suite struct DuplicateModelTests {
    static let years = Array(2017...2021)

    static func kegiatan(_ name: String, line: Int, code: String, budgets: [String], baseline: String? = nil) -> PlanNode {
        PlanFixture.node(.kegiatan, name, line: line, years: years, budgets: budgets, code: code, baselineBudget: baseline)
    }

    static func programme(_ name: String, line: Int, code: String, children: [PlanNode]) -> PlanNode {
        PlanFixture.node(.program, name, line: line, years: years, budgets: [], children: children, code: code)
    }

    /// Names compare without the level word a table prints in front of them, and a name that is only a
    /// level word stays empty.
    @Test func levelWordsComeOffNormalisedNames() {
        #expect(PlanRelations.nameWithoutLevelWord("Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN") == "penyediaan gaji dan tunjangan asn")
        #expect(PlanRelations.nameWithoutLevelWord("SUB-KEGIATAN  Pengadaan Pakaian Dinas") == "pengadaan pakaian dinas")
        #expect(PlanRelations.nameWithoutLevelWord("Subkegiatan Koordinasi") == "koordinasi")
        #expect(PlanRelations.nameWithoutLevelWord("<b>PROGRAM PENUNJANG URUSAN</b>") == "penunjang urusan")
        #expect(PlanRelations.nameWithoutLevelWord("Kegiatan") == "")
        #expect(PlanRelations.nameWithoutLevelWord("Programme Support") == "programme support")
        #expect(PlanRelations.nameWithoutLevelWord("Sub Penyediaan") == "sub penyediaan")
        #expect(PlanRelations.nameWithoutLevelWord("Kegiatan Pemberdayaan É") == "pemberdayaan e")
    }

    @Test func sameSubKegiatanTwiceUnderOneKegiatanIsAnError() {
        let subs = [
            PlanFixture.node(.subKegiatan, "Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan", line: 10, years: Self.years, budgets: ["20.000.000"]),
            PlanFixture.node(.subKegiatan, "Sub Kegiatan Penyediaan Bahan Logistik Kantor", line: 11, years: Self.years, budgets: ["30.000.000"]),
            PlanFixture.node(.subKegiatan, "Sub Kegiatan Penyediaan Barang Cetak dan  Penggandaan.", line: 12, years: Self.years, budgets: ["20.000.000"]),
        ]
        let parent = PlanFixture.node(.kegiatan, "Kegiatan Administrasi Umum Perangkat Daerah", line: 9, years: Self.years,
                                      budgets: ["70.000.000"], children: subs)
        let findings = DuplicateSiblingRule().check(PlanFixture.document([parent]), RuleContext())
        #expect(findings.map(\.line) == [12])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.id.containsLiteral("baris 10 dan 12") == true)
    }

    /// Semarang Tabel 6.1: "Peningkatan Manajemen Umkm" funded in 2017 only and a same-named successor from
    /// 2018 are a replacement, not a duplicate.
    @Test func successorFundedInOtherYearsIsNotADuplicate() {
        let old = Self.kegiatan("Peningkatan Manajemen Umkm", line: 1420, code: "1.2.11.1.2.11.01.16.018",
                                budgets: ["550.666.000", "", "", "", ""])
        let successor = Self.kegiatan("Peningkatan Manajemen UMKM", line: 1424, code: "1.2.11.1.2.11.01.16.030",
                                      budgets: ["", "194.990.000", "257.072.000", "307.072.000", "332.072.000"])
        let programme = Self.programme("PROGRAM PENGEMBANGAN KEWIRAUSAHAAN", line: 1416, code: "1.2.11.1.2.11.01.16", children: [old, successor])
        #expect(DuplicateSiblingRule().check(PlanFixture.document([programme]), RuleContext()).isEmpty)
    }

    /// Fasilitasi Kelembagaan Koperasi under programme 18 (l.1457) and under programme 19 (l.1467).
    static func kelembagaanTwice(programme18: [String], programme19: [String], baseline19: String? = nil) -> RenstraDocument {
        let p18 = Self.programme("PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI", line: 1448, code: "1.2.11.1.2.11.01.18", children: [
            Self.kegiatan("Fasilitasi Kelembagaan Koperasi", line: 1457, code: "1.2.11.1.2.11.01.18.023", budgets: programme18),
        ])
        let p19 = Self.programme("PROGRAM PENGUATAN KELEMBAGAAN KOPERASI", line: 1465, code: "1.2.11.1.2.11.01.19", children: [
            Self.kegiatan("Fasilitasi Kelembagaan  Koperasi", line: 1467, code: "1.2.11.1.2.11.01.19.002", budgets: programme19,
                          baseline: baseline19),
        ])
        return PlanFixture.document([p18, p19])
    }

    /// Semarang: programme 18 funds it in 2017-2021, the replaced programme 19 only in 2016.
    @Test func replacedProgrammesDoNotOverlapInYears() {
        let document = Self.kelembagaanTwice(
            programme18: ["592.752.000", "543.766.000", "643.766.000", "643.766.000", "668.766.000"],
            programme19: ["", "", "", "", ""], baseline19: "750.110.000")
        #expect(DuplicateAcrossProgrammesRule().check(document, RuleContext()).isEmpty)
    }

    @Test func sameKegiatanFundedUnderTwoProgrammesInOneYearIsWarned() {
        let document = Self.kelembagaanTwice(programme18: ["592.752.000", "543.766.000", "", "", ""],
                                             programme19: ["", "750.110.000", "", "", ""])
        let findings = DuplicateAcrossProgrammesRule().check(document, RuleContext())
        #expect(findings.map(\.line) == [1467])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.id.containsLiteral("2018") == true)
    }
}
