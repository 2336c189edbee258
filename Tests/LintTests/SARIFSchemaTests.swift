import Foundation
import Testing
import Ingest
@testable import LintKit
import TestSupport

/// Checks SARIF output against the official schema's vocabulary without Python: every key the reporter
/// writes must be a property of the schema definition it sits in, and required properties must be there.
/// (CI validates the corpora's SARIF fully with `scripts/validate-sarif.py`.)
@Suite struct SARIFSchemaTests {
    static let schemaPath = Corpus.root + "/Tests/Fixtures/sarif-schema-2.1.0.json"

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: schemaPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func fixtureIsTheOfficialSchemaUnchanged() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath)))
        #expect(bytes.count == 112_768)
        #expect(SHA256.hex(bytes) == "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e")
    }

    @Test func everyKeyWrittenIsASchemaPropertyAndRequiredOnesArePresent() throws {
        let schema = try Self.schema()
        let log = try JSONSerialization.jsonObject(with: Data(SARIFReporterTests.report(error: .missing("gone.txt")).utf8))
        let problems = SchemaVocabulary(schema: schema).problems(in: log, definition: schema, path: "")
        #expect(problems == [])
    }

    @Test func vocabularyCheckCatchesMisspelledAndMissingProperties() throws {
        let vocabulary = SchemaVocabulary(schema: try Self.schema())
        let log: [String: Any] = ["version": "2.1.0", "runs": [["tool": ["driver": ["nam": "x"]], "results": [["ruleId": "A", "partialFingerprint": [:]]]]]]
        #expect(vocabulary.problems(in: log, definition: try Self.schema(), path: "") == [
            "/runs/0/results/0: missing required message",
            "/runs/0/results/0: unknown property partialFingerprint",
            "/runs/0/tool/driver: missing required name",
            "/runs/0/tool/driver: unknown property nam",
        ])
    }
}

/// Follows `$ref`s through a JSON schema to check property names (where the definition closes its
/// properties with `"additionalProperties": false`, as SARIF's do) and required properties.
struct SchemaVocabulary {
    var schema: [String: Any]

    func problems(in value: Any, definition: [String: Any], path: String) -> [String] {
        let definition = resolve(definition)
        if let array = value as? [Any], let items = definition["items"] as? [String: Any] {
            return array.enumerated().flatMap { problems(in: $1, definition: items, path: "\(path)/\($0)") }
        }
        guard let object = value as? [String: Any], let properties = definition["properties"] as? [String: Any] else { return [] }
        var found: [String] = []
        for name in (definition["required"] as? [String] ?? []) where object[name] == nil {
            found.append("\(path): missing required \(name)")
        }
        for key in object.keys.sorted() {
            if let property = properties[key] as? [String: Any] {
                found += problems(in: object[key]!, definition: property, path: "\(path)/\(key)")
            } else if definition["additionalProperties"] as? Bool == false {
                found.append("\(path): unknown property \(key)")
            }
        }
        return found
    }

    /// `{"$ref": "#/definitions/run"}` → the `run` definition.
    private func resolve(_ definition: [String: Any]) -> [String: Any] {
        guard let reference = definition["$ref"] as? String, reference.hasPrefix("#/definitions/"),
              let definitions = schema["definitions"] as? [String: Any],
              let target = definitions[String(reference.dropFirst("#/definitions/".count))] as? [String: Any] else { return definition }
        return target
    }
}
