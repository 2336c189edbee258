import Ingest
import Rules

/// The stable JSON schema documented in the README.
struct JSONReporter: Sendable {
    var language: Language

    func report(_ results: [FileLintResult]) -> String {
        let files = results.filter { $0.error == nil && !$0.notAPlan }.map { result -> JSONValue in
            .object([
                ("path", .string(result.path)),
                ("layout", .optional(result.layout?.rawValue)),
                ("period", result.period.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) } ?? .null),
                ("warnings", .array(result.warnings.map { .string($0.text(language)) })),
                ("notes", .array(result.notes.map { .string($0.text(language)) })),
                ("coverage", result.coverage.map(CoverageWording.json) ?? .null),
                ("notChecked", .array(result.notChecked.map { .string($0.text(language)) })),
            ])
        }
        let findings = results.flatMap(\.findings).map(encode)
        let document = JSONValue.object([
            ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version))])),
            ("files", .array(files)),
            ("skipped", .array(results.filter(\.notAPlan).map { .string($0.path) })),
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
            ("page", .optional(finding.page)),
            ("table", .optional(finding.table)),
            ("message", .string(finding.message.text(language))),
            ("expected", .optional(finding.expected(in: language))),
            ("found", .optional(finding.found(in: language))),
            ("otherDocument", finding.placeInOtherDocument.map { place in
                .object([("file", .string(place.file)), ("line", .int(place.line))])
            } ?? .null),
            ("evidence", .array(finding.evidence.map(encode))),
        ])
    }

    /// One place a finding cites: its role, lines, page, table, column (1-based, as tables number them),
    /// header and printed value.
    func encode(_ evidence: Evidence) -> JSONValue {
        .object([
            ("role", .string(evidence.role.rawValue)),
            ("line", .int(evidence.line)),
            ("endLine", .int(evidence.endLine)),
            ("page", .optional(evidence.page)),
            ("table", .optional(evidence.table)),
            ("column", .optional(evidence.column.map { $0 + 1 })),
            ("header", .optional(evidence.header)),
            ("value", .optional(evidence.value)),
        ])
    }
}

public enum ToolInfo {
    public static let name = "renstra-lint"
    public static let version = "0.1.0"
}
