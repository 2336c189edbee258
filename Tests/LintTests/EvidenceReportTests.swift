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
        // The widths are shares of the page that add up to no more than all of it.
        let widths = ratio.matches(of: /<col style="width: (\d+)%">/).map { Int($0.output.1)! }
        #expect(widths.count == 6 && widths.reduce(0, +) <= 100)
        #expect(html.containsLiteral("table-layout: fixed; width: 100%;") && html.containsLiteral("overflow-wrap: anywhere;"))

        // The parent's budget with the seven kegiatan it should be the sum of.
        let total = try Self.article(html, rule: "TOT003", line: 1385)
        #expect(total.containsLiteral("<td class=\"num found\" title=\"sel yang salah\">8.448.363.274</td>"))
        for line in [1386, 1391, 1393, 1397, 1402, 1411, 1417] { #expect(total.containsLiteral("<td class=\"line\">\(line)</td>")) }
        #expect(total.matches(of: /class="num operand"/).count == 7)
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
