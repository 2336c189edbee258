import Ingest
import Rules

/// Compiler-style text: `path:line: severity[RULE] message`, then expected/found and the table.
struct TextReporter {
    var language: Language
    var colour: Bool
    /// Baseline entries no finding matched any more: fixed, so the baseline can be rewritten smaller.
    var unmatchedBaselineEntries = 0

    func report(_ results: [FileLintResult]) -> String {
        var output = ""
        var counts: [Severity: Int] = [:]
        for result in results {
            for finding in result.findings {
                counts[finding.severity, default: 0] += 1
                output += render(finding) + "\n"
            }
        }
        return output + summary(counts: counts, files: results.filter { $0.error == nil }.count,
                                suppressed: results.map(\.suppressedByBaseline).reduce(0, +)) + notes(results)
    }

    /// The notes on how files were checked, one line each (`catatan: FILE: …`).
    func notes(_ results: [FileLintResult]) -> String {
        results.flatMap { result in
            result.notes.map { language.say("catatan", "note") + ": \(result.path): \($0.text(language))\n" }
        }.joined()
    }

    /// The closing lines: findings by severity, files read, and what the baseline set aside.
    func summary(counts: [Severity: Int], files: Int, suppressed: Int) -> String {
        var output = ""
        let total = counts.values.reduce(0, +)
        if language == .id {
            output += "\(total) temuan (\(counts[.error] ?? 0) galat, \(counts[.warning] ?? 0) peringatan, \(counts[.info] ?? 0) info) dalam \(files) berkas\n"
        } else {
            output += "\(total) findings (\(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.info] ?? 0) info) in \(files) files\n"
        }
        if suppressed > 0 {
            output += language.say("\(suppressed) temuan lain sudah tercatat di baseline dan tidak ditampilkan\n",
                                   "\(suppressed) more findings are recorded in the baseline and not shown\n")
        }
        if unmatchedBaselineEntries > 0 {
            output += language.say(
                "\(unmatchedBaselineEntries) temuan di baseline tidak muncul lagi (sudah diperbaiki?); perbarui dengan --write-baseline\n",
                "\(unmatchedBaselineEntries) baseline findings no longer occur (fixed?); refresh it with --write-baseline\n")
        }
        return output
    }

    func render(_ finding: Finding) -> String {
        let severity = paint(finding.severity.label.text(language), code: colourCode(finding.severity))
        var text = "\(finding.file):\(finding.line): \(severity)[\(finding.ruleID)] \(finding.message.text(language))"
        var details: [String] = []
        if let expected = finding.expected { details.append((language == .id ? "seharusnya: " : "expected: ") + expected) }
        if let found = finding.found { details.append((language == .id ? "tertulis: " : "found: ") + found) }
        if let table = finding.table { details.append((language == .id ? "tabel: " : "table: ") + table) }
        if let other = finding.placeInOtherDocument {
            details.append((language == .id ? "dokumen lain: " : "other document: ") + "\(other.file):\(other.line)")
        }
        if !details.isEmpty { text += "\n    " + details.joined(separator: "; ") }
        return text
    }

    private func colourCode(_ severity: Severity) -> String {
        switch severity {
        case .error: return "31"
        case .warning: return "33"
        case .info: return "36"
        }
    }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
