import Testing
@testable import Ingest

/// The byte-wise splits must give exactly what the Character-wise standard library split gives.
struct ByteSplittingTests {
    static let samples = [
        "", " ", "BAB  I \tPENDAHULUAN", "ISU – ISU STRATEGIS", "a.b..c.", ".1.2.11.", "Rp\u{00A0}4.347.407",
        "e\u{0301} cafe\u{0301} x", "a \u{0301}b", "x\r\ny z", "  lead and trail  ", "tab\tseparated\t\tcells",
        "Jumlah\u{2003}Koperasi", "1. Program", "..", "Kota Bekasi, 2025", "[kode]@`x`{y}", "TARGET/PAGU (Rp) 2025",
        "a\t\u{0301}b", "kode\u{0301}\tnilai", "Rp\u{00A0}\t5", "x \u{0301}\ty\n\u{0301}z",
    ]

    @Test(arguments: samples)
    func splitOnASCIISeparatorMatchesCharacters(text: String) {
        for separator: Character in [" ", ".", "\t", ","] {
            for omitting in [true, false] {
                for maxSplits in [0, 1, 2, Int.max] {
                    let expected = text.split(maxSplits: maxSplits, omittingEmptySubsequences: omitting) { $0 == separator }
                    #expect(text.pieces(separatedBy: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting) == expected,
                            "\(separator) omitting \(omitting) max \(maxSplits)")
                }
            }
        }
    }

    @Test(arguments: samples)
    func wordSplitsMatchCharacters(text: String) {
        #expect(text.whitespaceSeparatedWords() == text.split(whereSeparator: \.isWhitespace))
        #expect(text.blankSeparatedWords() == text.split(whereSeparator: { $0 == " " || $0 == "\t" }))
        #expect(text.letterRuns() == text.split(whereSeparator: { !$0.isLetter }))
    }

    @Test func combiningMarkKeepsTheSpaceInsideACharacter() {
        // " \u{0301}" is one Character, not a space: no split there.
        #expect("a \u{0301}b".pieces(separatedBy: " ") == ["a \u{0301}b"])
        #expect("Rp\u{00A0}4.347.407".whitespaceSeparatedWords() == ["Rp", "4.347.407"])
        #expect("ISU – ISU".blankSeparatedWords() == ["ISU", "–", "ISU"])
    }

    @Test func controlCharactersStayCharactersOfTheirOwnNextToMarks() {
        // A tab is never joined to a mark, so it separates on bytes even next to non-ASCII text.
        #expect("a\t\u{0301}b".pieces(separatedBy: "\t") == ["a", "\u{0301}b"])
        #expect("Rp\u{00A0}\t5\t".pieces(separatedBy: "\t", omittingEmptySubsequences: false) == ["Rp\u{00A0}", "5", ""])
    }
}
