import Ingest
import LintKit
import Rules

/// `renstra-lint inspect FILE…`: what the ingester understood (the work is `InspectJob`'s).
enum InspectCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: ["--format", "--lang", "--output"], flagOptions: ["--text"])
        if CommandLineApp.printsHelp(arguments, HelpText.inspect) { return ExitCode.clean }
        let language: Language = try arguments.choice("--lang", default: .id)
        var job = InspectJob(paths: [])
        job.language = language
        job.format = try arguments.choice("--format", default: .text)
        if arguments.flag("--text") {
            guard arguments.value("--format") == nil else {
                throw UsageError(id: "--text tidak dapat dipakai bersama --format", en: "--text cannot be used with --format")
            }
            job.showsReadText = true
        }
        job.paths = try arguments.inputPaths()
        job.output = OutputTarget(path: arguments.value("--output"))
        return CommandLineApp.finish(try job.run(), language: language)
    }
}
