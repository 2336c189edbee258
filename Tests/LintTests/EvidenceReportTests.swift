import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Rules
import TestSupport

/// Every report shows the places a finding cites: SARIF as related locations, JSON as an `evidence`
/// array, text as the related lines, HTML as the cited rows and columns with the cited cells highlighted.
@Suite struct EvidenceReportTests {
    static func report(_ corpus: Corpus, _ format: String, language: String = "id") throws -> String {
        let directory = try TemporaryDirectory()
        return try lintReport([corpus.path, "--format", format, "--lang", language], rules: RuleRegistry.all, in: directory).report
    }

    /// The `<article>` of the finding of `rule` at `line`.
    static func article(_ html: String, rule: String, line: Int) throws -> Substring {
        let marker = try #require(html.range(of: "<code class=\"rule\">\(rule)</code>[^\n]*>baris \(line)</span>", options: .regularExpression))
        let start = try #require(html.range(of: "<article", options: .backwards, range: html.startIndex..<marker.lowerBound))
        let end = try #require(html.range(of: "</article>", range: marker.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    /// The column widths of an excerpt's table, in percent.
    static func columnWidths(_ article: Substring) -> [Double] {
        article.matches(of: /<col style="width: ([0-9.]+)%">/).map { Double($0.output.1)! }
    }

    /// Whether a column of `percent` of an excerpt `width` characters wide holds `characters` (padding
    /// included), the percentage being written to a tenth, rounded down.
    static func holds(_ characters: Double, _ percent: Double, of width: Double) -> Bool {
        percent + 0.1 >= 100 * characters / width
    }

    @Test func sarifWritesEvidenceAsRelatedLocationsThatValidate() throws {
        let text = try Self.report(.semarang, "sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let schema = try SARIFSchemaTests.schema()
        #expect(SchemaVocabulary(schema: schema).problems(in: log, definition: schema, path: "") == [])
        let results = try #require(SARIFReporterTests.run(log)["results"] as? [[String: Any]])
        for result in results {
            let ids = (result["relatedLocations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            #expect(Set(ids).count == ids.count)
        }
        let duplicate = try #require(results.first { ($0["ruleId"] as? String) == "DUP003" })
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        let lines = related.compactMap { (($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int }
        #expect(lines == [814, 812])
        #expect(related.compactMap { ($0["properties"] as? [String: Any])?["role"] as? String } == ["wrong", "related"])
        #expect((related[1]["message"] as? [String: Any])?["text"] as? String == "tempat terkait: Tabel 2.4")
    }

    @Test func jsonGivesEachFindingItsEvidence() throws {
        let findings = try jsonFindings(try Self.report(.depok, "json"))
        let total = try #require(findings.first { ($0["rule"] as? String) == "TOT001" && ($0["line"] as? Int) == 508 })
        let evidence = try #require(total["evidence"] as? [[String: Any]])
        #expect(evidence.compactMap { $0["role"] as? String } == ["wrong", "operand", "operand", "operand"])
        #expect(evidence.compactMap { $0["line"] as? Int } == [508, 496, 500, 504])
        #expect(evidence.allSatisfy { $0["table"] as? String == "Tabel e" && $0["header"] as? String == "Jumlah Pegawai" })
        #expect(Set(evidence.compactMap { $0["column"] as? Int }).count == 1)
        // A finding that cites nothing still has the key.
        #expect(findings.allSatisfy { $0["evidence"] is [Any] })
    }

    @Test func textNamesTheRelatedLines() throws {
        let indonesian = try Self.report(.bekasi, "text")
        #expect(indonesian.containsLiteral("tabel: Tabel 4.2; baris terkait: 1386, 1391, 1393, 1397, 1402, 1411, 1417\n"))
        #expect(indonesian.containsLiteral("baris terkait: 1451, 1453–1455\n"))
        let english = try Self.report(.semarang, "text", language: "en")
        #expect(english.containsLiteral("table: Tabel 2.4; related lines: 812\n"))
    }

    /// Bekasi Tabel 2.8 line 957 has 19 columns; the ratio finding needs the indicator and the three 2022
    /// columns, so the outlined 210% is on the page whatever its width.
    @Test func htmlExcerptShowsTheColumnsThatMatterWithTheCitedCellsHighlighted() throws {
        let html = try Self.report(.bekasi, "html")
        let ratio = try Self.article(html, rule: "RAT001", line: 957)
        #expect(ratio.containsLiteral("<td class=\"num found\" title=\"sel yang salah\">210%</td>"))
        #expect(ratio.containsLiteral("<td class=\"num operand\" title=\"dasar hitungan\">0.101</td>"))
        #expect(ratio.containsLiteral("<td class=\"num operand\" title=\"dasar hitungan\">0.232%</td>"))
        #expect(ratio.containsLiteral("<th>Rasio Capaian pada tahun ke- / 2022</th>"))
        #expect(!ratio.containsLiteral("2023</th>") && !ratio.containsLiteral("2020</th>") && !ratio.containsLiteral(">150%<"))
        #expect(ratio.containsLiteral("14 kolom lain yang tidak terkait tidak ditampilkan"))
        // The widths are percentages of the page that add up to no more than all of it.
        let widths = Self.columnWidths(ratio)
        #expect(widths.count == 6 && widths.reduce(0, +) <= 100)
        #expect(html.containsLiteral("table-layout: fixed; width: 100%;") && html.containsLiteral("overflow-wrap: anywhere;"))

        // The parent's budget with the seven kegiatan it should be the sum of; its column is wide enough
        // for the 13 characters of the wrong figure and the 4 digits of the line numbers (the printed
        // excerpt holds about 105 characters), so neither is broken across lines.
        let total = try Self.article(html, rule: "TOT003", line: 1385)
        #expect(total.containsLiteral("<td class=\"num found\" title=\"sel yang salah\">8.448.363.274</td>"))
        let totalWidths = Self.columnWidths(total)
        #expect(totalWidths.count == 4 && Self.holds(6, totalWidths[0], of: 105) && Self.holds(15, totalWidths[3], of: 105))
        #expect(totalWidths.reduce(0, +) <= 100)
        for line in [1386, 1391, 1393, 1397, 1402, 1411, 1417] { #expect(total.containsLiteral("<td class=\"line\">\(line)</td>")) }
        #expect(total.matches(of: /class="num operand"/).count == 7)
    }

    /// Depok's end-of-period budget at line 2150 cites six figures of 13 and 14 characters: with the line
    /// numbers and two name columns they do not fit the page in the normal type, so the excerpt is printed
    /// in the smaller one (about 122 characters wide), where every figure keeps its width and the names
    /// still get ten characters.
    @Test func htmlExcerptTooWideForItsFiguresIsPrintedInSmallerType() throws {
        let html = try Self.report(.depok, "html")
        let total = try Self.article(html, rule: "TOT004", line: 2150)
        #expect(total.containsLiteral("<div class=\"excerpt\"><table class=\"dense\">"))
        #expect(total.containsLiteral("<td class=\"num found\" title=\"sel yang salah\">14.107.236.000</td>"))
        let widths = Self.columnWidths(total)
        #expect(widths.count == 9 && widths.reduce(0, +) <= 100)
        #expect(widths[3...7].allSatisfy { Self.holds(15, $0, of: 122.5) } && Self.holds(16, widths[8], of: 122.5))
        #expect(widths[1...2].allSatisfy { Self.holds(12, $0, of: 122.5) })
        #expect(html.containsLiteral(".excerpt table.dense { font-size: 6pt; }"))
        // An excerpt that fits is printed in the normal type.
        let fitting = try Self.article(html, rule: "TOT001", line: 508)
        #expect(fitting.containsLiteral("<div class=\"excerpt\"><table>"))
    }

    @Test func htmlExcerptShowsTheOtherCopyAndTheOtherTable() throws {
        let html = try Self.report(.semarang, "html")
        let duplicate = try Self.article(html, rule: "DUP003", line: 814)
        #expect(duplicate.containsLiteral("<tr class=\"row-related\"><td class=\"line\">812</td>"))
        #expect(duplicate.containsLiteral("<tr class=\"row-wrong\"><td class=\"line\">814</td>"))
        let mismatch = try Self.article(html, rule: "XTB001", line: 1563)
        #expect(mismatch.containsLiteral("<p class=\"excerpt-caption\">Dibandingkan dengan Tabel 6.1 (baris 1358–1482)</p>"))
        #expect(mismatch.containsLiteral("<td class=\"num related\" title=\"tempat terkait\">52%</td>"))
        #expect(mismatch.containsLiteral("<td class=\"num found\" title=\"sel yang salah\">82%</td>"))
        #expect(HTMLWellFormedness.problems(html) == [])
    }
}
