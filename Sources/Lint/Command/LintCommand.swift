import Foundation
import Ingest
import Rules

/// `renstra-lint [lint] PATH…`: ingest every file (in parallel), run the rules, report.
enum LintCommand {
    enum Format: String { case text, json }

    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: ["--format", "--lang", "--fail-on", "--output"],
                                           flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        let format: Format = try arguments.choice("--format", default: .text)
        let failOn: Severity = try arguments.choice("--fail-on", default: .error)
        guard !arguments.positional.isEmpty else { throw UsageError("tidak ada berkas masukan") }
        let output = OutputTarget(path: arguments.value("--output"))

        let runner = RuleRunner()
        let results = InputCollector.collect(arguments.positional).parallelMap { FileLintResult.lint(path: $0, runner: runner) }

        let report: String
        switch format {
        case .text: report = TextReporter(language: language, colour: output.isTerminal && !ColourPolicy.disabledByEnvironment).report(results)
        case .json: report = JSONReporter(language: language).report(results)
        }
        try output.write(report)

        let errors = results.compactMap(\.error)
        for error in errors { CommandLineApp.printError(error.message(language)) }
        if !errors.isEmpty { return ExitCode.failure }
        return results.contains { $0.findings.contains { $0.severity >= failOn } } ? ExitCode.findings : ExitCode.clean
    }
}

enum ColourPolicy {
    /// https://no-color.org: any non-empty NO_COLOR turns colour off.
    static var disabledByEnvironment: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
