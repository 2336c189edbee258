import Ingest
import Rules

/// `renstra-lint compare PATH…`: reads every plan (in parallel), keeps a small summary of each, and shows
/// them side by side: overview, programme alignment, shared indicators, findings per rule family.
enum CompareCommand {
    enum Format: String { case text, csv, json, html }

    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try ArgumentReader(
            words, valueOptions: ["--format", "--lang", "--output", "--view", "--csv-separator"], flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        let format: Format = try arguments.choice("--format", default: .text)
        let selectedView: ComparisonView? = try arguments.value("--view") == nil ? nil : arguments.choice("--view", default: .overview)
        let views = selectedView.map { [$0] } ?? ComparisonView.allCases
        let separator = try csvSeparator(arguments.value("--csv-separator"))
        guard !arguments.positional.isEmpty else { throw UsageError("tidak ada berkas masukan") }

        let runner = RuleRunner()
        let inputs = InputCollector.collect(arguments.positional).parallelMap { CompareInput.read(path: $0, runner: runner) }
        var summaries: [DocumentSummary] = []
        var failures: [InputError] = []
        for input in inputs {
            switch input {
            case .summary(let summary): summaries.append(summary)
            case .failure(let error): failures.append(error)
            }
        }
        let comparison = Comparison(documents: summaries)
        let tabulator = ComparisonTabulator(language: language)
        let tables = views.map { tabulator.table($0, of: comparison) }

        let report: String
        switch format {
        case .text: report = ComparisonTextRenderer().render(tables)
        case .csv:
            let writer = ComparisonCSVWriter(separator: separator)
            report = tables.count == 1 ? writer.document(tables[0]) : writer.sections(tables)
        case .json: report = ComparisonJSONEncoder().encode(comparison, views: views)
        case .html: report = ComparisonHTMLRenderer(language: language).render(tables, inputCount: summaries.count)
        }
        try OutputTarget(path: arguments.value("--output")).write(report)

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
            throw UsageError("nilai tidak sah untuk --csv-separator: \(value)")
        }
        return value
    }
}
