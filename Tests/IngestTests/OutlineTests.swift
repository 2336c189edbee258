import Testing
import Ingest
import TestSupport

/// Chapter headings are the document's real chapters: titles on the next line are joined, and the
/// chapter synopsis of "Sistematika Penulisan" is prose, not a second set of chapters.
@Suite struct OutlineTests {
    static func chapters(_ corpus: Corpus) -> [String] {
        corpus.document.headings.filter { $0.level == 1 && $0.number != nil }.map { "\($0.lines.first) \($0.number!)" }
    }

    @Test func bekasiChapters() {
        #expect(Self.chapters(.bekasi) == ["94 I", "211 II", "1077 III", "1216 IV", "1557 V"])
        #expect(Corpus.bekasi.document.headings.first { $0.lines.first == 94 }?.title == "PENDAHULUAN")
    }

    @Test func depokChapters() {
        #expect(Self.chapters(.depok) == ["9 I", "86 II", "785 III", "1180 IV", "1257 V", "1318 VI", "2449 VII", "2659 VIII"])
    }

    @Test func semarangChapters() {
        #expect(Self.chapters(.semarang) == ["96 I", "189 II", "993 III", "1124 IV", "1148 V", "1209 VI", "1484 VII", "1518 VIII"])
    }

    @Test func synopsisEntriesBecomeParagraphs() {
        let synopsis = Corpus.semarang.document.paragraphs.first { $0.lines.first == 155 }
        #expect(synopsis?.text == "Bab I Pendahuluan")
        let sentence = Corpus.semarang.document.paragraphs.first { $0.lines.first == 169 }
        #expect(sentence?.text.hasPrefix("Bab IV berisi") == true)
    }
}
