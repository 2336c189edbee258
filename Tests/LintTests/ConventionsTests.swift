import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules
import TestSupport

/// The command line behaves as ruff, ESLint and SwiftLint users expect: help everywhere, short flags,
/// per-run rule selection, standard input, configuration found from the file, each file linted once,
/// and a mistyped command named as such.
@Suite struct ConventionsTests {
    static let draft = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)
        .joined(separator: "\n")

    static func rules(_ report: String) throws -> [String] { try jsonFindings(report).map { $0["rule"] as! String } }

    @Test(arguments: [[], ["lint"], ["inspect"], ["compare"], ["rules"], ["explain"]])
    func everyCommandHasHelpOnStandardOutput(command: [String]) throws {
        for flag in ["--help", "-h"] {
            let run = try Tool.run(command + [flag])
            #expect(run.status == 0)
            #expect(run.errorOutput.isEmpty)
            #expect(run.output.hasPrefix("Penggunaan: renstra-lint") || run.output.hasPrefix("renstra-lint —"), "\(command) \(flag)")
            #expect(run.output.containsLiteral("-h, --help") || command.isEmpty)
        }
        let english = try Tool.run(command + ["--help", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.output.hasPrefix("Usage: renstra-lint") || english.output.hasPrefix("renstra-lint —"))
    }

    @Test func helpOfACommandNamesItsOptions() throws {
        let lint = try Tool.run(["lint", "--help", "--lang", "en"]).output
        for option in ["-f, --format", "-o, --output", "--select RULES", "--ignore RULES", "-q, --quiet", "-c, --config", "-j, --jobs"] {
            #expect(lint.containsLiteral(option), "\(option)")
        }
        #expect(try Tool.run(["help", "compare"]).output.containsLiteral("--csv-separator"))
        #expect(try Tool.run(["inspect", "-h"]).output.containsLiteral("--text"))
    }

    @Test func shortFlagsAreTheLongOnes() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("draft.txt", Self.draft)
        let long = try lintReport([path, "--format", "json"], in: scratch)
        let report = scratch.file("short.json")
        let status = try LintCommand.run([path, "-f", "json", "-o", report, "-j", "1"], rules: testRules, workingDirectory: scratch.path)
        #expect(status == long.status)
        #expect(try scratch.read("short.json") == long.report)
        #expect(throws: UsageError(id: "opsi tidak dikenal: -x", en: "unknown option: -x")) {
            try LintCommand.run([path, "-x"], rules: testRules, workingDirectory: scratch.path)
        }
    }

    @Test func selectAndIgnoreChooseRulesByIdPrefixOrFamily() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("draft.txt", Self.draft)
        let lint = { (words: [String]) in try Self.rules(lintReport([path, "--format", "json"] + words, in: scratch).report) }
        #expect(try lint([]) == ["TST001", "TST002"])
        #expect(try lint(["--select", "TST001"]) == ["TST001"])
        #expect(try lint(["--select", "tst"]) == ["TST001", "TST002"])
        #expect(try lint(["--select", "values"]) == ["TST002"])
        #expect(try lint(["--select", "TST001,values"]) == ["TST001", "TST002"])
        #expect(try lint(["--select", "TST001", "--select", "TST002"]) == ["TST001", "TST002"])
        #expect(try lint(["--ignore", "totals"]) == ["TST002"])
        #expect(try lint(["--select", "TST", "--ignore", "TST00"]) == [])
        // A rule the configuration disables runs when the command line selects it.
        try scratch.write(LintConfiguration.fileName, #"{"disable": ["TST001"]}"#)
        #expect(try lint([]) == ["TST002"])
        #expect(try lint(["--select", "TST001"]) == ["TST001"])
        #expect(throws: UsageError(
            id: "--ignore: aturan atau rumpun tidak dikenal \"XYZ\" (rumpun: totals, numbering, period, duplicates, ratios, counts, cross-table, values, references, nomenclature, tree, cross-document; aturan: 'renstra-lint rules')",
            en: "--ignore: unknown rule or family \"XYZ\" (families: totals, numbering, period, duplicates, ratios, counts, cross-table, values, references, nomenclature, tree, cross-document; rules: 'renstra-lint rules')")) {
            try lintReport([path, "--ignore", "XYZ"], in: scratch)
        }
    }

    @Test func quietLeavesOnlyTheFindings() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("draft.txt", Self.draft)
        let quiet = try lintReport([path, "-q"], in: scratch).report
        let full = try lintReport([path], in: scratch).report
        #expect(full.hasPrefix(quiet))
        #expect(full.containsLiteral("2 temuan (1 galat, 1 peringatan, 0 info) dalam 1 berkas"))
        #expect(!quiet.containsLiteral("temuan ("))
        #expect(quiet.hasPrefix("\(path):11: galat[TST001]"))
    }

    @Test func standardInputIsReadAsAFileNamedDash() throws {
        let bytes = try InputFile.readBytes(at: Corpus.semarang.path)
        let fromFile = try Tool.run([Corpus.semarang.path, "--format", "json"])
        let fromInput = try Tool.run(["-", "--format", "json"], standardInput: bytes)
        #expect(fromInput.status == fromFile.status)
        #expect(fromInput.errorOutput.isEmpty)
        let report = try fromInput.report()
        #expect(report.paths == ["-"])
        #expect(report.findings == (try fromFile.report().findings))
        #expect(try Tool.run(["-"], standardInput: []).errorLines == ["renstra-lint: -: berkas kosong"])
        #expect(try Tool.run(["inspect", "-"], standardInput: bytes).output.hasPrefix("== -\ntata letak: semarang"))
    }

    @Test func aPDFOnStandardInputIsReadLikeAPDFOnDisk() throws {
        guard ExternalDocument.isAvailable, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            print("skipped: \(ExternalDocument.absence), or pdftotext is not installed")
            return
        }
        let pdf = ExternalDocument.jemberPDF.path
        let fromFile = try Tool.run([pdf, "--format", "json"])
        let fromInput = try Tool.run(["-", "--format", "json"], standardInput: try InputFile.readBytes(at: pdf))
        #expect(fromInput.errorOutput.isEmpty)
        #expect(try fromInput.report().findings == (try fromFile.report().findings))
        #expect(try fromInput.report().findings.contains { $0.range(of: "page=[0-9]", options: .regularExpression) != nil })
    }

    @Test func configurationIsFoundFromEachFileUpToTheRepositoryRoot() throws {
        let scratch = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        for directory in ["repo/.git", "repo/bab/draf"] {
            try FileManager.default.createDirectory(atPath: scratch.file(directory), withIntermediateDirectories: true)
        }
        let deep = try scratch.write("repo/bab/draf/draft.txt", Self.draft)
        let top = try scratch.write("repo/draft.txt", Self.draft)
        let lint = { (paths: [String]) in try jsonFindings(lintReport(paths + ["--format", "json"], in: scratch,
                                                                     workingDirectory: elsewhere.path).report)
            .map { "\(($0["file"] as! String).replacingOccurrences(of: scratch.path + "/", with: "")):\($0["rule"]!)" } }
        // Above the repository's root does not count.
        try scratch.write(LintConfiguration.fileName, #"{"disable": ["TST002"]}"#)
        #expect(try lint([deep]) == ["repo/bab/draf/draft.txt:TST001", "repo/bab/draf/draft.txt:TST002"])
        try scratch.write("repo/" + LintConfiguration.fileName, #"{"disable": ["TST001"]}"#)
        #expect(try lint([deep, top]) == ["repo/bab/draf/draft.txt:TST002", "repo/draft.txt:TST002"])
        // The nearest file wins, for its directory only.
        try scratch.write("repo/bab/" + LintConfiguration.fileName, #"{"disable": ["TST002"]}"#)
        #expect(try lint([deep, top]) == ["repo/bab/draf/draft.txt:TST001", "repo/draft.txt:TST002"])
        // A broken configuration on the way is still an error naming it.
        try scratch.write("repo/bab/" + LintConfiguration.fileName, #"{"disable": ["TOT999"]}"#)
        #expect(throws: UsageError.self) { try lint([deep]) }
    }

    @Test func aFileReachedTwiceIsLintedOnce() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("draft.txt", Self.draft)
        try #require(symlink(path, scratch.file("tautan.txt")) == 0)
        for inputs in [[path, path], [path, scratch.path + "/./draft.txt"], [path, scratch.file("tautan.txt")], [scratch.path, path]] {
            let report = try lintReport(inputs + ["--format", "json"], in: scratch).report
            #expect(try Self.rules(report) == ["TST001", "TST002"], "\(inputs)")
        }
    }

    @Test func aMistypedCommandIsNamedNotTakenForAFile() throws {
        #expect(CommandLineApp.unknownSubcommand("inpsect")?.message.en
                == "unknown command: inpsect; did you mean 'inspect'? (commands: lint, inspect, compare, rules, explain)")
        #expect(CommandLineApp.unknownSubcommand("comapre")?.message.en.containsLiteral("did you mean 'compare'?") == true)
        #expect(CommandLineApp.unknownSubcommand("rule")?.message.en.containsLiteral("did you mean 'rules'?") == true)
        #expect(CommandLineApp.unknownSubcommand("chek")?.message.en
                == "unknown command: chek (commands: lint, inspect, compare, rules, explain; for a file, give its extension, e.g. chek.txt)")
        #expect(CommandLineApp.unknownSubcommand("draft.txt") == nil)
        #expect(CommandLineApp.unknownSubcommand("corpora/") == nil)
        let run = try Tool.run(["inpsect", Corpus.semarang.path])
        #expect(run.status == 2)
        #expect(run.errorLines == ["renstra-lint: perintah tidak dikenal: inpsect; maksudnya 'inspect'? "
                                   + "(perintah: lint, inspect, compare, rules, explain). Lihat 'renstra-lint --help'."])
        // A directory whose name reads like a word is still a path.
        #expect(try Tool.run(["corpora", "-q"], workingDirectory: Corpus.root).status == 1)
    }

    @Test func notesWithoutPlanStructureArePassedOverInAWalkButLintedWhenNamed() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("draft.txt", Self.draft)
        let readme = try scratch.write("README.md", "# Catatan\n\nBerkas-berkas Renstra 2025-2029 Kota Bekasi, | a | b |\n|---|---|\n| 1 | 2 |\n")
        let walked = try Tool.run([scratch.path, "--format", "json"])
        #expect(walked.status == 1)
        #expect(try walked.report().paths == [scratch.file("draft.txt")])
        #expect(walked.errorLines == ["renstra-lint: \(readme): dilewati, tidak ada struktur rencana (bab, tabel bernomor, tabel program); "
                                      + "sebutkan berkasnya untuk tetap memeriksanya"])
        #expect(walked.output.containsLiteral("\"skipped\": [\n    \"\(readme)\"\n  ]"))
        #expect(try Tool.run([scratch.path, "-q"]).errorOutput.isEmpty)
        let text = try Tool.run([scratch.path]).output
        #expect(text.containsLiteral("1 berkas tanpa struktur rencana dilewati"))
        let inspected = try Tool.run(["inspect", scratch.path])
        #expect(inspected.status == 0)
        #expect(!inspected.output.containsLiteral("README.md") && inspected.output.containsLiteral("== \(scratch.file("draft.txt"))"))
        #expect(inspected.errorLines.count == 1)
        let named = try Tool.run([readme, "--format", "json"])
        #expect(named.errorOutput.isEmpty)
        #expect(try named.report().paths == [readme])
    }
}
