import Foundation
import LintKit
import Ingest
import Rules

/// `renstra-lint compare PATH…`: plans side by side (the work is `ComparisonJob`'s).
enum CompareCommand {
    static let valueOptions: Set<String> = ["--format", "--lang", "--output", "--view", "--csv-separator", "--config", "--jobs"]

    static func run(_ words: [String]) throws -> Int32 {
        try run(words, rules: RuleRegistry.all)
    }

    /// `rules` and `workingDirectory` (where `.renstra-lint.json` is looked for) are parameters for tests.
    static func run(_ words: [String], rules: [any Rule],
                    workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: valueOptions, flagOptions: ["--quiet"])
        if CommandLineApp.printsHelp(arguments, HelpText.compare) { return ExitCode.clean }
        let language: Language = try arguments.choice("--lang", default: .id)
        var job = ComparisonJob(paths: try arguments.inputPaths())
        job.language = language
        job.format = try arguments.choice("--format", default: .text)
        if arguments.value("--view") != nil { job.views = [try arguments.choice("--view", default: .overview)] }
        job.csvSeparator = try csvSeparator(arguments.value("--csv-separator"))
        job.workers = try arguments.positiveInteger("--jobs", default: job.workers)
        job.output = OutputTarget(path: arguments.value("--output"))
        job.configurationPath = arguments.value("--config")
        job.workingDirectory = workingDirectory
        job.rules = rules
        return CommandLineApp.finish(try job.run(), language: language, quiet: arguments.flag("--quiet"))
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
