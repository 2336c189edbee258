import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules
import TestSupport

/// A PDF's page reaches every report, and what the reading of a file warns about reaches the text report.
@Suite struct PagesAndWarningsTests {
    /// The Semarang excerpt as `pdftotext` would give it with a page break before Tabel 2.1's body: the
    /// form feed begins page 2 on line 9, so Sekretariat's wrong total (line 12) is on page 2.
    static let paged: String = {
        var lines = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)
        lines.insert("\u{0C}", at: 8)
        return lines.joined(separator: "\n")
    }()

    @Test func everyReportGivesThePage() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("draft.txt", Self.paged)
        let json = try jsonFindings(lintReport([path, "--format", "json"], in: scratch).report)
        #expect(json.map { "\($0["rule"]!)@\($0["line"]!) p\($0["page"]!)" } == ["TST001@12 p2", "TST002@42 p2"])
        let text = try lintReport([path], in: scratch).report
        #expect(text.containsLiteral("\(path):12: galat[TST001] Jumlah baris Sekretariat 18, padahal rinciannya berjumlah 17\n    hal. 2; seharusnya: 17"))
        #expect(try lintReport([path, "--lang", "en"], in: scratch).report.containsLiteral("\n    p. 2; expected: 17"))
        let sarif = try lintReport([path, "--format", "sarif"], in: scratch).report
        #expect(sarif.containsLiteral("\"page\": 2"))
        let html = try lintReport([path, "--format", "html"], in: scratch).report
        #expect(html.containsLiteral("<span class=\"where\">baris 12 · hal. 2</span>"))
        // A text without page breaks has no pages.
        let plain = try scratch.write("plain.txt", SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18",
                                                                                  lines: SemarangExcerpt.lines).joined(separator: "\n"))
        let unpaged = try jsonFindings(lintReport([plain, "--format", "json"], in: scratch).report)
        #expect(unpaged.allSatisfy { $0["page"] is NSNull })
        #expect(!(try lintReport([plain], in: scratch).report.containsLiteral("hal.")))
    }

    @Test func inspectTextShowsTheLinesReadWithTheirNumbersAndPages() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("draft.txt", Self.paged)
        let run = try Tool.run(["inspect", "--text", path])
        #expect(run.status == 0)
        let lines = run.output.components(separatedBy: "\n")
        #expect(lines[0] == "== \(path)")
        #expect(lines[1] == " 1  ## **BAB II**")
        #expect(lines[9] == "-- hal. 2 --")
        #expect(lines[10] == " 9  \\u{C}")
        #expect(lines[13] == "12  " + Self.paged.components(separatedBy: "\n")[11])
        #expect(lines[13].hasPrefix("12  Sekretariat\t0\t0\t1"))
        #expect(try Tool.run(["inspect", "--text", "--format", "json", path]).status == 2)
    }

    @Test func readingWarningsAppearInTheTextReport() throws {
        let scratch = try TemporaryDirectory()
        let text = Self.paged + "\nSemarang, 12 Juli 2017 — Café Koperasi\n"
        let bytes = try #require(text.data(using: .windowsCP1252, allowLossyConversion: true))
        let path = try scratch.write("draft-1252.txt", Array(bytes))
        let report = try lintReport([path], in: scratch).report
        #expect(report.hasPrefix("\(path): peringatan masukan: Berkas bukan UTF-8 yang sah (bita pertama yang salah di baris 49); "
                                 + "dibaca sebagai Windows-1252.\n"))
        #expect(try lintReport([path, "--lang", "en"], in: scratch).report
                    .hasPrefix("\(path): input warning: The file is not valid UTF-8 (first wrong byte on line 49); read as Windows-1252.\n"))
        let json = try lintReport([path, "--format", "json", "--lang", "en"], in: scratch).report
        let files = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.first?["warnings"] as? [String] == ["The file is not valid UTF-8 (first wrong byte on line 49); read as Windows-1252."])
    }

    @Test func aPDFWithoutTextIsOneErrorLineInEachLanguage() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            print("skipped: pdftotext is not installed here")
            return
        }
        let scratch = try TemporaryDirectory()
        // One empty page: what a scanned plan without OCR gives `pdftotext`.
        let path = try scratch.write("pindaian.pdf", """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF

            """)
        try Tool.run([path]).expectInputError("\(path): teks PDF tidak dapat diambil (PDF tanpa lapisan teks (hasil pindaian?))")
        try Tool.run([path, "--lang", "en"]).expectInputError("\(path): the PDF's text could not be extracted (a PDF without a text layer (a scan?))")
    }
}
