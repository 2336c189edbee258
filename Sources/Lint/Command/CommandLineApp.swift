import Foundation
import LintKit
import Rules

/// Dispatches `renstra-lint [lint] PATH…`, `inspect`, and the other subcommands; every failure
/// becomes one line on standard error and exit status 2.
enum CommandLineApp {
    static let subcommands: [String: @Sendable ([String]) throws -> Int32] = [
        "lint": LintCommand.run,
        "inspect": InspectCommand.run,
        "rules": RulesCommand.run,
        "explain": ExplainCommand.run,
        "compare": CompareCommand.run,
    ]

    static func run(_ words: [String]) -> Int32 {
        let language: Language = words.contains("--lang=en") || zip(words, words.dropFirst()).contains { $0 == ("--lang", "en") } ? .en : .id
        guard let first = words.first else {
            printError(language == .id ? "tidak ada berkas masukan. \(usageHint(language))" : "no input files. \(usageHint(language))")
            return ExitCode.failure
        }
        if first == "--help" || first == "-h" || first == "help" {
            print(helpText(language), terminator: "")
            return ExitCode.clean
        }
        if first == "--version" {
            print("\(ToolInfo.name) \(ToolInfo.version)")
            return ExitCode.clean
        }
        do {
            if let command = subcommands[first] { return try command(Array(words.dropFirst())) }
            return try LintCommand.run(words)
        } catch let error as UsageError {
            printError(error.message.text(language) + (error.showsUsageHint ? ". " + usageHint(language) : ""))
            return ExitCode.failure
        } catch {
            printError(String(describing: error))
            return ExitCode.failure
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("renstra-lint: \(message)\n".utf8))
    }

    /// A one-line remark on standard error that is not a failure (e.g. where a baseline was written).
    static func printNote(_ message: String) {
        FileHandle.standardError.write(Data("renstra-lint: \(message)\n".utf8))
    }

    static func usageHint(_ language: Language) -> String {
        language == .id ? "Lihat 'renstra-lint --help'." : "See 'renstra-lint --help'."
    }

    static func helpText(_ language: Language) -> String {
        let title = language.say("renstra-lint — pemeriksa konsistensi Renstra Perangkat Daerah",
                                 "renstra-lint — consistency checker for Indonesian regional strategic plans (Renstra)")
        let synopsis = """
              renstra-lint [lint] PATH… [--format text|json|html|sarif] [--output FILE] [--lang id|en]
                                  [--fail-on error|warning|info] [--config FILE] [--jobs N]
                                  [--baseline FILE | --write-baseline FILE]
              renstra-lint inspect FILE… [--format text|json] [--lang id|en] [--output FILE]
              renstra-lint rules [--format text|markdown] [--lang id|en] [--output FILE]
              renstra-lint explain \(language.say("KODE", "RULE")) [--lang id|en] [--output FILE]
              renstra-lint compare PATH… [--format text|csv|json|html] [--view overview|programmes|indicators|findings]
                                  [--csv-separator ';'] [--lang id|en] [--output FILE] [--jobs N]
            """
        let configuration = language.say("Konfigurasi dibaca dari .renstra-lint.json di direktori kerja, atau dari --config FILE.",
                                         "Configuration is read from .renstra-lint.json in the working directory, or from --config FILE.")
        let exitCodes = language.say("Kode keluar: 0 bersih, 1 ada temuan setingkat --fail-on atau lebih, 2 galat penggunaan atau masukan.",
                                     "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.")
        return "\(title)\n\n\(language.say("Penggunaan", "Usage")):\n\(synopsis)\n\n\(configuration)\n\n\(exitCodes)\n"
    }
}
