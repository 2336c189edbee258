import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules

@Suite struct HTMLReporterTests {
    /// The excerpt with Sekretariat's total in Tabel 2.1 changed from 17 to 18 (line 11).
    static let draft = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)

    static func report(_ language: Language = .id) -> (html: String, findings: [Finding]) {
        let document = SemarangExcerpt.document(lines: draft)
        let findings = RuleRunner(rules: testRules).run(document)
        let result = FileLintResult(path: document.path, layout: document.layout, period: document.metadata.period,
                                    findings: findings, error: nil, document: document)
        let rules = testRules.map { type(of: $0).description }
        return (HTMLReporter(language: language, rules: rules).report([result]), findings)
    }

    @Test func reportIsWellFormedAndShowsEveryFindingWithItsLine() {
        let (html, findings) = Self.report()
        #expect(HTMLWellFormedness.problems(html) == [])
        #expect(findings.map(\.line) == [11, 41])
        for finding in findings {
            #expect(html.containsLiteral(htmlEscape(finding.message.id)), "\(finding.message.id)")
            #expect(html.containsLiteral("semarang-draft.txt:\(finding.line)</span>"))
            #expect(html.containsLiteral(">baris \(finding.line)</span>"))
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    }

    @Test func findingInATableShowsItsRowWithTheOffendingCellHighlighted() {
        let (html, _) = Self.report()
        #expect(html.containsLiteral("<h3>BAB II</h3>"))
        #expect(html.containsLiteral("<h4>Tabel 2.1 — Jumlah Pegawai Menurut Golongan <span class=\"where\">(baris 5–16)</span></h4>"))
        #expect(html.containsLiteral("<th>GOL III / W</th>"))
        // The stated total is the offending cell; the rest of the row is on the finding's line.
        #expect(html.containsLiteral("<tr><td class=\"line\">11</td><td class=\"hit\">Sekretariat</td><td class=\"num hit\">0</td>"))
        #expect(html.containsLiteral("<td class=\"num found\">18</td></tr>"))
        #expect(html.containsLiteral("<dt>Seharusnya</dt><dd>17</dd>"))
        #expect(html.containsLiteral("<dt>Tertulis</dt><dd>18</dd>"))
        // Only the finding's row is shown, not its neighbours.
        #expect(!html.containsLiteral("<td class=\"line\">12</td>"))
        // The Esselon II finding has no table in the model: grouped outside tables, no excerpt.
        #expect(html.containsLiteral("<h4>Di luar tabel</h4>"))
    }

    @Test func summaryCountsBySeverityAndFamilyAndFiltersWithoutAServer() {
        let (html, _) = Self.report()
        #expect(html.containsLiteral("<tr><td>Jumlah <code>totals</code></td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td></tr>"))
        #expect(html.containsLiteral("<tr><td>Nilai <code>values</code></td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td></tr>"))
        #expect(html.containsLiteral("<input type=\"checkbox\" name=\"family\" value=\"values\" checked>"))
        #expect(html.containsLiteral("data-severity=\"warning\" data-family=\"values\""))
        #expect(html.containsLiteral("@page { size: A4;"))
        #expect(html.containsLiteral("@media print"))
        // Self-contained: nothing is fetched.
        #expect(!html.containsLiteral("http://") && !html.containsLiteral("https://") && !html.containsLiteral("src=") && !html.containsLiteral("<link"))
    }

    @Test func englishReport() {
        let (html, findings) = Self.report(.en)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.containsLiteral("<h2>Summary</h2>"))
        #expect(html.containsLiteral("<dt>Expected</dt><dd>17</dd>"))
        #expect(html.containsLiteral(htmlEscape(findings[0].message.en)))
        #expect(html.containsLiteral("<h4>Outside tables</h4>"))
    }

    @Test func everythingFromTheDocumentIsEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'co'"
        let finding = Finding(ruleID: "TST001", family: .totals, severity: .error, file: "<draft>.txt", line: 1, table: hostile,
                              message: Localized(id: hostile, en: hostile), expected: hostile, found: hostile, subject: hostile)
        let result = FileLintResult(path: "<draft>.txt", layout: .unknown, period: nil, findings: [finding], error: nil)
        let html = HTMLReporter(language: .id, rules: []).report([result])
        #expect(HTMLWellFormedness.problems(html) == [])
        #expect(!html.containsLiteral("<script>alert"))
        #expect(!html.containsLiteral("<draft>"))
        #expect(html.containsLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
    }

    @Test func severalFilesGiveOneReportWithASectionPerFile() throws {
        let directory = try TemporaryDirectory()
        let clean = try directory.write("clean.txt", SemarangExcerpt.lines.filter { !$0.hasPrefix("Esselon II") }.joined(separator: "\n"))
        let draft = try directory.write("draft.txt", Self.draft.joined(separator: "\n"))
        let (status, html) = try lintReport([clean, draft, directory.file("missing.txt"), "--format", "html"], in: directory)
        #expect(status == ExitCode.failure)
        #expect(HTMLWellFormedness.problems(html) == [])
        #expect(html.components(separatedBy: "<section class=\"file\"").count == 4)
        #expect(html.containsLiteral("<a href=\"#file-2\">\(htmlEscape(draft))</a> — 2 temuan</li>"))
        #expect(html.containsLiteral("<a href=\"#file-3\">\(htmlEscape(directory.file("missing.txt")))</a> — tidak dapat dibaca</li>"))
        #expect(html.containsLiteral("<p class=\"clean\">Tidak ada temuan.</p>"))
        // The source line of each finding, from the kept document.
        #expect(html.containsLiteral("\(htmlEscape(draft)):11</span>  Sekretariat\t0\t0\t1\t1\t4\t9\t0\t2\t0\t0\t18"))
    }

    @Test func documentsAreKeptOnlyWhenAReportNeedsThem() throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt", SemarangExcerpt.text)
        let runner = RuleRunner(rules: testRules)
        #expect(FileLintResult.lint(path: draft, runner: runner).document == nil)
        #expect(FileLintResult.lint(path: draft, runner: runner, keepDocument: true).document?.source.lines.count == SemarangExcerpt.lines.count)
    }
}

@Suite struct HTMLWellFormednessTests {
    @Test func checkerCatchesWhatABrowserWouldSilentlyRepair() {
        #expect(HTMLWellFormedness.problems("<p><b>a</b></p><input type=\"x\"><script>if (a < b) {}</script>") == [])
        #expect(HTMLWellFormedness.problems("<p><b>a</p></b>") == ["</p> closes <b>", "never closed: p"])
        #expect(HTMLWellFormedness.problems("<td>1 < 2</td>") == ["raw < in text"])
        #expect(HTMLWellFormedness.problems("<td>A & B</td>") == ["bare & in text"])
        #expect(HTMLWellFormedness.problems("<td class=hit>x</td>") == ["unquoted attribute value in <td>"])
        #expect(HTMLWellFormedness.problems("<section><h2>x</h2>") == ["never closed: section"])
    }
}
