import Foundation
import Ingest
import Rules

/// One comparison: reads every plan (in parallel), keeps a small summary of each, and writes them side by
/// side: overview, programme alignment, shared indicators, findings per rule family.
public struct ComparisonJob {
    public enum Format: String, Sendable { case text, csv, json, html }

    /// Files and directories as given on the command line.
    public var paths: [String]
    public var format: Format = .text
    /// The views to write, in order.
    public var views: [ComparisonView] = ComparisonView.allCases
    /// The CSV field separator (`;` for spreadsheets in the Indonesian locale).
    public var csvSeparator = ";"
    public var language: Language = .id
    public var workers: Int = ProcessInfo.processInfo.activeProcessorCount
    public var rules: [any Rule] = RuleRegistry.all
    /// `--config`; without it, each file's nearest `.renstra-lint.json` (see `InputRunners`).
    public var configurationPath: String?
    public var workingDirectory: String = FileManager.default.currentDirectoryPath
    public var output = OutputTarget(path: nil)

    public init(paths: [String]) { self.paths = paths }

    /// Writes the comparison of every readable plan; returns the inputs that could not be read and those passed over.
    public func run() throws -> LintOutcome {
        let collected = InputCollector.collect(paths)
        let paths = collected.files
        try OutputTarget.ensureNoInputIsOverwritten(by: [output.path], inputs: paths)
        let runners = try InputRunners(inputs: paths, rules: rules, explicitPath: configurationPath, workingDirectory: workingDirectory,
                                       workers: workers)

        // Each document is reduced to its summary as soon as it is read and linted, then dropped.
        let walked = collected.walked
        let results = paths.parallelMapLargestFirst(workers: workers) { path -> (summary: DocumentSummary?, result: FileLintResult) in
            var result = FileLintResult.lint(path: path, runner: runners.runner(for: path), keepDocument: true,
                                             requirePlan: walked.contains(path))
            let summary = result.document.map { DocumentSummary(document: $0, findings: result.findings) }
            result.document = nil
            return (summary, result)
        }
        let comparison = Comparison(documents: results.compactMap(\.summary))
        let failures = collected.errors + results.compactMap(\.result.error)
        let tabulator = ComparisonTabulator(language: language)
        let tables = views.map { tabulator.table($0, of: comparison) }

        let sink = try OutputSink(output)
        switch format {
        case .text: try ComparisonTextRenderer(language: language).render(tables, to: sink)
        case .csv:
            let writer = ComparisonCSVWriter(separator: csvSeparator)
            if tables.count == 1 { try writer.writeDocument(tables[0], to: sink) } else { try writer.writeSections(tables, to: sink) }
        case .json: try ComparisonJSONEncoder().write(comparison, views: views, to: sink)
        case .html: try ComparisonHTMLRenderer(language: language).render(tables, documentCount: comparison.documents.count, to: sink)
        }
        try sink.close()
        return LintOutcome(inputErrors: failures, passedOver: results.map(\.result).filter(\.notAPlan).map(\.path), failing: false)
    }
}
