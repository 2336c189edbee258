import Ingest
import Rules

/// What the ingester understood of each file (`inspect`), so editors can see why a finding fired.
public struct InspectJob {
    public enum Format: String, Sendable { case text, json }

    /// Files and directories as given on the command line.
    public var paths: [String]
    public var format: Format = .text
    public var language: Language = .id
    /// The text the tool read (for a PDF, what `pdftotext` gave), line by line with numbers, instead of the view.
    public var showsReadText = false
    public var output = OutputTarget(path: nil)

    public init(paths: [String]) { self.paths = paths }

    /// Writes the view of every readable file; returns the inputs that could not be read, and the notes found
    /// in a directory that were passed over as `lint` passes them over.
    public func run() throws -> LintOutcome {
        let inputs = InputCollector.collect(paths)
        try OutputTarget.ensureNoInputIsOverwritten(by: [output.path], inputs: inputs.files)
        var errors = inputs.errors
        var passedOver: [String] = []
        var reports: [String] = []
        var jsonDocuments: [JSONValue] = []
        for path in inputs.files {
            do {
                let document = try InputDocument.ingest(path: path)
                if inputs.walked.contains(path) && !PlanStructure.isPresent(in: document) {
                    passedOver.append(path)
                    continue
                }
                switch format {
                case .text where showsReadText: reports.append(InspectTextRenderer(language: language).renderSource(document.source))
                case .text: reports.append(InspectTextRenderer(language: language).render(document))
                case .json: jsonDocuments.append(InspectJSONEncoder.encode(document, language: language))
                }
            } catch let error as InputError {
                errors.append(error)
            }
        }
        try OutputSink.write(format == .json ? JSONValue.array(jsonDocuments).serialized() + "\n" : reports.joined(separator: "\n"),
                             to: output)
        return LintOutcome(inputErrors: errors, passedOver: passedOver, failing: false)
    }
}
