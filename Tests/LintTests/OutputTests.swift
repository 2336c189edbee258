import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules

@Suite struct OutputTests {
    static let draftLines = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)

    @Test(arguments: ["text", "json", "html", "sarif"])
    func everyFormatCanBeWrittenToAFile(format: String) throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt", Self.draftLines.joined(separator: "\n"))
        let (status, report) = try lintReport([draft, "--format", format], in: directory)
        #expect(status == ExitCode.findings)
        #expect(report.containsLiteral("TST001"))
        #expect(report.containsLiteral("Sekretariat"))
        #expect(!report.containsLiteral("\u{1B}["))
    }

    @Test func textIsColouredOnlyOnATerminalWithoutNoColor() {
        #expect(ColourPolicy.disabled(environment: ["NO_COLOR": "1"]))
        #expect(!ColourPolicy.disabled(environment: ["NO_COLOR": ""]))
        #expect(!ColourPolicy.disabled(environment: [:]))
        #expect(!OutputTarget(path: "report.txt").isTerminal)
        let finding = Finding(ruleID: "TST001", family: .totals, severity: .error, file: "draft.txt", line: 11,
                              message: Localized(id: "pesan", en: "message"), subject: "Sekretariat")
        #expect(TextReporter(language: .id, colour: true).render(finding) == "draft.txt:11: \u{1B}[31mgalat\u{1B}[0m[TST001] pesan")
        #expect(TextReporter(language: .id, colour: false).render(finding) == "draft.txt:11: galat[TST001] pesan")
    }

    @Test func reportsAndBaselinesNeverOverwriteAnInput() throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt", Self.draftLines.joined(separator: "\n"))
        let before = try directory.read("draft.txt")
        for option in ["--output", "--write-baseline"] {
            #expect(throws: UsageError(id: "berkas keluaran \(directory.path)/./draft.txt adalah berkas masukan; masukan tidak pernah ditimpa",
                                       en: "output file \(directory.path)/./draft.txt is an input file; inputs are never overwritten")) {
                try LintCommand.run([draft, option, directory.path + "/./draft.txt"], rules: testRules, workingDirectory: directory.path)
            }
        }
        #expect(CommandLineApp.run(["inspect", draft, "--output", draft]) == ExitCode.failure)
        #expect(try directory.read("draft.txt") == before)
    }

    @Test func unwritableOutputIsAOneLineError() throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt", Self.draftLines.joined(separator: "\n"))
        let target = directory.file("no/such/dir/report.html")
        #expect(throws: UsageError.file(id: "tidak dapat menulis berkas: \(target) (No such file or directory)",
                                        en: "cannot write file: \(target) (No such file or directory)")) {
            try LintCommand.run([draft, "--format", "html", "--output", target], rules: testRules, workingDirectory: directory.path)
        }
    }
}
