import Foundation
import Ingest
import Rules
@testable import Lint
@testable import LintKit

/// Test-only rules (never registered), so reporters, configuration and baselines can be tested before
/// the real rules exist. They read the source lines directly, so they work whatever the ingesters do.

/// A tab-separated row whose last number differs from the sum of the numbers before it
/// (`Sekretariat 0 0 1 1 4 9 0 2 0 0 17`), in the table named by the last `Tabel x.y` caption above it.
struct RowTotalTestRule: Rule {
    static let description = RuleDescription(
        id: "TST001", family: .totals, severity: .error,
        title: Localized(id: "Jumlah baris ≠ jumlah rinciannya", en: "Row total differs from the sum of its parts"),
        rationale: Localized(id: "Kolom JUMLAH harus sama dengan jumlah kolom rinciannya.",
                             en: "The JUMLAH column must equal the sum of the columns before it."),
        triggering: [RuleExample(.semarang, "Sekretariat\t1\t2\t↓4")],
        nonTriggering: [RuleExample(.semarang, "Sekretariat\t1\t2\t3")])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        var table: String?
        var findings: [Finding] = []
        for (index, raw) in document.source.lines.enumerated() {
            let plain = MarkupStripper.strip(raw).trimmingWhitespace()
            if plain.hasPrefix("Tabel ") { table = plain; continue }
            let cells = plain.pieces(separatedBy: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            let filled = cells.dropFirst().filter { !$0.isEmpty }
            let numbers = filled.compactMap { Int($0) }
            guard let label = cells.first, !label.isEmpty, numbers.count == filled.count, numbers.count >= 3 else { continue }
            let sum = numbers.dropLast().reduce(0, +)
            guard sum != numbers.last! else { continue }
            findings.append(finding(
                in: document, line: index + 1, table: table,
                message: Localized(id: "Jumlah baris \(label) \(numbers.last!), padahal rinciannya berjumlah \(sum)",
                                   en: "Row \(label) totals \(numbers.last!) but its parts add up to \(sum)"),
                expected: String(sum), found: String(numbers.last!), subject: label))
        }
        return findings
    }
}

/// A data row with an empty cell between filled ones (`Esselon II<tab><tab>1 orang<tab>1 orang`).
struct EmptyCellTestRule: Rule {
    static let description = RuleDescription(
        id: "TST002", family: .values, severity: .warning,
        title: Localized(id: "Sel kosong di tengah baris", en: "Empty cell inside a row"),
        rationale: Localized(id: "Sel kosong bisa berarti nol atau data yang hilang.", en: "An empty cell may mean zero or missing data."),
        triggering: [RuleExample(.semarang, "↓Esselon II\t\t1 orang\t1 orang")],
        nonTriggering: [RuleExample(.semarang, "Esselon III\t3 orang\t2 orang\t5 orang")])

    func check(_ document: RenstraDocument, _ context: RuleContext) -> [Finding] {
        document.source.lines.enumerated().compactMap { index, raw -> Finding? in
            let cells = MarkupStripper.strip(raw).pieces(separatedBy: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            guard cells.count >= 4, let label = cells.first, !label.isEmpty, cells.last?.first?.isNumber == true,
                  cells.dropFirst().contains(where: \.isEmpty) else { return nil }
            return finding(in: document, line: index + 1,
                           message: Localized(id: "Baris \(label) memiliki sel kosong", en: "Row \(label) has an empty cell"),
                           subject: label)
        }
    }
}

let testRules: [any Rule] = [RowTotalTestRule(), EmptyCellTestRule()]

/// A scratch directory removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "renstra-lint-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
        return file(name)
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }
}

/// Runs `renstra-lint lint` with the test rules, writing the report to a file, and returns the exit
/// status and the report. Usage errors are thrown as the command throws them.
func lintReport(_ words: [String], rules: [any Rule] = testRules, in directory: TemporaryDirectory,
                workingDirectory: String? = nil) throws -> (status: Int32, report: String) {
    let reportPath = directory.file("report-\(UUID().uuidString)")
    let status = try LintCommand.run(words + ["--output", reportPath], rules: rules,
                                     workingDirectory: workingDirectory ?? directory.path)
    let report = (try? String(contentsOfFile: reportPath, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: reportPath)
    return (status, report)
}

/// The findings array of a JSON report.
func jsonFindings(_ report: String) throws -> [[String: Any]] {
    let root = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
    return root?["findings"] as? [[String: Any]] ?? []
}
