import Foundation
import Testing
@testable import LintKit
import Ingest
import Rules

@Suite struct SARIFReporterTests {
    static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func run(_ log: [String: Any]) -> [String: Any] { (log["runs"] as! [[String: Any]])[0] }

    static let total = Finding(ruleID: "TST001", family: .totals, severity: .error, file: "semarang/draft 2.txt", line: 11,
                               table: "Tabel 2.1", message: Localized(id: "Jumlah baris Sekretariat 18", en: "Row Sekretariat totals 18"),
                               expected: "17", found: "18", subject: "Sekretariat")
    static let emptyCell = Finding(ruleID: "TST002", family: .values, severity: .info, file: "/srv/renstra/draft.txt", line: 41,
                                   endLine: 43, message: Localized(id: "Baris Esselon II memiliki sel kosong", en: "Row Esselon II has an empty cell"),
                                   subject: "Esselon II")

    static func report(_ language: Language = .id, error: InputError? = nil) -> String {
        var results = [FileLintResult(path: "semarang/draft 2.txt", layout: .semarang, period: nil, findings: [total], error: nil),
                       FileLintResult(path: "/srv/renstra/draft.txt", layout: .semarang, period: nil, findings: [emptyCell], error: nil)]
        if let error { results.append(.failed(path: error.path, error)) }
        return SARIFReporter(language: language, rules: testRules).report(results)
    }

    @Test func logNamesTheToolAndDescribesEveryRule() throws {
        let log = try Self.parse(Self.report())
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
        let run = Self.run(log)
        #expect(run["language"] as? String == "id")
        let driver = (run["tool"] as! [String: Any])["driver"] as! [String: Any]
        #expect(driver["name"] as? String == "renstra-lint")
        #expect(driver["version"] as? String == ToolInfo.version)
        let rules = driver["rules"] as! [[String: Any]]
        #expect(rules.map { $0["id"] as? String } == ["TST001", "TST002"])
        #expect(rules.map { $0["name"] as? String } == ["RowTotalTest", "EmptyCellTest"])
        #expect((rules[0]["shortDescription"] as? [String: Any])?["text"] as? String == "Jumlah baris ≠ jumlah rinciannya")
        #expect((rules[0]["fullDescription"] as? [String: Any])?["text"] as? String == "Kolom JUMLAH harus sama dengan jumlah kolom rinciannya.")
        let help = rules[0]["help"] as! [String: Any]
        #expect((help["text"] as! String).hasPrefix("TST001 — Jumlah baris ≠ jumlah rinciannya\n"))
        #expect((help["markdown"] as! String).hasPrefix("### TST001\n"))
        #expect(rules.map { ($0["defaultConfiguration"] as? [String: Any])?["level"] as? String } == ["error", "warning"])
    }

    @Test func resultsPointAtTheirRuleFileAndLines() throws {
        let results = Self.run(try Self.parse(Self.report()))["results"] as! [[String: Any]]
        #expect(results.map { $0["ruleId"] as? String } == ["TST001", "TST002"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [0, 1])
        #expect(results.map { $0["level"] as? String } == ["error", "note"])
        #expect((results[0]["message"] as? [String: Any])?["text"] as? String == "Jumlah baris Sekretariat 18")
        let locations = results.map { (($0["locations"] as! [[String: Any]])[0]["physicalLocation"]) as! [String: Any] }
        #expect(locations[0]["artifactLocation"] as? [String: String] == ["uri": "semarang/draft%202.txt", "uriBaseId": "%SRCROOT%"])
        #expect(locations[1]["artifactLocation"] as? [String: String] == ["uri": "file:///srv/renstra/draft.txt"])
        #expect(locations[0]["region"] as? [String: Int] == ["startLine": 11, "endLine": 11])
        #expect(locations[1]["region"] as? [String: Int] == ["startLine": 41, "endLine": 43])
        #expect(results[0]["properties"] as? [String: String] == ["family": "totals", "table": "Tabel 2.1", "expected": "17", "found": "18"])
        let fingerprint = (results[0]["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]
        #expect(fingerprint == FindingFingerprint.withinFile(Self.total))
        #expect(fingerprint?.count == 16)
    }

    @Test func fingerprintsStayWhenLinesShift() throws {
        let directory = try TemporaryDirectory()
        var draft = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)
        let path = try directory.write("draft.txt", draft.joined(separator: "\n"))
        func fingerprintsAndLines() throws -> [String] {
            let results = Self.run(try Self.parse(try lintReport([path, "--format", "sarif"], in: directory).report))["results"] as! [[String: Any]]
            return results.map { result in
                let region = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])["region"] as! [String: Int]
                return (result["partialFingerprints"] as! [String: String])[SARIFReporter.fingerprintKey]! + "@\(region["startLine"]!)"
            }
        }
        let before = try fingerprintsAndLines()
        draft.insert(contentsOf: ["", "Catatan: tabel diperbarui.", ""], at: 1)
        try directory.write("draft.txt", draft.joined(separator: "\n"))
        let after = try fingerprintsAndLines()
        #expect(before.map { $0.pieces(separatedBy: "@")[1] } == ["11", "41"])
        #expect(after.map { $0.pieces(separatedBy: "@")[1] } == ["14", "44"])
        #expect(before.map { $0.pieces(separatedBy: "@")[0] } == after.map { $0.pieces(separatedBy: "@")[0] })
        #expect(Set(before.map { $0.pieces(separatedBy: "@")[0] }).count == 2)
    }

    @Test func unreadableInputIsANotificationAndAFailedInvocation() throws {
        let run = Self.run(try Self.parse(Self.report(.en, error: .missing("gone.txt"))))
        #expect(run["language"] as? String == "en")
        let invocation = (run["invocations"] as! [[String: Any]])[0]
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = (invocation["toolExecutionNotifications"] as! [[String: Any]])[0]
        #expect((notification["message"] as? [String: Any])?["text"] as? String == "gone.txt: no such file")
        #expect(((run["results"] as! [[String: Any]])[0]["message"] as? [String: Any])?["text"] as? String == "Row Sekretariat totals 18")
    }
}
