import Foundation
import Ingest
import LintKit
import Rules

/// Dispatches `renstra-lint [lint] PATH…`, `inspect`, and the other subcommands; every failure
/// becomes one line on standard error and exit status 2.
enum CommandLineApp {
    static let subcommands: KeyValuePairs<String, @Sendable ([String]) throws -> Int32> = [
        "lint": LintCommand.run,
        "inspect": InspectCommand.run,
        "compare": CompareCommand.run,
        "rules": RulesCommand.run,
        "explain": ExplainCommand.run,
    ]

    static func run(_ words: [String]) -> Int32 {
        let language: Language = words.contains("--lang=en") || zip(words, words.dropFirst()).contains { $0 == ("--lang", "en") } ? .en : .id
        guard let first = words.first else {
            printError(language.say("tidak ada berkas masukan. ", "no input files. ") + usageHint(language))
            return ExitCode.failure
        }
        if first == "--help" || first == "-h" {
            print(HelpText.tool(language), terminator: "")
            return ExitCode.clean
        }
        if first == "help" {
            // `help COMMAND` is `COMMAND --help`.
            guard words.count > 1, subcommand(words[1]) != nil else {
                print(HelpText.tool(language), terminator: "")
                return ExitCode.clean
            }
            return run([words[1], "--help"] + words.dropFirst(2))
        }
        if first == "--version" {
            print("\(ToolInfo.name) \(ToolInfo.version)")
            return ExitCode.clean
        }
        do {
            if let command = subcommand(first) { return try command(Array(words.dropFirst())) }
            if let unknown = unknownSubcommand(first) { throw unknown }
            return try LintCommand.run(words)
        } catch let error as UsageError {
            printError(error.message.text(language) + (error.showsUsageHint ? ". " + usageHint(language) : ""))
            return ExitCode.failure
        } catch {
            printError(String(describing: error))
            return ExitCode.failure
        }
    }

    static func subcommand(_ name: String) -> (@Sendable ([String]) throws -> Int32)? {
        subcommands.first { $0.key == name }?.value
    }

    /// A first word that is no path and reads like a command (`chek`, `inpsect`): an unknown subcommand,
    /// with the closest real one suggested, rather than a missing file.
    static func unknownSubcommand(_ word: String) -> UsageError? {
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }), !word.hasPrefix("-"),
              !FileManager.default.fileExists(atPath: word) else { return nil }
        let names = subcommands.map(\.key)
        let list = names.joined(separator: ", ")
        let closest = names.map { ($0, EditDistance.between($0, word.lowercased())) }.min { $0.1 < $1.1 }
        if let closest, closest.1 <= max(1, closest.0.count / 3) {
            return UsageError(id: "perintah tidak dikenal: \(word); maksudnya '\(closest.0)'? (perintah: \(list))",
                              en: "unknown command: \(word); did you mean '\(closest.0)'? (commands: \(list))")
        }
        return UsageError(id: "perintah tidak dikenal: \(word) (perintah: \(list); berkas: sebutkan dengan ekstensinya, mis. \(word).txt)",
                          en: "unknown command: \(word) (commands: \(list); for a file, give its extension, e.g. \(word).txt)")
    }

    /// Prints what a run could not do and its notes; returns the exit status of its outcome.
    static func finish(_ outcome: LintOutcome, language: Language, quiet: Bool = false) -> Int32 {
        for error in outcome.inputErrors { printError(error.message(language)) }
        if !quiet {
            for path in outcome.passedOver { printNote(LintOutcome.passedOverNote(path).text(language)) }
            for note in outcome.notes { printNote(note.text(language)) }
        }
        if !outcome.inputErrors.isEmpty { return ExitCode.failure }
        return outcome.failing ? ExitCode.findings : ExitCode.clean
    }

    /// Prints `help` to standard output when `--help` was given; true when it was.
    static func printsHelp(_ arguments: ArgumentReader, _ help: (Language) -> String) -> Bool {
        guard arguments.wantsHelp else { return false }
        let language: Language = (try? arguments.choice("--lang", default: Language.id)) ?? .id
        print(help(language), terminator: "")
        return true
    }

    /// One line on standard error; a file name in it cannot act on the terminal or break the line.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("renstra-lint: \(message.visibleControls())\n".utf8))
    }

    /// A one-line remark on standard error that is not a failure (e.g. where a baseline was written).
    static func printNote(_ message: String) { printError(message) }

    static func usageHint(_ language: Language) -> String {
        language == .id ? "Lihat 'renstra-lint --help'." : "See 'renstra-lint --help'."
    }
}

/// The Damerau–Levenshtein distance (optimal string alignment): a swapped pair of letters is one edit,
/// as in `inpsect`.
enum EditDistance {
    static func between(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
