import Foundation
import LintKit
import Rules

/// `renstra-lint [lint] PATH…`: options into a `LintJob`, its outcome into messages and an exit status.
enum LintCommand {
    static let valueOptions: Set<String> = ["--format", "--lang", "--fail-on", "--output", "--config", "--baseline", "--write-baseline", "--jobs"]

    static func run(_ words: [String]) throws -> Int32 { try run(words, rules: RuleRegistry.all) }

    /// `rules` and `workingDirectory` (where `.renstra-lint.json` is looked for) are parameters for tests.
    static func run(_ words: [String], rules: [any Rule],
                    workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: valueOptions, flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        var job = LintJob(paths: [])
        job.language = language
        job.format = try arguments.choice("--format", default: .text)
        job.failOn = try arguments.choice("--fail-on", default: .error)
        job.workers = try arguments.positiveInteger("--jobs", default: job.workers)
        job.paths = try arguments.inputPaths()
        job.output = OutputTarget(path: arguments.value("--output"))
        job.writeBaselinePath = arguments.value("--write-baseline")
        job.baselinePath = arguments.value("--baseline")
        job.configurationPath = arguments.value("--config")
        job.workingDirectory = workingDirectory
        job.rules = rules
        job.colour = job.output.isTerminal && !ColourPolicy.disabled(environment: ProcessInfo.processInfo.environment)
        let outcome = try job.run()
        for error in outcome.inputErrors { CommandLineApp.printError(error.message(language)) }
        for note in outcome.notes { CommandLineApp.printNote(note.text(language)) }
        if !outcome.inputErrors.isEmpty { return ExitCode.failure }
        return outcome.failing ? ExitCode.findings : ExitCode.clean
    }
}

enum ColourPolicy {
    /// https://no-color.org: any non-empty NO_COLOR turns colour off.
    static func disabled(environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }
}
