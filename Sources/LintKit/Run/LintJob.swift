import Foundation
import Ingest
import Rules

/// What a lint run could not do and what it found: the command turns this into messages and an exit status.
public struct LintOutcome: Equatable {
    /// Inputs that could not be read, in the order they were met.
    public var inputErrors: [InputError]
    /// Files found in a directory and passed over for having no plan structure.
    public var passedOver: [String] = []
    /// Remarks that are not failures (where a baseline was written).
    public var notes: [Localized] = []
    /// Whether any finding reached the failing severity.
    public var failing: Bool

    public init(inputErrors: [InputError], passedOver: [String] = [], notes: [Localized] = [], failing: Bool) {
        self.inputErrors = inputErrors
        self.passedOver = passedOver
        self.notes = notes
        self.failing = failing
    }

    /// The note for a file passed over.
    public static func passedOverNote(_ path: String) -> Localized {
        Localized(id: "\(path): dilewati, tidak ada struktur rencana (bab, tabel bernomor, tabel program); sebutkan berkasnya untuk tetap memeriksanya",
                  en: "\(path): passed over, no plan structure (chapters, numbered tables, programme tables); name the file to lint it anyway")
    }
}

/// One lint run: read the configurations, ingest every file (in parallel), run the rules, set aside
/// what the baseline accepts, write the report.
public struct LintJob {
    public enum Format: String, Sendable { case text, json, html, sarif }

    /// Files and directories as given on the command line (`-` for standard input).
    public var paths: [String]
    public var format: Format = .text
    public var language: Language = .id
    public var failOn: Severity = .error
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    public var rules: [any Rule] = RuleRegistry.all
    /// `--select` and `--ignore`.
    public var selection = RuleSelection()
    /// `--config`; without it, each file's nearest `.renstra-lint.json` (see `InputRunners`).
    public var configurationPath: String?
    public var workingDirectory: String = FileManager.default.currentDirectoryPath
    public var baselinePath: String?
    /// `--with FILE`: the document every performance tree of the run is checked against.
    public var referencePath: String?
    public var writeBaselinePath: String?
    public var output = OutputTarget(path: nil)
    /// ANSI colours in the text report (the command decides: a terminal, and no NO_COLOR).
    public var colour = false
    /// The text report without its summary (`--quiet`).
    public var quiet = false

    public init(paths: [String]) { self.paths = paths }

    public func run() throws -> LintOutcome {
        NomenclatureList.prepareInBackground()
        let inputs = InputCollector.collect(paths)
        let paths = inputs.files
        if writeBaselinePath != nil, baselinePath != nil {
            throw UsageError(id: "--baseline dan --write-baseline tidak dapat dipakai bersamaan",
                             en: "--baseline and --write-baseline cannot be used together")
        }
        try OutputTarget.ensureNoInputIsOverwritten(by: [output.path, writeBaselinePath], inputs: paths)
        let runners = try InputRunners(inputs: paths, rules: rules, selection: selection, explicitPath: configurationPath,
                                       workingDirectory: workingDirectory, workers: workers)
        let baseline = try baselinePath.map(Baseline.load(path:))
        let keepDocuments = format == .html
        let walked = inputs.walked
        let language = language
        let lint: @Sendable (String) -> FileLintResult = { path in
            var runner = runners.runner(for: path)
            runner.reportLanguage = language
            return FileLintResult.lint(path: path, runner: runner, keepDocument: keepDocuments, requirePlan: walked.contains(path))
        }
        let textReporter = TextReporter(language: language, colour: colour, quiet: quiet)
        let crossDocument = CrossDocumentStage(runner: runners.crossDocumentRunner, reference: referencePath, pairs: runners.pairs)

        if baseline == nil, writeBaselinePath == nil, format == .text || format == .json {
            let streaming = StreamingLint(paths: paths, workers: workers, reporter: textReporter, crossDocument: crossDocument, lint: lint)
            return try streaming.report(json: format == .json, inputErrors: inputs.errors, to: OutputSink(output), failOn: failOn)
        }
        var results = inputs.errors.map { FileLintResult.failed(path: $0.path, $0) }
            + paths.parallelMapLargestFirst(workers: workers, lint)
        CrossDocumentStage.merge(crossDocument.run(results), into: &results)
        let errors = results.compactMap(\.error)
        let passedOver = results.filter(\.notAPlan).map(\.path)

        if let writeBaselinePath {
            // A baseline missing an unreadable file's findings would hide them later: write none.
            guard errors.isEmpty else { return LintOutcome(inputErrors: errors, passedOver: passedOver, failing: false) }
            let findings = results.flatMap(\.findings)
            try OutputSink.write(Baseline(findings: findings).serialized(), to: OutputTarget(path: writeBaselinePath))
            let note = Localized(id: "\(findings.count) temuan dicatat di baseline \(writeBaselinePath)",
                                 en: "\(findings.count) findings recorded in the baseline \(writeBaselinePath)")
            return LintOutcome(inputErrors: [], passedOver: passedOver, notes: [note], failing: false)
        }
        var unmatchedBaselineEntries = 0
        if let baseline { (results, unmatchedBaselineEntries) = baseline.filter(results) }

        let activeRules = runners.activeRules
        let report: String
        switch format {
        case .text:
            var reporter = textReporter
            reporter.unmatchedBaselineEntries = unmatchedBaselineEntries
            report = reporter.report(results)
        case .json: report = JSONReporter(language: language).report(results)
        case .html: report = HTMLReporter(language: language, rules: activeRules.map { type(of: $0).description }).report(results)
        case .sarif: report = SARIFReporter(language: language, rules: activeRules).report(results)
        }
        try OutputSink.write(report, to: output)
        return LintOutcome(inputErrors: errors, passedOver: passedOver,
                           failing: results.contains { $0.findings.contains { $0.severity >= failOn } })
    }
}
