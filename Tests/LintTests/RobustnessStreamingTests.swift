import Foundation
import Testing
@testable import LintKit
import Ingest
import Rules
import TestSupport

/// Text and JSON reports are written while a batch is still being linted, chunk by chunk, so that
/// memory does not grow with the number of files; what is written must be exactly the whole report.
@Suite struct RobustnessStreamingTests {
    @Test(arguments: [true, false])
    func streamedReportEqualsTheWholeReport(json: Bool) throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("kosong.txt", "")
        let paths = [Corpus.semarang.path, empty, Corpus.bekasiChart.path, Corpus.depok.path]
        let runner = RuleRunner()
        let whole = paths.map { FileLintResult.lint(path: $0, runner: runner) }
        let expected = json ? JSONReporter(language: .en).report(whole) : TextReporter(language: .en, colour: false).report(whole)
        #expect(whole.contains { !$0.findings.isEmpty })

        // One file per chunk: every chunk boundary is crossed.
        let lint = StreamingLint(paths: paths, workers: 2, reporter: TextReporter(language: .en, colour: false), chunkSize: 1) {
            FileLintResult.lint(path: $0, runner: runner)
        }
        let outcome = try lint.report(json: json, inputErrors: [], to: OutputSink(OutputTarget(path: directory.file("report"))), failOn: .error)
        #expect(try directory.read("report") == expected)
        #expect(outcome.inputErrors == [.empty(empty)])
    }

    @Test func streamedReportOfCleanFilesHasNoFindings() throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt", "BAB I\tPENDAHULUAN\n1.1 Latar Belakang\nRencana strategis disusun.\n")
        let lint = StreamingLint(paths: [draft], workers: 1, reporter: TextReporter(language: .id, colour: false)) {
            FileLintResult.lint(path: $0, runner: RuleRunner(rules: []))
        }
        let outcome = try lint.report(json: true, inputErrors: [], to: OutputSink(OutputTarget(path: directory.file("report.json"))), failOn: .info)
        #expect(outcome == LintOutcome(inputErrors: [], failing: false))
        let root = try JSONSerialization.jsonObject(with: Data(try directory.read("report.json").utf8)) as? [String: Any]
        #expect((root?["findings"] as? [Any])?.isEmpty == true)
        #expect((root?["files"] as? [[String: Any]])?.first?["path"] as? String == draft)
    }

    /// A large plan's findings are encoded a few slices at a time and written between rounds: the report
    /// must be the same across every seam, of slices and of rounds.
    @Test func findingsEncodedInRoundsMakeTheWholeReport() throws {
        let directory = try TemporaryDirectory()
        var result = FileLintResult.lint(path: Corpus.bekasi.path, runner: RuleRunner())
        let found = result.findings
        #expect(!found.isEmpty)
        // Enough findings for more than three rounds of two slices; the last slice is short.
        let copies = 3 * 2 * JSONFindingStream.encodingSlice / found.count + 1
        result.findings = (0..<copies).flatMap { _ in found } + found.prefix(1)
        let expected = JSONReporter(language: .id).report([result])
        var stream = try JSONFindingStream(reporter: JSONReporter(language: .id), sink: OutputSink(OutputTarget(path: directory.file("report.json"))),
                                           slicesPerRound: 2)
        try stream.append(result)
        var summary = result
        summary.findings = []
        try stream.finish([summary])
        #expect(try directory.read("report.json") == expected)
    }
}
