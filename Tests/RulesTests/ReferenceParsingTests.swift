import Testing
import Ingest
@testable import Rules

/// The small readers behind the references rules, on sentences taken from the corpora.
@Suite struct ReferenceParsingTests {
    @Test func tableAndFigureMentionsAreFoundWithTheirLabels() {
        let mentions = LabelMentions.find(in: "ditetapkan indikator dan target tahun 2025-2030 sebagaimana tabel 3.1. berikut, lihat Gambar 3.2 dan tabel TC. 24")
        #expect(mentions.map(\.label) == ["3.1", "3.2", "TC. 24"])
        #expect(mentions.map(\.kind) == [.table, .figure, .table])
        #expect(mentions.map(\.key) == ["3.1", "3.2", "tc.24"])
        #expect(LabelMention.key("T-C.24.") == "tc.24")
    }

    @Test func wordsThatOnlyLookLikeMentionsAreIgnored() {
        // "digambarkan", "gambaran", a year, a letter label and an unnumbered title.
        let text = "dapat digambarkan sesuai tabel berikut; gambaran umum; Gambar 2020; Tabel d. Data PNS; Tabel Program Kegiatan"
        #expect(LabelMentions.find(in: text).isEmpty)
    }

    @Test func aMentionOpeningTheTextIsACaption() {
        #expect(LabelMentions.find(in: "Tabel 4.2 Rencana Program/Kegiatan/Subkegiatan dan Pendanaan").first?.offset == 0)
        #expect(LabelMentions.find(in: "Untuk selanjutnya dapat dilihat pada Tabel 6.1 sebagai berikut :").first?.offset == 37)
    }

    @Test func chapterReferencesTellTitlesFromDescriptions() {
        let entry = ChapterReference("BAB I. PENDAHULUAN")
        #expect(entry?.number == 1 && entry?.rest == "PENDAHULUAN" && entry?.isEntryTitle == true)
        let description = ChapterReference("Bab VI berisi Indikator Kinerja Daerah serta Indikator Kinerja Pelayanan")
        #expect(description?.number == 6 && description?.isEntryTitle == false)
        #expect(ChapterReference("Pada Bab I akan dibahas mengenai latar belakang")?.number == 1)
        #expect(ChapterReference("Bab ini memuat latar belakang") == nil)
    }

    @Test func chapterTitlesForgiveTyposAndAddedWords() {
        let synopsis = "PROGRAM, KEGIATAN SUBKEGIATAN, DAN KINERJA PENYELENGGARAAN BIDANG URUSAN"
        #expect(WordOverlap.coverageOfShorter(synopsis, "PROGRAM, KEGIATAN, SUBKEGIATAN, DAN KINERJA PEYELENGGARAAN") == 1)
        #expect(WordOverlap.coverageOfShorter("Penutup", "Kinerja Penyelenggaraan Bidang Urusan") == 0)
    }

    @Test func theAgencyAfterAnOwnerCueIsRead() {
        let text = "dirancang strategi yang akan dilaksanakan oleh Dinas Pendapatan, Pengelolaan Keuangan dan Aset secara konseptual"
        #expect(ForeignAgencyMentionRule.ownerMention(in: text) == "Dinas Pendapatan, Pengelolaan Keuangan dan Aset")
        #expect(ForeignAgencyMentionRule.ownerMention(in: "Rencana Strategis Dinas Perhubungan Kota Bekasi Tahun 2025-2029") == "Dinas Perhubungan Kota Bekasi")
        #expect(ForeignAgencyMentionRule.ownerMention(in: "setelah sebelumnya bergabung dengan Dinas Perindustrian Perdagangan dan Koperasi") == nil)
    }

    @Test func theUnitOpeningASentenceIsItsSubject() {
        let text = "Bidang Perizinan dan Kelembagaan Koperasi berkedudukan di bawah Kepala Dinas. Bidang Pemberdayaan Koperasi dipimpin oleh seorang Kepala Bidang."
        #expect(UnitNameMismatchRule.subject(of: "berkedudukan", in: text) == "Bidang Perizinan dan Kelembagaan Koperasi")
        #expect(UnitNameMismatchRule.subject(of: "dipimpin", in: text) == "Bidang Pemberdayaan Koperasi")
        #expect(UnitNameMismatchRule.subject(of: "dipimpin", in: "Masing-masing Seksi dipimpin oleh seorang Kepala Seksi.") == nil)
    }
}
