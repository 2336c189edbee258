import Foundation
import Testing
@testable import LintKit
import Ingest
import Rules
import TestSupport

/// What a document or a file name carries never reaches the reviewer's terminal or spreadsheet as
/// something that acts: escape sequences are shown, not run; formulas are text, not formulas.
@Suite struct HostileInputTests {
    static let clearScreen = "\u{1B}[2J"
    static let windowTitle = "\u{1B}]0;renstra aman\u{07}"

    @Test func controlCharactersAreShownAsEscapes() {
        #expect("a\u{1B}[2Jb".visibleControls() == "a\\u{1B}[2Jb")
        #expect("baris\r\npalsu".visibleControls() == "baris\\u{D}\\u{A}palsu")
        #expect("baris\npalsu".visibleControls(keepingLineBreaks: true) == "baris\npalsu")
        #expect("kolom\tkolom".visibleControls() == "kolom\tkolom")
        #expect("\u{9B}31m \u{202E}txt.exe".visibleControls() == "\\u{9B}31m \\u{202E}txt.exe")
        #expect("Rp 1.000.000 — Café".visibleControls() == "Rp 1.000.000 — Café")
    }

    @Test func textReportShowsEscapesFromTheDocumentAndTheFileName() {
        let hostile = "Sekretariat" + Self.clearScreen + Self.windowTitle
        let finding = Finding(ruleID: "TST001", family: .totals, severity: .error, file: "draft\n/etc/passwd:1: galat.txt", line: 11,
                              table: "Tabel 2.1" + Self.clearScreen, message: Localized(id: hostile, en: hostile),
                              expected: "17\u{1B}[8m", found: "18", subject: hostile)
        let text = TextReporter(language: .id, colour: true).render(finding)
        // The only escape sequences left are the report's own colour.
        #expect(text == "draft\\u{A}/etc/passwd:1: galat.txt:11: \u{1B}[31mgalat\u{1B}[0m[TST001] Sekretariat\\u{1B}[2J\\u{1B}]0;renstra aman\\u{7}\n"
                + "    seharusnya: 17\\u{1B}[8m; tertulis: 18; tabel: Tabel 2.1\\u{1B}[2J")
    }

    /// The real Semarang staff tables with an escape sequence in a row name and a window-title sequence in a
    /// heading, linted and inspected by the built tool: nothing it prints holds an ESC or BEL.
    @Test func lintAndInspectOutputHoldNoEscapeSequence() throws {
        let scratch = try TemporaryDirectory()
        var lines = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)
        lines[0] = "## **BAB II**" + Self.windowTitle
        let row = try #require(lines.firstIndex { $0.hasPrefix("Sekretariat\t") })
        lines[row] = lines[row].replacingOccurrences(of: "Sekretariat", with: "Sekretariat" + Self.clearScreen)
        let path = try scratch.write("draft\u{1B}[2J.txt", lines.joined(separator: "\n"))
        for arguments in [[path], [path, "--lang", "en"], ["inspect", path], ["inspect", "--text", path], ["compare", path]] {
            let run = try Tool.run(arguments)
            #expect(run.status < 2, "\(arguments): \(run.errorOutput)")
            #expect(!run.output.isEmpty)
            #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(arguments)")
            if arguments.first != "compare" { #expect(run.output.containsLiteral("draft\\u{1B}[2J.txt"), "\(arguments)") }
        }
        #expect(try Tool.run(["inspect", path]).output.containsLiteral("\\u{1B}]0;renstra aman\\u{7}"))
        let missing = scratch.file("tidak\u{1B}[2Jada\n.txt")
        let error = try Tool.run([missing])
        #expect(error.status == 2)
        #expect(error.errorLines == ["renstra-lint: \(scratch.path)/tidak\\u{1B}[2Jada\\u{A}.txt: berkas tidak ditemukan"])
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://contoh.test\";\"Klik\")", "'=HYPERLINK(\"http://contoh.test\";\"Klik\")"),
        ("+1+2", "'+1+2"),
        ("-2+3*cmd|' /C calc'!A0", "'-2+3*cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
        ("- Koperasi", "'- Koperasi"),
        ("-12,5", "-12,5"),
        ("-1.250.000", "-1.250.000"),
        ("+3,5%", "+3,5%"),
        ("-", "-"),
        ("Program Peningkatan = 2 kegiatan", "Program Peningkatan = 2 kegiatan"),
    ])
    func spreadsheetFormulasBecomeText(cell: String, written: String) {
        #expect(ComparisonCSVWriter.inert(cell) == written)
    }

    @Test func csvCellsAreNeutralisedButNumbersStayNumbers() throws {
        let table = ComparisonTable(view: .programmes, title: "t", columns: [ComparisonColumn(key: "a", header: "Nama"),
                                                                              ComparisonColumn(key: "b", header: "Pagu")],
                                    rowCount: 2, row: { index in
            index == 0 ? ComparisonRow(values: [.text("=HYPERLINK(\"http://x\";\"Klik\")"), .number(-1_500_000)])
                       : ComparisonRow(values: [.text("Koperasi"), .integer(-3)])
        })
        var text = ""
        let sink = OutputSink { text += String(decoding: $0, as: UTF8.self) }
        try ComparisonCSVWriter(separator: ";").writeBlock(table, to: sink)
        try sink.close()
        #expect(text == "Nama;Pagu\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"Klik\"\")\";-1500000\r\nKoperasi;-3\r\n")
    }
}
