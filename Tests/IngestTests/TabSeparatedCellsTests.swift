import Testing
import TestSupport
@testable import Ingest

@Suite struct TabSeparatedCellsTests {
    /// Bekasi's Tabel 4.2, line 1458: a programme row, its cells cut at tabs.
    @Test func programmeRowIsCutAtTabs() {
        let cells = MarkupStripper.tabSeparatedCells(Corpus.bekasi.source.line(1458))
        #expect(cells.count == 17)
        #expect(cells.prefix(6) == ["PROGRAM PENGEMBANGAN UMKM", "Persentase Usaha Mikro yang Bertransformasi dari Informal ke Formal",
                                    "39", "Persen", "40", "2.189.180.100"])
        #expect(cells.last == "8.342")
        #expect(MarkupStripper.tabSeparatedCells(" Usaha \t\tMikro\r") == ["Usaha", "", "Mikro"])
        #expect(MarkupStripper.tabSeparatedCells("") == [""])
        #expect(MarkupStripper.tabSeparatedCells("\t") == ["", ""])
    }

    /// Every line, ASCII or not, with markup or without, gives the cells that cutting at tab Characters,
    /// stripping markup and trimming whitespace Characters gives (the reading of lines outside ASCII).
    @Test func everyLineGivesTheCellsOfTheCharacterWiseReading() {
        var generator = SplitMix64(seed: 5)
        let pieces = ["Usaha", "1.250.000", "\t", "\t", " ", "  ", "\r", "\u{0B}", "\u{1F}", "é", "\u{301}", "\u{A0}", "**", "<b>", "</b>",
                      "\\*", "*", "<", "N/A", "-"]
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = line.pieces(separatedBy: "\t", omittingEmptySubsequences: false)
                .map { MarkupStripper.strip(String($0)).trimmingWhitespace() }
            #expect(MarkupStripper.tabSeparatedCells(line) == expected, "\(line.debugDescription)")
        }
    }
}
