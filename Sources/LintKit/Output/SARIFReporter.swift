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
        let notifications = errors.map { notification(.string("error"), $0.message(language), path: $0.path) }
            + results.flatMap { result in result.warnings.map { notification(.string("warning"), $0.text(language), path: result.path) } }
            + results.filter(\.notAPlan).map { notification(.string("note"), LintOutcome.passedOverNote($0.path).text(language), path: $0.path) }
            + results.flatMap { result in result.notes.map { notification(.string("note"), $0.text(language), path: result.path) } }
            + results.flatMap { result in result.notChecked.map { notification(.string("warning"), $0.text(language), path: result.path) } }
        let invocation = JSONValue.object([
            ("executionSuccessful", .bool(errors.isEmpty)),
            ("toolExecutionNotifications", .array(notifications)),
        ])
        let run = JSONValue.object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([invocation])),
            ("language", .string(language.rawValue)),
            ("results", .array(results.flatMap(\.findings).map { result($0, ruleIndex: ruleIndex[$0.ruleID]) })),
            ("properties", .object([("files", .array(results.compactMap(coverage)))])),
        ])
        return JSONValue.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).serialized() + "\n"
    }

    /// What was read of a file and which checks could not run on it, as the run's properties say it.
    private func coverage(_ result: FileLintResult) -> JSONValue? {
        guard let coverage = result.coverage else { return nil }
        return .object([
            ("path", .string(result.path)),
            ("coverage", CoverageWording.json(coverage)),
            ("notChecked", .array(result.notChecked.map { .string($0.text(language)) })),
        ])
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
        // SARIF regions count lines; the page of a PDF a reviewer turns to is a property.
        if let page = finding.page { properties.append(("page", .int(page))) }
        if let expected = finding.expected(in: language) { properties.append(("expected", .string(expected))) }
        if let found = finding.found(in: language) { properties.append(("found", .string(found))) }
        members += [
            ("level", .string(Self.level(finding.severity))),
            ("message", .object([("text", .string(finding.message.text(language)))])),
            ("locations", .array([.object([("physicalLocation", .object([
                ("artifactLocation", Self.artifactLocation(finding.file)),
                ("region", .object([("startLine", .int(finding.line)), ("endLine", .int(finding.endLine))])),
            ]))])])),
        ]
        let related = relatedLocations(finding)
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        members += [
            ("partialFingerprints", .object([(Self.fingerprintKey, .string(FindingFingerprint.withinFile(finding)))])),
            ("properties", .object(properties)),
        ]
        return .object(members)
    }

    /// The place in the other document a cross-document finding names, then every place the finding cites
    /// in its own file (role, table, column and page as properties); ids count from 1 within the result.
    private func relatedLocations(_ finding: Finding) -> [JSONValue] {
        var locations: [JSONValue] = []
        if let place = finding.placeInOtherDocument {
            let region: JSONValue = .object([("startLine", .int(place.line))])
            let physical: JSONValue = .object([("artifactLocation", Self.artifactLocation(place.file)), ("region", region)])
            locations.append(.object([("id", .int(1)), ("physicalLocation", physical)]))
        }
        for evidence in finding.evidence {
            let region: JSONValue = .object([("startLine", .int(evidence.line)), ("endLine", .int(evidence.endLine))])
            var properties: [(String, JSONValue)] = [("role", .string(evidence.role.rawValue))]
            if let table = evidence.table { properties.append(("table", .string(table))) }
            if let column = evidence.column { properties.append(("column", .int(column + 1))) }
            if let page = evidence.page { properties.append(("page", .int(page))) }
            locations.append(.object([
                ("id", .int(locations.count + 1)),
                ("physicalLocation", .object([("artifactLocation", Self.artifactLocation(finding.file)), ("region", region)])),
                ("message", .object([("text", .string(EvidenceWording.describe(evidence, language: language)))])),
                ("properties", .object(properties)),
            ]))
        }
        return locations
    }

    /// An unreadable input (`error`), a reading warning (`warning`), a file passed over or a note on how a
    /// file was checked, e.g. that its Renstra was not given (`note`).
    private func notification(_ level: JSONValue, _ text: String, path: String) -> JSONValue {
        .object([
            ("level", level),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", Self.artifactLocation(path))]))])])),
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
