import Foundation
import Testing
@testable import Lint
import LintKit
import Rules
import TestSupport

/// Every report says, for each file, what was read of it and which checks could not run: a file where no
/// table was read never reads as checked and clean.
@Suite struct CoverageReportTests {
    func file(_ root: [String: Any], _ path: String) throws -> [String: Any] {
        try #require((root["files"] as? [[String: Any]])?.first { ($0["path"] as? String) == path })
    }

    @Test func jsonGivesTheCoverageOfEachFile() throws {
        let directory = try TemporaryDirectory()
        let (_, report) = try lintReport([Corpus.depok.path, Corpus.bekasiChart.path, "--format", "json"], rules: RuleRegistry.all, in: directory)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let depok = try file(root, Corpus.depok.path)
        let depokCoverage = try #require(depok["coverage"] as? [String: Any])
        #expect(depokCoverage["layout"] as? String == "depok")
        #expect(depokCoverage["kind"] as? String == "renstra")
        #expect((depokCoverage["tables"] as? Int ?? 0) > 10)
        #expect(depokCoverage["planRowsWithBudgets"] as? Int == 48)
        #expect(depok["notChecked"] as? [String] == [])
        // The performance tree has boxes, not tables of figures: the table checks say they did not run.
        let chart = try file(root, Corpus.bekasiChart.path)
        #expect((chart["coverage"] as? [String: Any])?["tables"] as? Int == 0)
        let notChecked = try #require(chart["notChecked"] as? [String])
        #expect(notChecked.contains("0 tabel angka terbaca: pemeriksaan jumlah tidak dijalankan"))
    }

    @Test func textHtmlAndSarifSayWhatCouldNotBeChecked() throws {
        let directory = try TemporaryDirectory()
        let path = Corpus.bekasiChart.path
        let (_, text) = try lintReport([path, "--lang", "en"], rules: RuleRegistry.all, in: directory)
        #expect(text.containsLiteral("read: \(path): read as performance-chart"))
        #expect(text.containsLiteral("not checked: \(path): 0 tables of figures read: totals checks not run"))
        let (_, quiet) = try lintReport([path, "-q"], rules: RuleRegistry.all, in: directory)
        #expect(!quiet.containsLiteral("tidak diperiksa"))

        let (_, html) = try lintReport([path, "--format", "html"], rules: RuleRegistry.all, in: directory)
        #expect(html.containsLiteral("<p class=\"not-checked\">Tidak ada tabel yang terbaca dari berkas ini"))
        #expect(html.containsLiteral("<dt>Tidak diperiksa</dt><dd>0 tabel angka terbaca: pemeriksaan jumlah tidak dijalankan</dd>"))

        let (_, sarif) = try lintReport([path, "--format", "sarif"], rules: RuleRegistry.all, in: directory)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let files = try #require((run["properties"] as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == path)
        #expect(((files.first?["coverage"] as? [String: Any])?["tables"]) as? Int == 0)
        let schema = try SARIFSchemaTests.schema()
        #expect(SchemaVocabulary(schema: schema).problems(in: log, definition: schema, path: "") == [])
    }
}
