import Foundation
@testable import Lint
@testable import LintKit
import Rules
import Testing
import TestSupport

@Suite struct CompareCommandTests {
    func temporaryFile(_ name: String) -> String {
        NSTemporaryDirectory() + "renstra-compare-\(UUID().uuidString)-" + name
    }

    @Test func writesOneCsvViewPerFileInInputOrder() throws {
        let output = temporaryFile("overview.csv")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = CommandLineApp.run(["compare", Corpus.semarang.path, Corpus.bekasi.path, Corpus.depok.path,
                                         "--format", "csv", "--view", "overview", "--output", output])
        #expect(status == ExitCode.clean)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 4)
        #expect(rows[1].hasPrefix("1;Kota Semarang;"))
        #expect(rows[2].hasPrefix("2;Kota Bekasi;"))
        #expect(rows[3].hasPrefix("3;Kota Depok;"))
    }

    @Test func unreadableInputIsReportedAndTheOthersCompared() throws {
        let output = temporaryFile("all.json")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = CommandLineApp.run(["compare", Corpus.depok.path, "/nonexistent/renstra.txt", "--format", "json",
                                         "--output", output])
        #expect(status == ExitCode.failure)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        #expect((json["documents"] as? [Any])?.count == 1)
    }

    @Test func findingsMatrixCountsWhatLintReports() throws {
        let output = temporaryFile("findings.json")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let status = try CompareCommand.run([Corpus.depok.path, "--format", "json", "--view", "findings", "--output", output],
                                            rules: RuleRegistry.all, workingDirectory: NSTemporaryDirectory())
        #expect(status == ExitCode.clean)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        let findings = try #require((json["findings"] as? [[String: Any]])?.first)
        let expected = RuleRunner().run(Corpus.depok.document)
        #expect(findings["total"] as? Int == expected.count)
        let families = try #require(findings["families"] as? [String: Int])
        #expect(families["totals"] == expected.filter { $0.family == .totals }.count)
    }

    @Test func badOptionsAreUsageErrors() {
        #expect(CommandLineApp.run(["compare", Corpus.depok.path, "--view", "budgets"]) == ExitCode.failure)
        #expect(CommandLineApp.run(["compare", Corpus.depok.path, "--format", "xlsx"]) == ExitCode.failure)
        #expect(CommandLineApp.run(["compare", Corpus.depok.path, "--csv-separator", "\""]) == ExitCode.failure)
        #expect(CommandLineApp.run(["compare"]) == ExitCode.failure)
    }

    @Test func csvSeparatorAcceptsTabAndPunctuation() throws {
        #expect(try CompareCommand.csvSeparator(nil) == ";")
        #expect(try CompareCommand.csvSeparator("tab") == "\t")
        #expect(try CompareCommand.csvSeparator("|") == "|")
        #expect(throws: UsageError.self) { try CompareCommand.csvSeparator(",,") }
        #expect(throws: UsageError.self) { try CompareCommand.csvSeparator(".") }
    }
}
