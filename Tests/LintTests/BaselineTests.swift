import Foundation
import Testing
@testable import Lint
@testable import LintKit
import Ingest
import Rules

/// The editor's way of working: record today's findings, keep editing, see only what is new.
@Suite struct BaselineTests {
    @Test func baselineSurvivesInsertedLinesHidesFixedAndShowsNewFindings() throws {
        let directory = try TemporaryDirectory()
        var draft = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "18", lines: SemarangExcerpt.lines)
        draft = SemarangExcerpt.changingTotal(of: "Pemberdayaan Koperasi", in: "Tabel 2.2", to: "12", lines: draft)
        let path = try directory.write("draft.txt", draft.joined(separator: "\n"))
        let baseline = directory.file("baseline.json")

        let before = try lintReport([path, "--format", "json"], in: directory)
        #expect(before.status == ExitCode.findings)
        let found = try jsonFindings(before.report).map { "\($0["rule"]!)@\($0["line"]!)" }
        // Sekretariat of Tabel 2.1 on line 11, Pemberdayaan Koperasi of Tabel 2.2 on line 29, Esselon II on line 41.
        #expect(found == ["TST001@11", "TST001@29", "TST002@41"])

        #expect(try lintReport([path, "--write-baseline", baseline], in: directory).status == ExitCode.clean)
        let recorded = try Baseline.load(path: baseline)
        #expect(recorded.entries.map(\.subject) == ["Sekretariat", "Pemberdayaan Koperasi", "Esselon II"])
        #expect(recorded.entries.allSatisfy { $0.file == "draft.txt" && $0.count == 1 })

        let accepted = try lintReport([path, "--baseline", baseline, "--format", "json"], in: directory)
        #expect(accepted.status == ExitCode.clean)
        #expect(try jsonFindings(accepted.report).isEmpty)

        // Three lines inserted above everything: every finding moves down, none reappears.
        draft.insert(contentsOf: ["Catatan penyunting:", "angka diperbarui Oktober 2017", ""], at: 2)
        try directory.write("draft.txt", draft.joined(separator: "\n"))
        let shifted = try lintReport([path, "--format", "json"], in: directory)
        #expect(try jsonFindings(shifted.report).map { $0["line"] as? Int } == [14, 32, 44])
        let shiftedWithBaseline = try lintReport([path, "--baseline", baseline, "--format", "json"], in: directory)
        #expect(shiftedWithBaseline.status == ExitCode.clean)
        #expect(try jsonFindings(shiftedWithBaseline.report).isEmpty)

        // Sekretariat fixed: it disappears, and the text report says the baseline has an entry to spare.
        draft = SemarangExcerpt.changingTotal(of: "Sekretariat", in: "Tabel 2.1", to: "17", lines: draft)
        try directory.write("draft.txt", draft.joined(separator: "\n"))
        let fixed = try lintReport([path, "--baseline", baseline, "--format", "text"], in: directory)
        #expect(fixed.status == ExitCode.clean)
        #expect(fixed.report.containsLiteral("0 temuan"))
        #expect(fixed.report.containsLiteral("2 temuan lain sudah tercatat di baseline"))
        #expect(fixed.report.containsLiteral("1 temuan di baseline tidak muncul lagi"))

        // A new error in a row whose name the baseline knows from another table is still new.
        draft = SemarangExcerpt.changingTotal(of: "Pemberdayaan Koperasi", in: "Tabel 2.1", to: "9", lines: draft)
        try directory.write("draft.txt", draft.joined(separator: "\n"))
        let introduced = try lintReport([path, "--baseline", baseline, "--format", "json"], in: directory)
        #expect(introduced.status == ExitCode.findings)
        let shown = try jsonFindings(introduced.report)
        #expect(shown.count == 1)
        #expect(shown.first?["line"] as? Int == 17)
        #expect(shown.first?["table"] as? String == "Tabel 2.1")
        #expect(shown.first?["found"] as? String == "9")
    }

    @Test func identicalFindingsCountAsAMultiset() {
        let finding = Finding(ruleID: "TST002", family: .values, severity: .warning, file: "a/draft.txt", line: 5,
                              message: Localized(id: "x", en: "x"), subject: "Esselon II")
        var moved = finding
        moved.line = 40
        moved.endLine = 40
        let baseline = Baseline(findings: [finding])
        #expect(baseline.entries.count == 1)
        let results = [FileLintResult(path: "a/draft.txt", layout: nil, period: nil, findings: [finding, moved], error: nil)]
        let (filtered, unmatched) = baseline.filter(results)
        #expect(filtered[0].findings.map(\.line) == [40])
        #expect(filtered[0].suppressedByBaseline == 1)
        #expect(unmatched == 0)
        #expect(Baseline(findings: [finding, moved]).entries.map(\.count) == [2])
    }

    @Test func fingerprintIgnoresLinesDirectoryCaseAndSpacingButNotTableOrRule() {
        let finding = Finding(ruleID: "TST001", family: .totals, severity: .error, file: "drafts/v1/renstra.txt", line: 11,
                              table: "Tabel 2.1", message: Localized(id: "x", en: "x"), subject: "Pemberdayaan Koperasi")
        var shifted = finding
        shifted.line = 300
        shifted.endLine = 302
        shifted.file = "/home/editor/renstra.txt"
        shifted.subject = "PEMBERDAYAAN  koperasi"
        #expect(FindingFingerprint.acrossFiles(finding) == FindingFingerprint.acrossFiles(shifted))
        var otherTable = finding
        otherTable.table = "Tabel 2.2"
        #expect(FindingFingerprint.acrossFiles(finding) != FindingFingerprint.acrossFiles(otherTable))
        var otherRule = finding
        otherRule.ruleID = "TST002"
        #expect(FindingFingerprint.acrossFiles(finding) != FindingFingerprint.acrossFiles(otherRule))
        var otherFile = finding
        otherFile.file = "drafts/v1/renstra-perubahan.txt"
        #expect(FindingFingerprint.acrossFiles(finding) != FindingFingerprint.acrossFiles(otherFile))
    }

    @Test func fnv1aMatchesPublishedTestVectors() {
        #expect(FindingFingerprint.hex(FindingFingerprint.fnv1a64("")) == "cbf29ce484222325")
        #expect(FindingFingerprint.hex(FindingFingerprint.fnv1a64("a")) == "af63dc4c8601ec8c")
        #expect(FindingFingerprint.hex(FindingFingerprint.fnv1a64("foobar")) == "85944171f73967e8")
    }

    @Test func unreadableOrForeignBaselineIsAOneLineError() throws {
        let directory = try TemporaryDirectory()
        let draft = try directory.write("draft.txt", SemarangExcerpt.text)
        let foreign = try directory.write("other.json", #"{"version": "2.1.0", "runs": []}"#)
        #expect(throws: UsageError.file(
            id: "\(foreign): bukan berkas baseline renstra-lint (buat dengan --write-baseline)",
            en: "\(foreign): not a renstra-lint baseline file (create one with --write-baseline)")) {
            try lintReport([draft, "--baseline", foreign], in: directory)
        }
        #expect(CommandLineApp.run([draft, "--baseline", directory.file("missing.json")]) == ExitCode.failure)
        #expect(CommandLineApp.run([draft, "--baseline", foreign, "--write-baseline", directory.file("b.json")]) == ExitCode.failure)
    }
}
