import LintKit
import Rules

/// `renstra-lint inspect FILE…`: what the ingester understood (the work is `InspectJob`'s).
enum InspectCommand {
    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: ["--format", "--lang", "--output"], flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        var job = InspectJob(paths: [])
        job.language = language
        job.format = try arguments.choice("--format", default: .text)
        job.paths = try arguments.inputPaths()
        job.output = OutputTarget(path: arguments.value("--output"))
        let errors = try job.run()
        for error in errors { CommandLineApp.printError(error.message(language)) }
        return errors.isEmpty ? ExitCode.clean : ExitCode.failure
    }
}
