import Testing
import Ingest
import Rules
import TestSupport

/// The references rules on the real plans: the known inconsistencies at their lines, and silence on
/// the look-alikes (references that do resolve, synopses that match, other agencies named in passing).
@Suite struct ReferenceCorpusTests {
    static func findings(_ id: String, _ corpus: Corpus) -> [Finding] {
        RuleRegistry.rule(withID: id)!.check(corpus.document, RuleContext())
    }

    @Test func semarangSynopsisNamesTheWrongChapterTwice() {
        let findings = Self.findings("REF002", .semarang)
        #expect(findings.map(\.line) == [181, 187])
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings.map(\.expected) == ["Bab VII", "Bab VIII"])
        #expect(findings.map(\.found) == ["Bab VI", "Bab VII"])
    }

    @Test func bekasiAndDepokSynopsesMatchTheirChapters() {
        #expect(Self.findings("REF002", .bekasi).isEmpty)
        #expect(Self.findings("REF002", .depok).isEmpty)
    }

    @Test func referencesWithoutACaptionAreFound() {
        let semarang = Self.findings("REF001", .semarang)
        #expect(semarang.map(\.line) == [1307])
        #expect(semarang.first?.expected == "Tabel 6.1")
        let depok = Self.findings("REF001", .depok)
        #expect(depok.map(\.line) == [760])
        #expect(depok.first?.expected == "Tabel TC. 24")
        // The appendix budget table has no caption in the text; the ingester only infers its label.
        #expect(depok.first?.found == "tabel tanpa judul bernomor (baris 2729)")
    }

    @Test func bekasiReferencesAllResolve() {
        // `tabel 3.1.` (l.1115), `gambar 2.1.` (l.235) and `tabel 4.2` … `tabel 4.6` all have captions.
        #expect(Self.findings("REF001", .bekasi).isEmpty)
    }

    @Test func depokNamesAnotherAgencyAsTheExecutor() {
        let findings = Self.findings("REF003", .depok)
        #expect(findings.map(\.line) == [1261])
        #expect(findings.first?.found == "Dinas Pendapatan, Pengelolaan Keuangan dan Aset")
    }

    @Test func otherAgenciesNamedInPassingAreNotFlagged() {
        // Bekasi l.219 names its former parent office; Semarang l.1092 reviews the province office's plan.
        #expect(Self.findings("REF003", .bekasi).isEmpty)
        #expect(Self.findings("REF003", .semarang).isEmpty)
    }

    @Test func semarangCitesNawaCitaAgendaOneAsAgendaTwo() {
        // l.1063 "misi ke 5 yaitu: Mewujudkan bangsa yang berdaya saing" is item 5 of the list above it.
        let findings = Self.findings("REF004", .semarang)
        #expect(findings.map(\.line) == [1080])
        #expect(findings.first?.expected == "agenda ke-1")
        #expect(findings.first?.message.en.containsLiteral("list at line 1067") == true)
        #expect(Self.findings("REF004", .bekasi).isEmpty)
        #expect(Self.findings("REF004", .depok).isEmpty)
    }

    @Test func semarangDivisionDescribedUnderAnotherName() {
        // The other unit paragraphs (l.260, 466, 556, 647) keep one name; "Masing-masing Seksi …" is not a unit name.
        let findings = Self.findings("REF005", .semarang)
        #expect(findings.map(\.line) == [374])
        #expect(findings.first?.expected == "Bidang Perizinan dan Kelembagaan Koperasi")
        #expect(findings.first?.found == "Bidang Pemberdayaan dan Perlindungan Koperasi")
        #expect(Self.findings("REF005", .bekasi).isEmpty)
        #expect(Self.findings("REF005", .depok).isEmpty)
    }
}
