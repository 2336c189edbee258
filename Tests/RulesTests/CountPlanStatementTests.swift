import Testing
import Ingest
@testable import Rules
import TestSupport

/// CNT001: counts of programmes, kegiatan and sub kegiatan stated in text vs the plan tables.
@Suite struct CountPlanStatementTests {
    /// The two Bekasi sentences (l.1356 and l.1368) and the mayor's flagship programmes (l.1150).
    static let bekasiText = """
    Kota Bekasi memiliki “**Sapta Program Kota Bekasi Keren**”, yaitu 7 (tujuh) program unggulan percepatan pembangunan Kota Bekasi Keren dalam Renstra ini.
    Pada Renstra Dinas Koperasi, Usaha Kecil dan Menengah Kota Bekasi Tahun 2025-2029, akan dilaksanakan 8 (delapan) program antara lain:
    Program-program tersebut didukung dengan kegiatan dan sub kegiatan yang berjumlah 13 (tiga belas) kegiatan dan 32 (tiga puluh dua) sub kegiatan. Rincian program, kegiatan dan sub kegiatan beserta kinerja, indikator, target, dan pagu indikatif disajikan dalam tabel 4.2 berikut:
    """

    /// A plan of `programmes` programmes whose kegiatan and sub kegiatan are spread over them.
    func plan(programmes: Int, kegiatan: Int, subKegiatan: Int, table: String = "Tabel 4.2") -> [PlanNode] {
        var line = 1400
        func node(_ level: PlanLevel, _ name: String, _ children: [PlanNode] = []) -> PlanNode {
            line += 1
            return PlanNode(level: level, name: name, children: children, lines: LineSpan(line), table: table)
        }
        let kegiatanNodes = (1...kegiatan).map { index in
            node(.kegiatan, "Kegiatan Nomor \(index)", (1...subKegiatan).filter { $0 % kegiatan == index % kegiatan }
                .map { node(.subKegiatan, "Sub Kegiatan Nomor \($0)") })
        }
        return (1...programmes).map { index in
            node(.program, "PROGRAM NOMOR \(index)", kegiatanNodes.enumerated().filter { $0.offset % programmes == index - 1 }.map(\.element))
        }
    }

    func bekasiDocument(kegiatan: Int) -> RenstraDocument {
        var document = ingestSnippet(Self.bekasiText, layout: .bekasi)
        document.plan = plan(programmes: 8, kegiatan: kegiatan, subKegiatan: 32)
        return document
    }

    @Test func thirteenKegiatanAgainstFourteenInTheTableIsAnError() throws {
        let findings = PlanCountStatementRule().check(bekasiDocument(kegiatan: 14), RuleContext())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.line == 3)
        #expect(finding.expected == "14")
        #expect(finding.found == "13")
        #expect(finding.message.id == "Teks menyebut 13 (tiga belas) kegiatan, tetapi Tabel 4.2 memuat 14 kegiatan dengan nama berbeda.")
    }

    @Test func matchingCountsAndFlagshipProgrammesStaySilent() {
        #expect(PlanCountStatementRule().check(bekasiDocument(kegiatan: 13), RuleContext()).isEmpty)
    }

    @Test func namesRepeatedAcrossTablesCountOnce() {
        var document = ingestSnippet(Self.bekasiText, layout: .bekasi)
        document.plan = plan(programmes: 8, kegiatan: 13, subKegiatan: 32, table: "Tabel 4.1")
            + plan(programmes: 8, kegiatan: 13, subKegiatan: 32, table: "Tabel 4.2")
        #expect(PlanCountStatementRule().check(document, RuleContext()).isEmpty)
    }

    @Test func tablesThatDisagreeAreNotUsedAsEvidence() {
        var document = ingestSnippet(Self.bekasiText, layout: .bekasi)
        document.plan = plan(programmes: 8, kegiatan: 13, subKegiatan: 32, table: "Tabel 4.1")
            + plan(programmes: 8, kegiatan: 14, subKegiatan: 32, table: "Tabel 4.2")
        #expect(PlanCountStatementRule().check(document, RuleContext()).isEmpty)
    }

    @Test func readsCountsInDigitsAndInWords() {
        let statements = PlanCountStatementRule.statements(in: ProseTokenizer.tokens(
            "berjumlah 13 (tiga belas) kegiatan dan 32 sub kegiatan, delapan program, salah satu program dan 7 program unggulan"))
        #expect(statements.map(\.count) == [13, 32, 8])
        #expect(statements.map(\.level) == [.kegiatan, .subKegiatan, .program])
        #expect(statements.first?.spelling == "13 (tiga belas)")
    }

    @Test func sentencesAboutOneProgrammeOrASubsetAreNotPlanCounts() {
        let text = "Program ini terdiri atas 5 (lima) kegiatan. Terdapat 3 program penunjang. Program-program tersebut didukung 13 kegiatan."
        let statements = PlanCountStatementRule.statements(in: ProseTokenizer.tokens(text))
        #expect(statements.map(\.count) == [13])
    }

    @Test func levelWordsInFrontOfNamesAreIgnored() {
        #expect(PlanRelations.nameWithoutLevelWord("Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN")
            == PlanRelations.nameWithoutLevelWord("Penyediaan Gaji dan Tunjangan ASN"))
        // A name that is only a level word counts as no name here, but stays a name for the duplicate rules.
        #expect(PlanRelations.nameWithoutLevelWord("KEGIATAN") == "")
        #expect(PlanRelations.nameKey(PlanNode(level: .kegiatan, name: "KEGIATAN", lines: LineSpan(1), table: "Tabel 4.2")) == "kegiatan")
    }

    @Test func bekasiStatesThirteenKegiatanWhereTabel42ListsFourteen() throws {
        // l.1368; "8 (delapan) program" (l.1356), "32 (tiga puluh dua) sub kegiatan" and the
        // "7 (tujuh) program unggulan" of l.1150 are right or out of scope.
        let findings = PlanCountStatementRule().check(Corpus.bekasi.document, RuleContext())
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.line == 1368)
        #expect(finding.expected == "14" && finding.found == "13")
        #expect(finding.severity == .error)
    }

    @Test(arguments: [Corpus.depok, .semarang, .bekasiChart])
    func otherCorporaStateNoPlanCounts(_ corpus: Corpus) {
        #expect(PlanCountStatementRule().check(corpus.document, RuleContext()).isEmpty)
    }
}
