import LintKit
import Ingest
import Rules

/// `renstra-lint rules [--format text|markdown]`: every rule with its family, severity and title;
/// the Markdown form is docs/rules.md.
enum RulesCommand {
    static func run(_ words: [String]) throws -> Int32 { try run(words, rules: RuleRegistry.all) }

    static func run(_ words: [String], rules: [any Rule]) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: ["--format", "--lang", "--output"], flagOptions: [])
        if CommandLineApp.printsHelp(arguments, HelpText.rules) { return ExitCode.clean }
        guard arguments.positional.isEmpty else {
            throw UsageError(id: "rules tidak menerima argumen: \(arguments.positional[0])",
                             en: "rules takes no arguments: \(arguments.positional[0])")
        }
        let catalog = RuleCatalog(rules: rules, language: try arguments.choice("--lang", default: .id))
        let format: RuleCatalog.Format = try arguments.choice("--format", default: .text)
        try OutputSink.write(format == .markdown ? catalog.markdown() : catalog.list(), to: OutputTarget(path: arguments.value("--output")))
        return ExitCode.clean
    }
}

/// `renstra-lint explain RULE`: what a rule checks, why, and examples that do and do not trigger it.
enum ExplainCommand {
    static func run(_ words: [String]) throws -> Int32 { try run(words, rules: RuleRegistry.all) }

    static func run(_ words: [String], rules: [any Rule]) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: ["--lang", "--output"], flagOptions: [])
        if CommandLineApp.printsHelp(arguments, HelpText.explain) { return ExitCode.clean }
        guard arguments.positional.count == 1, let id = arguments.positional.first else {
            throw UsageError(id: "explain memerlukan tepat satu kode aturan, mis. TOT003",
                             en: "explain needs exactly one rule id, e.g. TOT003")
        }
        let catalog = RuleCatalog(rules: rules, language: try arguments.choice("--lang", default: .id))
        guard let description = catalog.descriptions.first(where: { $0.id.uppercased() == id.uppercased() }) else {
            throw UsageError(id: "aturan tidak dikenal: \(id) (lihat 'renstra-lint rules')",
                             en: "unknown rule: \(id) (see 'renstra-lint rules')", showsUsageHint: false)
        }
        try OutputSink.write(catalog.explain(description), to: OutputTarget(path: arguments.value("--output")))
        return ExitCode.clean
    }
}
