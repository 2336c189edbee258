import Foundation
import Ingest
import Rules

/// The findings a team has accepted for now, counted by fingerprint (a multiset: two identical
/// findings need two entries). Linting with a baseline shows only what is not in it.
struct Baseline: Equatable {
    static let formatVersion = 1

    /// A recorded finding: the fingerprint decides; the other fields make the file readable in a review.
    struct Entry: Equatable {
        var fingerprint: String
        var rule: String
        var file: String
        var table: String?
        var subject: String
        var count: Int
    }

    var entries: [Entry]

    init(entries: [Entry]) { self.entries = entries }

    init(findings: [Finding]) {
        var byFingerprint: [String: Entry] = [:]
        for finding in findings {
            let fingerprint = FindingFingerprint.acrossFiles(finding)
            byFingerprint[fingerprint, default: Entry(
                fingerprint: fingerprint, rule: finding.ruleID, file: FindingFingerprint.fileName(finding.file),
                table: finding.table, subject: finding.subject, count: 0)].count += 1
        }
        entries = byFingerprint.values.sorted {
            ($0.file, $0.rule, $0.table ?? "", $0.subject, $0.fingerprint) < ($1.file, $1.rule, $1.table ?? "", $1.subject, $1.fingerprint)
        }
    }

    /// Keeps, per file, only the findings the baseline does not account for, and counts the rest.
    func filter(_ results: [FileLintResult]) -> (results: [FileLintResult], unmatchedEntries: Int) {
        var remaining = Dictionary(entries.map { ($0.fingerprint, $0.count) }, uniquingKeysWith: +)
        let filtered = results.map { result -> FileLintResult in
            var result = result
            let kept = result.findings.filter { finding in
                let fingerprint = FindingFingerprint.acrossFiles(finding)
                guard let left = remaining[fingerprint], left > 0 else { return true }
                remaining[fingerprint] = left - 1
                return false
            }
            result.suppressedByBaseline = result.findings.count - kept.count
            result.findings = kept
            return result
        }
        return (filtered, remaining.values.reduce(0, +))
    }

    func serialized() -> String {
        let items = entries.map { entry -> JSONValue in
            .object([
                ("fingerprint", .string(entry.fingerprint)),
                ("rule", .string(entry.rule)),
                ("file", .string(entry.file)),
                ("table", .optional(entry.table)),
                ("subject", .string(entry.subject)),
                ("count", .int(entry.count)),
            ])
        }
        return JSONValue.object([
            ("tool", .string(ToolInfo.name)),
            ("baselineVersion", .int(Self.formatVersion)),
            ("findings", .array(items)),
        ]).serialized() + "\n"
    }
}

extension Baseline {
    static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError.file(id: "\(path): berkas baseline tidak dapat dibaca", en: "\(path): cannot read the baseline file")
        }
        return try parse(data, path: path)
    }

    static func parse(_ data: Data, path: String) throws -> Baseline {
        let malformed = UsageError.file(
            id: "\(path): bukan berkas baseline renstra-lint (buat dengan --write-baseline)",
            en: "\(path): not a renstra-lint baseline file (create one with --write-baseline)")
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let version = root["baselineVersion"] as? Int, let items = root["findings"] as? [[String: Any]] else {
            throw malformed
        }
        guard version == formatVersion else {
            throw UsageError.file(id: "\(path): versi baseline \(version) tidak didukung",
                                  en: "\(path): baseline version \(version) is not supported")
        }
        let entries = try items.map { item -> Entry in
            guard let fingerprint = item["fingerprint"] as? String, let count = item["count"] as? Int, count > 0 else { throw malformed }
            return Entry(fingerprint: fingerprint, rule: item["rule"] as? String ?? "", file: item["file"] as? String ?? "",
                         table: item["table"] as? String, subject: item["subject"] as? String ?? "", count: count)
        }
        return Baseline(entries: entries)
    }
}
