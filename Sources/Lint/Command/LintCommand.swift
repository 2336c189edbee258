import Foundation
import Ingest
import LintKit
import Rules

/// `renstra-lint [lint] PATH…`: options into a `LintJob`, its outcome into messages and an exit status.
enum LintCommand {
    static let valueOptions: Set<String> = ["--format", "--lang", "--fail-on", "--output", "--config", "--baseline", "--write-baseline",
                                            "--jobs", "--select", "--ignore", "--with"]

    static func run(_ words: [String]) throws -> Int32 { try run(words, rules: RuleRegistry.all) }

    /// `rules` and `workingDirectory` (where `.renstra-lint.json` is looked for last) are parameters for tests.
    static func run(_ words: [String], rules: [any Rule],
                    workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: valueOptions, flagOptions: ["--quiet"])
        if CommandLineApp.printsHelp(arguments, HelpText.lint) { return ExitCode.clean }
        let language: Language = try arguments.choice("--lang", default: .id)
        var job = LintJob(paths: [])
        job.language = language
        job.format = try arguments.choice("--format", default: .text)
        job.failOn = try arguments.choice("--fail-on", default: .error)
        job.workers = try arguments.positiveInteger("--jobs", default: job.workers)
        job.paths = try arguments.inputPaths()
        job.selection = try selection(arguments, rules: rules)
        job.quiet = arguments.flag("--quiet")
        job.output = OutputTarget(path: arguments.value("--output"))
        job.writeBaselinePath = arguments.value("--write-baseline")
        job.baselinePath = arguments.value("--baseline")
        job.referencePath = arguments.value("--with")
        job.configurationPath = arguments.value("--config")
        job.workingDirectory = workingDirectory
        job.rules = rules
        job.colour = job.output.isTerminal && !ColourPolicy.disabled(environment: ProcessInfo.processInfo.environment)
        return CommandLineApp.finish(try job.run(), language: language, quiet: job.quiet)
    }

    /// `--select` and `--ignore`, each given once with commas or several times.
    static func selection(_ arguments: ArgumentReader, rules: [any Rule]) throws -> RuleSelection {
        let known = rules.map { type(of: $0).description }
        let selected = try arguments.values("--select").flatMap { try RuleSelection.selectors($0, option: "--select", knownRules: known) }
        let ignored = try arguments.values("--ignore").flatMap { try RuleSelection.selectors($0, option: "--ignore", knownRules: known) }
        return RuleSelection(selected: arguments.values("--select").isEmpty ? nil : selected, ignored: ignored)
    }
}

enum ColourPolicy {
    /// https://no-color.org: any non-empty NO_COLOR turns colour off.
    static func disabled(environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }
}
