import Testing
import Ingest
@testable import Rules
import TestSupport

/// The Indonesian number-word reader and CNT002 (digits vs their spelled-out words).
@Suite struct CountNumberWordsTests {
    @Test(arguments: [
        ("delapan", 8.0, 0), ("tiga belas", 13, 0), ("tiga puluh dua", 32, 0), ("sepuluh", 10, 0), ("sebelas", 11, 0),
        ("seratus dua puluh lima", 125, 0), ("dua ribu dua puluh lima", 2025, 0), ("seribu", 1000, 0),
        ("lima ratus sembilan puluh satu koma empat nol", 591.40, 2), ("dua koma sembilan lima", 2.95, 2),
        ("tujuh juta lima ratus ribu rupiah", 7_500_000, 0),
    ])
    func readsSpelledNumbers(_ phrase: String, _ value: Double, _ decimals: Int) throws {
        let reading = try #require(IndonesianNumberWords.parse(phrase))
        #expect(abs(reading.value - value) < 1e-9)
        #expect(reading.decimals == decimals)
    }

    @Test(arguments: ["puluh dua", "dua tiga", "tiga belas program", "ribu juta", "koma lima", ""])
    func rejectsWhatIsNotANumber(_ phrase: String) {
        #expect(IndonesianNumberWords.parse(phrase) == nil)
    }

    @Test(arguments: [13, 32, 8, 100, 119, 1_204, 2_025, 1_000_000, 8_522_051_300])
    func spellsWhatItReads(_ number: Int) throws {
        let reading = try #require(IndonesianNumberWords.parse(IndonesianNumberWords.spell(Double(number))))
        #expect(reading.value == Double(number))
    }

    @Test func spellsTheBekasiCounts() {
        #expect(IndonesianNumberWords.spell(32) == "tiga puluh dua")
        #expect(IndonesianNumberWords.spell(14) == "empat belas")
        #expect(IndonesianNumberWords.spell(591.4, decimals: 2) == "lima ratus sembilan puluh satu koma empat nol")
    }

    @Test func findsEverySpelledNumberOfTheBekasiProgrammeSentence() {
        // l.1368: both spellings agree with their digits.
        let tokens = ProseTokenizer.tokens("yang berjumlah 13 (tiga belas) kegiatan dan 32 (tiga puluh dua) sub kegiatan.")
        let spelled = NumberWordsMismatchRule.spelledNumbers(in: tokens)
        #expect(spelled.map(\.words) == ["tiga belas", "tiga puluh dua"])
        #expect(spelled.allSatisfy { $0.agrees })
    }

    @Test func flagsDigitsThatDisagreeWithTheirWords() throws {
        let document = ingestSnippet("Program-program tersebut didukung oleh 13 (empat belas) kegiatan.", layout: .bekasi)
        let finding = try #require(NumberWordsMismatchRule().check(document, RuleContext()).first)
        #expect(finding.line == 1)
        #expect(finding.expected == "13 (tiga belas)")
        #expect(finding.found == "13 (empat belas)")
        #expect(finding.message.en.containsLiteral("which means 14"))
    }

    @Test(arguments: Corpus.allCases)
    func theCorporaSpellTheirNumbersConsistently(_ corpus: Corpus) {
        // Includes Depok l.1083 "591,40 (lima ratus sembilan puluh satu koma empat nol)".
        #expect(NumberWordsMismatchRule().check(corpus.document, RuleContext()).isEmpty)
    }
}
