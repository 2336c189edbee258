import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Rules
import TestSupport

/// The editor's way of working with the real rules, on a copy of the Depok Renstra: record today's
/// findings, insert lines, fix one total, break another.
@Suite struct BaselineCorpusTests {
    @Test func editorWorkflowOnACopyOfTheDepokRenstra() throws {
        let directory = try TemporaryDirectory()
        var lines = Corpus.depok.source.lines
        let path = try directory.write("renstra-dkum.txt", lines.joined(separator: "\n"))
        let baseline = directory.file("baseline.json")
        let rules = RuleRegistry.all

        let first = try lintReport([path, "--format", "json"], rules: rules, in: directory)
        let recordedCount = try jsonFindings(first.report).count
        #expect(try jsonFindings(first.report).contains { $0["rule"] as? String == "TOT001" && $0["line"] as? Int == 535 })
        #expect(try lintReport([path, "--write-baseline", baseline], rules: rules, in: directory).status == ExitCode.clean)
        #expect(try lintReport([path, "--baseline", baseline], rules: rules, in: directory).status == ExitCode.clean)

        // Five lines inserted at the top: every finding moves down by five and stays suppressed.
        lines.insert(contentsOf: ["Catatan penyunting", "", "revisi 2", "", ""], at: 0)
        try directory.write("renstra-dkum.txt", lines.joined(separator: "\n"))
        let shifted = try jsonFindings(try lintReport([path, "--format", "json"], rules: rules, in: directory).report)
        #expect(shifted.count == recordedCount)
        #expect(shifted.contains { $0["rule"] as? String == "TOT001" && $0["line"] as? Int == 540 })
        let suppressed = try lintReport([path, "--baseline", baseline, "--format", "json"], rules: rules, in: directory)
        #expect(suppressed.status == ExitCode.clean)
        #expect(try jsonFindings(suppressed.report).isEmpty)

        // Tabel f's Jumlah corrected to 32: that finding is gone from the full run.
        let tabelFTotal = 535 + 5 - 1
        #expect(lines[tabelFTotal].containsLiteral("34 Orang"))
        lines[tabelFTotal] = lines[tabelFTotal].replacingOccurrences(of: "34 Orang", with: "32 Orang")
        // Tabel c's Jumlah broken (34 → 35): a new error the baseline does not know.
        let tabelCTotal = 426 + 5 - 1
        #expect(lines[tabelCTotal].containsLiteral("34  Orang"))
        lines[tabelCTotal] = lines[tabelCTotal].replacingOccurrences(of: "34  Orang", with: "35  Orang")
        try directory.write("renstra-dkum.txt", lines.joined(separator: "\n"))

        let full = try jsonFindings(try lintReport([path, "--format", "json"], rules: rules, in: directory).report)
        #expect(!full.contains { $0["rule"] as? String == "TOT001" && $0["line"] as? Int == 540 })
        let edited = try lintReport([path, "--baseline", baseline, "--format", "json"], rules: rules, in: directory)
        #expect(edited.status == ExitCode.findings)
        let shown = try jsonFindings(edited.report)
        #expect(shown.map { "\($0["rule"]!)@\($0["line"]!)" } == ["TOT001@431"])
        #expect(shown.first?["found"] as? String == "35")
        #expect(shown.first?["expected"] as? String == "34")
    }
}
