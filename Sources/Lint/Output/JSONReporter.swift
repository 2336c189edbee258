import Ingest
import Rules

/// The stable JSON schema documented in the README.
struct JSONReporter {
    var language: Language

    func report(_ results: [FileLintResult]) -> String {
        let files = results.filter { $0.error == nil }.map { result -> JSONValue in
            .object([
                ("path", .string(result.path)),
                ("layout", .optional(result.layout?.rawValue)),
                ("period", result.period.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) } ?? .null),
                ("notes", .array(result.notes.map { .string($0.text(language)) })),
            ])
        }
        let findings = results.flatMap(\.findings).map(encode)
        let document = JSONValue.object([
            ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ("files", .array(files)),
            ("findings", .array(findings)),
        ])
        return document.serialized() + "\n"
    }

    func encode(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.ruleID)),
            ("family", .string(finding.family.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("file", .string(finding.file)),
            ("line", .int(finding.line)),
            ("endLine", .int(finding.endLine)),
            ("table", .optional(finding.table)),
            ("message", .string(finding.message.text(language))),
            ("expected", .optional(finding.expected)),
            ("found", .optional(finding.found)),
            ("otherDocument", finding.placeInOtherDocument.map { place in
                .object([("file", .string(place.file)), ("line", .int(place.line))])
            } ?? .null),
        ])
    }
}

enum ToolInfo {
    static let name = "renstra-lint"
    static let version = "0.1.0"
}
