import Foundation
import Ingest
import Rules

/// What a lint run could not do and what it found: the command turns this into messages and an exit status.
public struct LintOutcome: Equatable {
    /// Inputs that could not be read, in the order they were met.
    public var inputErrors: [InputError]
    /// Remarks that are not failures (where a baseline was written).
    public var notes: [Localized] = []
    /// Whether any finding reached the failing severity.
    public var failing: Bool

    public init(inputErrors: [InputError], notes: [Localized] = [], failing: Bool) {
        self.inputErrors = inputErrors
        self.notes = notes
        self.failing = failing
    }
}

/// One lint run: read the configuration, ingest every file (in parallel), run the rules, set aside
/// what the baseline accepts, write the report.
public struct LintJob {
    public enum Format: String, Sendable { case text, json, html, sarif }

    /// Files and directories as given on the command line.
    public var paths: [String]
    public var format: Format = .text
    public var language: Language = .id
    public var failOn: Severity = .error
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    public var rules: [any Rule] = RuleRegistry.all
    /// `--config`; without it, `.renstra-lint.json` is looked for in `workingDirectory`.
    public var configurationPath: String?
    public var workingDirectory: String = FileManager.default.currentDirectoryPath
    public var baselinePath: String?
    public var writeBaselinePath: String?
    public var output = OutputTarget(path: nil)
    /// ANSI colours in the text report (the command decides: a terminal, and no NO_COLOR).
    public var colour = false

    public init(paths: [String]) { self.paths = paths }

    public func run() throws -> LintOutcome {
        let inputs = InputCollector.collect(paths)
        let paths = inputs.files
        if writeBaselinePath != nil, baselinePath != nil {
            throw UsageError(id: "--baseline dan --write-baseline tidak dapat dipakai bersamaan",
                             en: "--baseline and --write-baseline cannot be used together")
        }
        try OutputTarget.ensureNoInputIsOverwritten(by: [output.path, writeBaselinePath], inputs: paths)
        let configuration = try LintConfiguration.load(explicitPath: configurationPath, directory: workingDirectory,
                                                       knownRules: rules.map { type(of: $0).description })
        let baseline = try baselinePath.map(Baseline.load(path:))

        let runner = configuration.runner(for: rules)
        if baseline == nil, writeBaselinePath == nil, format == .text || format == .json {
            let lint = StreamingLint(paths: paths, workers: workers, runner: runner, language: language)
            let sink = try OutputSink(output)
            return try lint.report(json: format == .json, colour: colour, inputErrors: inputs.errors, to: sink, failOn: failOn)
        }
        let keepDocuments = format == .html
        var results = inputs.errors.map { FileLintResult.failed(path: $0.path, $0) }
            + paths.parallelMapLargestFirst(workers: workers) { FileLintResult.lint(path: $0, runner: runner, keepDocument: keepDocuments) }
        let errors = results.compactMap(\.error)

        if let writeBaselinePath {
            // A baseline missing an unreadable file's findings would hide them later: write none.
            guard errors.isEmpty else { return LintOutcome(inputErrors: errors, failing: false) }
            let findings = results.flatMap(\.findings)
            try OutputSink.write(Baseline(findings: findings).serialized(), to: OutputTarget(path: writeBaselinePath))
            let note = Localized(id: "\(findings.count) temuan dicatat di baseline \(writeBaselinePath)",
                                 en: "\(findings.count) findings recorded in the baseline \(writeBaselinePath)")
            return LintOutcome(inputErrors: [], notes: [note], failing: false)
        }
        var unmatchedBaselineEntries = 0
        if let baseline { (results, unmatchedBaselineEntries) = baseline.filter(results) }

        let descriptions = runner.rules.map { type(of: $0).description }
        let report: String
        switch format {
        case .text:
            report = TextReporter(language: language, colour: colour, unmatchedBaselineEntries: unmatchedBaselineEntries).report(results)
        case .json: report = JSONReporter(language: language).report(results)
        case .html: report = HTMLReporter(language: language, rules: descriptions).report(results)
        case .sarif: report = SARIFReporter(language: language, rules: runner.rules).report(results)
        }
        try OutputSink.write(report, to: output)
        return LintOutcome(inputErrors: errors, failing: results.contains { $0.findings.contains { $0.severity >= failOn } })
    }
}
