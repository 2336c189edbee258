import Ingest
import Rules

/// Compiler-style text: `path:line: severity[RULE] message`, then the page (for a PDF), expected/found and
/// the table; each file's reading warnings before its findings; a summary at the end.
struct TextReporter {
    var language: Language
    var colour: Bool
    /// Baseline entries no finding matched any more: fixed, so the baseline can be rewritten smaller.
    var unmatchedBaselineEntries = 0
    /// Findings (and reading warnings) only, without the summary (`--quiet`).
    var quiet = false

    func report(_ results: [FileLintResult]) -> String {
        var output = ""
        var counts: [Severity: Int] = [:]
        for result in results {
            output += renderWarnings(of: result)
            for finding in result.findings {
                counts[finding.severity, default: 0] += 1
                output += render(finding) + "\n"
            }
        }
        return output + closing(counts: counts, of: results)
    }

    /// What follows the findings: the summary, then for each file what was read of it and which checks
    /// could not run (`cakupan: FILE: …`, `tidak diperiksa: FILE: …`), then the notes on how files were
    /// checked (`catatan: FILE: …`). Nothing with `--quiet`.
    func closing(counts: [Severity: Int], of results: [FileLintResult]) -> String {
        guard !quiet else { return "" }
        var output = summary(counts: counts, of: results)
        for result in results {
            let path = result.path.visibleControls()
            if let coverage = result.coverage {
                output += language.say("cakupan", "read") + ": \(path): " + CoverageWording.sentence(coverage, language: language) + "\n"
            }
            for reason in result.notChecked {
                output += paint(language.say("tidak diperiksa", "not checked"), code: "33") + ": \(path): \(reason.text(language))\n"
            }
        }
        for result in results {
            output += result.notes.map { language.say("catatan", "note") + ": \(result.path.visibleControls()): \($0.text(language))\n" }.joined()
        }
        return output
    }

    /// The closing lines: findings by severity, files read, files passed over, and what the baseline set aside.
    func summary(counts: [Severity: Int], of results: [FileLintResult]) -> String {
        let files = results.filter { $0.error == nil && !$0.notAPlan }.count
        let passedOver = results.filter(\.notAPlan).count
        let suppressed = results.map(\.suppressedByBaseline).reduce(0, +)
        var output = ""
        let total = counts.values.reduce(0, +)
        if language == .id {
            output += "\(total) temuan (\(counts[.error] ?? 0) galat, \(counts[.warning] ?? 0) peringatan, \(counts[.info] ?? 0) info) dalam \(files) berkas\n"
        } else {
            output += "\(total) findings (\(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.info] ?? 0) info) in \(files) files\n"
        }
        if passedOver > 0 {
            output += language.say("\(passedOver) berkas tanpa struktur rencana dilewati (sebutkan namanya untuk tetap memeriksanya)\n",
                                   "\(passedOver) files without plan structure passed over (name one to lint it anyway)\n")
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

    /// `path: peringatan masukan: …`, one line for each warning the reading of the file gave.
    func renderWarnings(of result: FileLintResult) -> String {
        let label = paint(language.say("peringatan masukan", "input warning"), code: "33")
        return result.warnings.map { "\(result.path.visibleControls()): \(label): \($0.text(language).visibleControls())\n" }.joined()
    }

    /// The finding's lines; what comes from the document or its name has its control characters made visible.
    func render(_ finding: Finding) -> String {
        let severity = paint(finding.severity.label.text(language), code: colourCode(finding.severity))
        var text = "\(finding.file.visibleControls()):\(finding.line): \(severity)[\(finding.ruleID)] "
            + finding.message.text(language).visibleControls()
        var details: [String] = []
        if let page = finding.page { details.append(language.page(page)) }
        if let expected = finding.expected(in: language) { details.append((language == .id ? "seharusnya: " : "expected: ") + expected.visibleControls()) }
        if let found = finding.found(in: language) { details.append((language == .id ? "tertulis: " : "found: ") + found.visibleControls()) }
        if let table = finding.table { details.append((language == .id ? "tabel: " : "table: ") + table.visibleControls()) }
        if let other = finding.placeInOtherDocument {
            details.append((language == .id ? "dokumen lain: " : "other document: ") + "\(other.file.visibleControls()):\(other.line)")
        }
        let related = finding.relatedLines
        if !related.isEmpty { details.append(language.say("baris terkait: ", "related lines: ") + EvidenceWording.lineList(related)) }
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
