import Foundation
import Ingest
import Rules

/// `renstra-lint compare PATH…`: reads every plan (in parallel), keeps a small summary of each, and shows
/// them side by side: overview, programme alignment, shared indicators, findings per rule family.
enum CompareCommand {
    enum Format: String { case text, csv, json, html }

    static let valueOptions: Set<String> = ["--format", "--lang", "--output", "--view", "--csv-separator", "--config", "--jobs"]

    static func run(_ words: [String]) throws -> Int32 {
        try run(words, rules: RuleRegistry.all)
    }

    /// `rules` and `workingDirectory` (where `.renstra-lint.json` is looked for) are parameters for tests.
    static func run(_ words: [String], rules: [any Rule],
                    workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: valueOptions, flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        let format: Format = try arguments.choice("--format", default: .text)
        let selectedView: ComparisonView? = try arguments.value("--view") == nil ? nil : arguments.choice("--view", default: .overview)
        let views = selectedView.map { [$0] } ?? ComparisonView.allCases
        let separator = try csvSeparator(arguments.value("--csv-separator"))
        let workers = try arguments.positiveInteger("--jobs", default: ProcessInfo.processInfo.activeProcessorCount)
        let collected = InputCollector.collect(try arguments.inputPaths())
        let paths = collected.files
        let outputPath = arguments.value("--output")
        try OutputTarget.ensureNoInputIsOverwritten(by: [outputPath], inputs: paths)
        let configuration = try LintConfiguration.load(explicitPath: arguments.value("--config"), directory: workingDirectory,
                                                       knownRules: rules.map { type(of: $0).description })
        let runner = configuration.runner(for: rules)

        // Each document is reduced to its summary as soon as it is read and linted, then dropped.
        let inputs = paths.parallelMapLargestFirst(workers: workers) { path -> Result<DocumentSummary, InputError> in
            let result = FileLintResult.lint(path: path, runner: runner, keepDocument: true)
            guard let document = result.document else {
                return .failure(result.error ?? .unreadable(path, reason: "no document"))
            }
            return .success(DocumentSummary(document: document, findings: result.findings))
        }
        let comparison = Comparison(documents: inputs.compactMap { try? $0.get() })
        let failures = collected.errors + inputs.compactMap { input -> InputError? in
            if case .failure(let error) = input { return error } else { return nil }
        }
        let tabulator = ComparisonTabulator(language: language)
        let tables = views.map { tabulator.table($0, of: comparison) }

        let output = try ComparisonOutput.open(path: outputPath)
        switch format {
        case .text: try ComparisonTextRenderer().render(tables, to: output)
        case .csv:
            let writer = ComparisonCSVWriter(separator: separator)
            if tables.count == 1 { try writer.writeDocument(tables[0], to: output) } else { try writer.writeSections(tables, to: output) }
        case .json: try ComparisonJSONEncoder().write(comparison, views: views, to: output)
        case .html: try ComparisonHTMLRenderer(language: language).render(tables, documentCount: comparison.documents.count, to: output)
        }
        try output.flush()

        for failure in failures { CommandLineApp.printError(failure.message(language)) }
        return failures.isEmpty ? ExitCode.clean : ExitCode.failure
    }

    /// `;` by default; `tab` or `\t` for a tab. Quotes, line breaks, letters, digits and the marks numbers
    /// are written with cannot separate fields.
    static func csvSeparator(_ value: String?) throws -> String {
        guard let value else { return ";" }
        if value == "tab" || value == "\\t" { return "\t" }
        guard value.count == 1, let character = value.first,
              !character.isLetter, !character.isNumber, !character.isNewline, !"\".-".contains(character) else {
            throw UsageError(id: "nilai tidak sah untuk --csv-separator: \(value)", en: "invalid value for --csv-separator: \(value)")
        }
        return value
    }
}
