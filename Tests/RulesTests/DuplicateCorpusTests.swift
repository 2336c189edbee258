import Testing
import Ingest
@testable import Rules
import TestSupport

/// The duplicate rules on the real documents.
@Suite struct DuplicateCorpusTests {
    @Test func semarangAlmariSlidingKacaIsCountedTwice() {
        let findings = DuplicateInventoryRowRule().check(Corpus.semarang.document, RuleContext())
        #expect(findings.map(\.line) == [814])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.en.containsLiteral("No. 14 (line 812)") == true)
    }

    /// Bekasi Tabel 2.7 lists 460 units one per row ("Kursi Rapat 2020 1 Unit √"): a register, not duplicates.
    @Test func bekasiUnitRegisterIsNotDuplicated() {
        let register = Corpus.bekasi.document.tables.first { $0.caption?.label == "Tabel 2.7" }
        #expect((register?.rows.count ?? 0) >= 400)
        #expect(DuplicateInventoryRowRule().check(Corpus.bekasi.document, RuleContext()).isEmpty)
    }

    /// Semarang's successor codes (16.018 → 16.023) and replaced programmes (19, 20 in 2016 only), Bekasi's
    /// single-child kegiatan and Depok's formula-driven identical budgets are not duplicates.
    @Test func noDuplicateKegiatanInThePlans() {
        for corpus in [Corpus.bekasi, .depok, .semarang] {
            #expect(DuplicateSiblingRule().check(corpus.document, RuleContext()).isEmpty, "\(corpus)")
            #expect(DuplicateAcrossProgrammesRule().check(corpus.document, RuleContext()).isEmpty, "\(corpus)")
        }
    }

    /// The trap relies on the plan really holding those same-named kegiatan under different programmes.
    @Test func semarangHasSameNamedKegiatanUnderDifferentProgrammes() {
        let entries = PlanRelations(Corpus.semarang.document).entries.filter {
            PlanRelations.nameKey($0.node) == "fasilitasi kelembagaan koperasi"
        }
        #expect(Set(entries.compactMap { $0.programme?.code }).count == 2)
    }
}
