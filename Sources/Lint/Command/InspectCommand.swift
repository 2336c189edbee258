import Ingest
import Rules

/// `renstra-lint inspect FILE…`: what the ingester understood, so editors can see why a finding fired.
enum InspectCommand {
    enum Format: String { case text, json }

    static func run(_ words: [String]) throws -> Int32 {
        let arguments = try ArgumentReader(words, valueOptions: ["--format", "--lang", "--output"], flagOptions: [])
        let language: Language = try arguments.choice("--lang", default: .id)
        let format: Format = try arguments.choice("--format", default: .text)
        let inputs = InputCollector.collect(try arguments.inputPaths())
        let paths = inputs.files
        try OutputTarget.ensureNoInputIsOverwritten(by: [arguments.value("--output")], inputs: paths)
        for error in inputs.errors { CommandLineApp.printError(error.message(language)) }
        var failed = !inputs.errors.isEmpty
        var reports: [String] = []
        var jsonDocuments: [JSONValue] = []
        for path in paths {
            do {
                let document = try RenstraIngest.ingest(path: path)
                switch format {
                case .text: reports.append(InspectTextRenderer(language: language).render(document))
                case .json: jsonDocuments.append(InspectJSONEncoder.encode(document))
                }
            } catch let error as InputError {
                CommandLineApp.printError(error.message(language))
                failed = true
            }
        }
        let output = OutputTarget(path: arguments.value("--output"))
        try output.write(format == .json ? JSONValue.array(jsonDocuments).serialized() + "\n" : reports.joined(separator: "\n"))
        return failed ? ExitCode.failure : ExitCode.clean
    }
}
