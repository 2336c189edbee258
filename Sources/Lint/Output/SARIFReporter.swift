import Foundation
import Ingest
import Rules

/// SARIF 2.1.0 for code-scanning viewers: one run, the active rules as `tool.driver.rules`, one
/// result per finding with a line-independent fingerprint, unusable inputs as notifications.
struct SARIFReporter {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let fingerprintKey = "renstraFinding/v1"
    static let sourceRoot = "%SRCROOT%"

    var language: Language
    var rules: [any Rule]

    func report(_ results: [FileLintResult]) -> String {
        let catalog = RuleCatalog(rules: rules, language: language)
        let ruleIndex = Dictionary(catalog.descriptions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = JSONValue.object([
            ("name", .string(ToolInfo.name)),
            ("version", .string(ToolInfo.version)),
            ("semanticVersion", .string(ToolInfo.version)),
            ("rules", .array(rules.map { descriptor($0, catalog: catalog) })),
        ])
        let errors = results.compactMap(\.error)
        var notes: [JSONValue] = []
        for result in results { notes += result.notes.map { fileNote(result.path, $0) } }
        let invocation = JSONValue.object([
            ("executionSuccessful", .bool(errors.isEmpty)),
            ("toolExecutionNotifications", .array(errors.map(notification) + notes)),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([invocation])),
            ("language", .string(language.rawValue)),
            ("results", .array(results.flatMap(\.findings).map { result($0, ruleIndex: ruleIndex[$0.ruleID]) })),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).serialized() + "\n"
    }

    private func descriptor(_ rule: any Rule, catalog: RuleCatalog) -> JSONValue {
        let description = type(of: rule).description
        return .object([
            ("id", .string(description.id)),
            ("name", .string(RuleCatalog.name(of: rule))),
            ("shortDescription", .object([("text", .string(description.title.text(language)))])),
            ("fullDescription", .object([("text", .string(description.rationale.text(language)))])),
            ("help", .object([
                ("text", .string(catalog.explain(description))),
                ("markdown", .string(catalog.markdownSection(description))),
            ])),
            ("defaultConfiguration", .object([("level", .string(Self.level(description.severity)))])),
            ("properties", .object([
                ("family", .string(description.family.rawValue)),
                ("tags", .array([.string(description.family.rawValue)])),
            ])),
        ])
    }

    private func result(_ finding: Finding, ruleIndex: Int?) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        var properties: [(String, JSONValue)] = [("family", .string(finding.family.rawValue))]
        if let table = finding.table { properties.append(("table", .string(table))) }
        if let expected = finding.expected { properties.append(("expected", .string(expected))) }
        if let found = finding.found { properties.append(("found", .string(found))) }
        members += [
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(finding.message.text(language)))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", Self.artifactLocation(finding.file)),
                ("region", .object([("startLine", .int(finding.line)), ("endLine", .int(finding.endLine))])),
            ]))])])),
        ]
        if let other = finding.placeInOtherDocument { members.append(Self.relatedLocations(other)) }
        members += [
            ("partialFingerprints", .object([(Self.fingerprintKey, .string(FindingFingerprint.withinFile(finding)))])),
            ("properties", .object(properties)),
        ]
        return .object(members)
    }

    /// The place in the other document a cross-document finding names.
    private static func relatedLocations(_ place: DocumentPlace) -> (String, JSONValue) {
        let region: JSONValue = .object([("startLine", .int(place.line))])
        let physical: JSONValue = .object([("artifactLocation", artifactLocation(place.file)), ("region", region)])
        return ("relatedLocations", .array([.object([("id", .int(1)), ("physicalLocation", physical)])]))
    }

    /// How a file was checked (e.g. that its Renstra was not given), as a note of the run.
    private func fileNote(_ path: String, _ text: Localized) -> JSONValue {
        .object([
            ("level", .string("note")),
            ("message", .object([("text", .string(text.text(language)))])),
            ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", Self.artifactLocation(path))]))])])),
        ])
    }

    private func notification(_ error: InputError) -> JSONValue {
        .object([
            ("level", .string("error")),
            ("message", .object([("text", .string(error.message(language)))])),
            ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", Self.artifactLocation(error.path))]))])])),
        ])
    }

    /// `error` stays `error`, `warning` stays `warning`, `info` is SARIF's `note`.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// The path as given, percent-encoded; relative paths are resolved against `%SRCROOT%`.
    static func artifactLocation(_ path: String) -> JSONValue {
        var allowed = CharacterSet.urlPathAllowed
        // `:` would read as a scheme in a relative reference; `;` as a parameter.
        allowed.remove(charactersIn: ":;")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + encoded))]) }
        return .object([("uri", .string(encoded)), ("uriBaseId", .string(sourceRoot))])
    }
}
