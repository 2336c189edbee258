import Foundation
import Ingest
import Rules

/// `renstra-lint [lint] PATH…`: read the configuration, ingest every file (in parallel), run the rules,
/// set aside what the baseline accepts, report.
enum LintCommand {
    enum Format: String { case text, json, html, sarif }

    static let valueOptions: Set<String> = ["--format", "--lang", "--fail-on", "--output", "--config", "--baseline", "--write-baseline", "--jobs", "--with"]

    static func run(_ words: [String]) throws -> Int32 { try run(words, rules: RuleRegistry.all) }

    /// `rules` and `workingDirectory` (where `.renstra-lint.json` is looked for) are parameters for tests.
    static func run(_ words: [String], rules: [any Rule],
                    workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: valueOptions, flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        let format: Format = try arguments.choice("--format", default: .text)
        let failOn: Severity = try arguments.choice("--fail-on", default: .error)
        let workers = try arguments.positiveInteger("--jobs", default: ProcessInfo.processInfo.activeProcessorCount)
        let inputs = InputCollector.collect(try arguments.inputPaths())
        let paths = inputs.files
        let output = OutputTarget(path: arguments.value("--output"))
        let writeBaselinePath = arguments.value("--write-baseline")
        if writeBaselinePath != nil, arguments.value("--baseline") != nil {
            throw UsageError(id: "--baseline dan --write-baseline tidak dapat dipakai bersamaan",
                             en: "--baseline and --write-baseline cannot be used together")
        }
        try OutputTarget.ensureNoInputIsOverwritten(by: [output.path, writeBaselinePath], inputs: paths)
        let configuration = try LintConfiguration.load(explicitPath: arguments.value("--config"), directory: workingDirectory,
                                                       knownRules: rules.map { type(of: $0).description })
        let baseline = try arguments.value("--baseline").map(Baseline.load(path:))

        let runner = configuration.runner(for: rules)
        let crossDocument = CrossDocumentStage(runner: CrossDocumentRunner(runner), reference: arguments.value("--with"),
                                               pairs: configuration.pairs)
        if baseline == nil, writeBaselinePath == nil, format == .text || format == .json {
            let lint = StreamingLint(paths: paths, workers: workers, runner: runner, language: language, crossDocument: crossDocument)
            return try lint.report(json: format == .json, inputErrors: inputs.errors, to: output, failOn: failOn)
        }
        let keepDocuments = format == .html
        var results = inputs.errors.map { FileLintResult.failed(path: $0.path, $0) }
            + paths.parallelMapLargestFirst(workers: workers) { FileLintResult.lint(path: $0, runner: runner, keepDocument: keepDocuments) }
        CrossDocumentStage.merge(crossDocument.run(results), into: &results)
        let errors = results.compactMap(\.error)
        for error in errors { CommandLineApp.printError(error.message(language)) }

        if let writeBaselinePath {
            // A baseline missing an unreadable file's findings would hide them later: write none.
            guard errors.isEmpty else { return ExitCode.failure }
            let findings = results.flatMap(\.findings)
            try OutputTarget.writeFile(Baseline(findings: findings).serialized(), to: writeBaselinePath)
            CommandLineApp.printNote(language.say("\(findings.count) temuan dicatat di baseline \(writeBaselinePath)",
                                                  "\(findings.count) findings recorded in the baseline \(writeBaselinePath)"))
            return ExitCode.clean
        }
        var unmatchedBaselineEntries = 0
        if let baseline { (results, unmatchedBaselineEntries) = baseline.filter(results) }

        let descriptions = runner.rules.map { type(of: $0).description }
        let report: String
        switch format {
        case .text:
            let colour = output.isTerminal && !ColourPolicy.disabled(environment: ProcessInfo.processInfo.environment)
            report = TextReporter(language: language, colour: colour, unmatchedBaselineEntries: unmatchedBaselineEntries).report(results)
        case .json: report = JSONReporter(language: language).report(results)
        case .html: report = HTMLReporter(language: language, rules: descriptions).report(results)
        case .sarif: report = SARIFReporter(language: language, rules: runner.rules).report(results)
        }
        try output.write(report)

        if !errors.isEmpty { return ExitCode.failure }
        return results.contains { $0.findings.contains { $0.severity >= failOn } } ? ExitCode.findings : ExitCode.clean
    }
}

enum ColourPolicy {
    /// https://no-color.org: any non-empty NO_COLOR turns colour off.
    static func disabled(environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }
}
