import Foundation
import Testing
@testable import Lint
import Rules

@Suite struct ConfigurationTests {
    static let known = testRules.map { type(of: $0).description }

    static func parse(_ json: String) throws -> LintConfiguration {
        try ConfigurationParser(path: ".renstra-lint.json", knownRules: known).parse(Data(json.utf8))
    }

    static func activeIDs(_ json: String) throws -> [String] {
        try parse(json).runner(for: testRules).rules.map { type(of: $0).description.id }
    }

    @Test func rulesAndFamiliesAreSelectedTheMoreSpecificEntryWinning() throws {
        #expect(try Self.activeIDs("{}") == ["TST001", "TST002"])
        #expect(try Self.activeIDs(#"{"disable": ["values"]}"#) == ["TST001"])
        #expect(try Self.activeIDs(#"{"disable": ["tst001"]}"#) == ["TST002"])
        #expect(try Self.activeIDs(#"{"disable": ["values", "totals"], "enable": ["TST002"]}"#) == ["TST002"])
    }

    @Test func severitiesAndJudgingSettingsReachTheRunner() throws {
        let runner = try Self.parse(#"""
            {"severity": {"totals": "warning", "TST001": "info", "values": "error"},
             "roundingTolerance": 0.005, "acceptTransitionYear": true}
            """#).runner(for: testRules)
        #expect(runner.severityOverrides == ["TST001": .info, "TST002": .error])
        #expect(runner.context.relativeTolerance == 0.005)
        #expect(runner.context.acceptTransitionYear == true)
        let defaults = LintConfiguration().runner(for: testRules)
        #expect(defaults.severityOverrides.isEmpty && defaults.context.relativeTolerance == 0 && !defaults.context.acceptTransitionYear)
    }

    @Test(arguments: [
        (#"{"disabel": []}"#, #"unknown key "disabel" (known keys: disable, enable, severity, roundingTolerance, acceptTransitionYear, pairs)"#),
        (#"{"disable": "TST001"}"#, #""disable" must be a list of rule ids or family names, e.g. ["TOT003", "duplicates"]"#),
        (#"{"enable": [3]}"#, #""enable" must be a list of rule ids or family names, e.g. ["TOT003", "duplicates"]"#),
        (#"{"disable": ["TOT999"]}"#, #"unknown rule "TOT999" (see 'renstra-lint rules')"#),
        (#"{"disable": ["dupes"]}"#,
         #"unknown rule or family "dupes" (families: totals, numbering, period, duplicates, ratios, counts, cross-table, values, references, nomenclature, tree, cross-document)"#),
        (#"{"severity": {"TST001": "fatal"}}"#, #"the severity of "TST001" must be "error", "warning" or "info""#),
        (#"{"severity": {"PER001": "info"}}"#, #"unknown rule "PER001" (see 'renstra-lint rules')"#),
        (#"{"severity": ["TST001"]}"#, #""severity" must be an object, e.g. {"PER001": "info"}"#),
        (#"{"roundingTolerance": "0.01"}"#, #""roundingTolerance" must be a relative number from 0 to below 1 (0.001 = 0.1 %)"#),
        (#"{"roundingTolerance": true}"#, #""roundingTolerance" must be a relative number from 0 to below 1 (0.001 = 0.1 %)"#),
        (#"{"roundingTolerance": 5}"#, #""roundingTolerance" must be a relative number from 0 to below 1 (0.001 = 0.1 %)"#),
        (#"{"acceptTransitionYear": 1}"#, #""acceptTransitionYear" must be true or false"#),
        (#"{"pairs": [{"document": "pohon.txt"}]}"#, #""pairs" must be a list of objects {"document": "pohon-kinerja.txt", "with": "renstra.txt"}"#),
        (#"{"disable": ["TST001"], "enable": ["tst001"]}"#, #""TST001" is in both "disable" and "enable""#),
        (#"["TST001"]"#, "the file must hold a JSON object { … }"),
        (#"{"disable": ["#, "not valid JSON"),
    ])
    func mistakesAreOneLineErrorsNamingTheFile(json: String, message: String) throws {
        do {
            _ = try Self.parse(json)
            Issue.record("accepted \(json)")
        } catch let error as UsageError {
            #expect(error.message.en == ".renstra-lint.json: " + message)
            #expect(!error.message.id.containsLiteral("\n") && !error.message.en.containsLiteral("\n"))
            #expect(!error.showsUsageHint)
        }
    }

    @Test func configurationIsFoundInTheWorkingDirectoryOrNamedExplicitly() throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt",
            SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines).joined(separator: "\n"))
        let rules = { (report: String) in try jsonFindings(report).map { $0["rule"] as! String } }

        #expect(try rules(lintReport([draft, "--format", "json"], in: directory).report) == ["TST001", "TST002"])
        try directory.write(LintConfiguration.fileName, #"{"disable": ["TST001"]}"#)
        #expect(try rules(lintReport([draft, "--format", "json"], in: directory).report) == ["TST002"])

        let explicit = try directory.write("strict.json", #"{"severity": {"totals": "warning"}}"#)
        let downgraded = try lintReport([draft, "--format", "json", "--config", explicit], in: directory)
        #expect(try jsonFindings(downgraded.report).map { $0["severity"] as! String } == ["warning", "warning"])
        #expect(downgraded.status == ExitCode.clean)
        #expect(try lintReport([draft, "--config", explicit, "--fail-on", "warning"], in: directory).status == ExitCode.findings)

        #expect(throws: UsageError.file(id: "konfigurasi \(directory.file("none.json")): berkas tidak ditemukan",
                                        en: "configuration \(directory.file("none.json")): no such file")) {
            try lintReport([draft, "--config", directory.file("none.json")], in: directory)
        }
        try directory.write(LintConfiguration.fileName, #"{"disable": ["TOT999"]}"#)
        #expect(CommandLineApp.run([draft, "--config", directory.file(LintConfiguration.fileName)]) == ExitCode.failure)
    }
}
