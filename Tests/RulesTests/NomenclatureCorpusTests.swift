import Testing
import Ingest
@testable import Rules
import TestSupport

/// The nomenclature rules on the real documents: every NOM finding of the corpora, each judged against the
/// official list (see the comments), and nothing else.
@Suite struct NomenclatureCorpusTests {
    static let runner = RuleRunner(rules: RuleRegistry.all.filter { type(of: $0).description.family == .nomenclature })

    func findings(_ corpus: Corpus) -> [Finding] { Self.runner.run(corpus.document) }

    @Test func bekasiSupportProgrammeIsReportedWithTheOfficialName() throws {
        // Tabel 4.2 line 1376 writes "Pemerintah" where the regulation has "Pemerintahan".
        let finding = try #require(findings(.bekasi).first { $0.line == 1376 })
        #expect(finding.ruleID == "NOM001")
        #expect(finding.severity == .warning)
        #expect(finding.found == "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA")
        #expect(finding.expected == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA")
        #expect(finding.message.id.containsLiteral("Kepmendagri 050-3708/2020 (kabupaten/kota)"))
        #expect(finding.message.id.containsLiteral("kata \"PEMERINTAHAN\""))
        #expect(finding.table == "Tabel 4.2")
    }

    @Test func bekasiSubKegiatanSlipsAreReportedWithTheOfficialSpelling() {
        let byLine = Dictionary(findings(.bekasi).map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        // Line 1404 "Barang Cetak", line 1408 "Fasilitas Kunjungan Tamu" (Depok line 1634 writes "Cetakan").
        #expect(byLine[1404]?.expected == "Penyediaan Barang Cetakan dan Penggandaan")
        #expect(byLine[1408]?.expected == "Fasilitasi Kunjungan Tamu")
        #expect(byLine[1408]?.message.en.containsLiteral("X.XX.01.2.06.0008") == true)
    }

    @Test func bekasiNamesTheOlderListDoesNotHoldAreListedAsNotChecked() throws {
        // A 2025–2029 plan: the shortened kegiatan name (line 1426) and sub kegiatan such as "Pembinaan dan
        // Pendampingan Bagi Keluarga …" (line 1442, 2.17.06.2.01.0003 in the 2025 SIPD export of DIY) come
        // from later lists, so they are not reported one by one.
        let unchecked = try #require(findings(.bekasi).first { $0.ruleID == "NOM008" })
        #expect(unchecked.severity == .info)
        #expect(unchecked.line == 1426)
        #expect(unchecked.found == "9")
        #expect(unchecked.message.id.containsLiteral("baris 1426, 1427, 1442, 1445, 1455, 1461, 1464, 1465, 1466"))
        #expect(unchecked.message.id.containsLiteral("periode 2025–2029"))
    }

    @Test func bekasiHasNoOtherNomenclatureFindings() {
        #expect(findings(.bekasi).map { "\($0.ruleID)@\($0.line)" } == ["NOM001@1376", "NOM001@1404", "NOM001@1408", "NOM008@1426"])
    }

    @Test func depokFollowsTheListItWasDraftedUnder() {
        let review = NomenclatureReview(Corpus.depok.document)
        #expect(review.generation == .kepmendagri050)
        #expect(review.listInForce)
        #expect(review.region.level == .kabupatenKota)
        #expect(review.region.isCertain == false)  // Depok prints no codes: nothing for the digit rule to judge
        // Every programme, kegiatan and sub kegiatan of the 2021–2026 plan bears its official name.
        #expect(review.items.filter { $0.node.level != .bidangUrusan }.allSatisfy { $0.nameMatch?.agreement == .same })
        #expect(findings(.depok).isEmpty)
    }

    @Test func semarangIsCheckedAgainstThePermendagri13Programmes() throws {
        let review = NomenclatureReview(Corpus.semarang.document)
        #expect(review.generation == .permendagri13)
        #expect(review.generationReason.en == "6 of 9 programme names are found in Permendagri 13/2006")
        let all = findings(.semarang)
        #expect(all.map { "\($0.ruleID)@\($0.line)" } == ["NOM008@1363", "NOM001@1399", "NOM001@1429"])
        // Programme 06 leaves out "peningkatan"; programme 17 adds "Koperasi".
        #expect(all[1].expected == "Program peningkatan pengembangan sistem pelaporan capaian kinerja dan keuangan")
        #expect(all[2].expected == "Program Pengembangan Sistem Pendukung Usaha Bagi Usaha Mikro Kecil Menengah")
        #expect(all[1].message.en.containsLiteral("Permendagri 13/2006"))
        // Kegiatan have no list; programmes 19–21 are the city's own (lines 1465, 1469, 1474).
        #expect(all[0].message.en.containsLiteral("74 kegiatan or sub kegiatan"))
        #expect(all[0].message.en.containsLiteral("3 programmes not in the Permendagri 13/2006 list"))
        #expect(all[0].message.en.containsLiteral("lines 1465, 1469, 1474"))
    }

    @Test func theChartHasNoPlanAndNoFindings() {
        #expect(findings(.bekasiChart).isEmpty)
    }
}
