import Foundation
import Ingest
import Rules

/// One self-contained HTML page for a reviewer: metadata and counts, then every file's findings by
/// chapter and table, each with the table rows concerned (offending cells highlighted) and the source line.
struct HTMLReporter {
    var language: Language
    /// The rules that ran, for their titles and rationales.
    var rules: [RuleDescription]
    /// When the review was made, as the report's record says.
    var generatedAt: Date

    init(language: Language, rules: [RuleDescription], generatedAt: Date = Date()) {
        self.language = language
        self.rules = rules
        self.generatedAt = generatedAt
    }

    func report(_ results: [FileLintResult]) -> String {
        let findings = results.flatMap(\.findings)
        let record = HTMLReviewRecord(language: language, generatedAt: generatedAt)
        var html = HTMLAssets.pageOpening(language: language, title: title, subtitle: subtitle(results, findings: findings),
                                          extraStyles: record.printStyles)
        html += record.header(results, rulesRun: rules.count)
        html += summary(findings)
        if !findings.isEmpty { html += filters(findings) + record.filterNote() }
        if results.count > 1 { html += tableOfContents(results) }
        for (index, result) in results.enumerated() { html += fileSection(result, number: index + 1) }
        html += record.appendix(findings, rules: rules)
        html += "<script>\n\(HTMLAssets.filterScript)\n</script>\n</body>\n</html>\n"
        return html
    }

    private var title: String {
        language.say("Laporan Pemeriksaan Konsistensi Renstra", "Renstra Consistency Review Report")
    }

    private func subtitle(_ results: [FileLintResult], findings: [Finding]) -> String {
        let suppressed = results.map(\.suppressedByBaseline).reduce(0, +)
        let passedOver = results.filter(\.notAPlan).count
        let files = results.count - passedOver
        var text = language.say("\(files) berkas, \(findings.count) temuan", "\(files) files, \(findings.count) findings")
        if passedOver > 0 {
            text += language.say(" (\(passedOver) berkas tanpa struktur rencana dilewati)", " (\(passedOver) files without plan structure passed over)")
        }
        if suppressed > 0 {
            text += language.say(" (\(suppressed) temuan lain sudah tercatat di baseline)",
                                 " (\(suppressed) more already recorded in the baseline)")
        }
        return text + " · " + language.say("dibuat oleh", "produced by") + " \(ToolInfo.name) \(ToolInfo.version)"
    }

    /// Counts by family (rows) and severity (columns), with totals.
    private func summary(_ findings: [Finding]) -> String {
        let severities = Severity.allCases.reversed()
        var html = "<section class=\"summary\">\n<h2>" + language.say("Ringkasan", "Summary") + "</h2>\n"
        guard !findings.isEmpty else {
            return html + "<p class=\"clean\">" + language.say("Tidak ada temuan.", "No findings.") + "</p>\n</section>\n"
        }
        html += "<table>\n<thead><tr><th>" + language.say("Rumpun", "Family") + "</th>"
        for severity in severities { html += "<th class=\"num\">\(badge(severity))</th>" }
        html += "<th class=\"num\">Total</th></tr></thead>\n<tbody>\n"
        for family in RuleFamily.allCases {
            let members = findings.filter { $0.family == family }
            guard !members.isEmpty else { continue }
            html += "<tr><td>\(htmlEscape(family.title.text(language))) <code>\(htmlEscape(family.rawValue))</code></td>"
            for severity in severities { html += "<td class=\"num\">\(members.filter { $0.severity == severity }.count)</td>" }
            html += "<td class=\"num\">\(members.count)</td></tr>\n"
        }
        html += "<tr><th>Total</th>"
        for severity in severities { html += "<th class=\"num\">\(findings.filter { $0.severity == severity }.count)</th>" }
        html += "<th class=\"num\">\(findings.count)</th></tr>\n</tbody>\n</table>\n</section>\n"
        return html
    }

    private func filters(_ findings: [Finding]) -> String {
        var html = "<form class=\"filters\" aria-label=\"" + language.say("Saring temuan", "Filter findings") + "\">\n"
        html += "<fieldset><legend>" + language.say("Tingkat", "Severity") + "</legend>\n"
        for severity in Severity.allCases.reversed() {
            let count = findings.filter { $0.severity == severity }.count
            html += "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked> "
                + "\(htmlEscape(severity.label.text(language))) (\(count))</label>\n"
        }
        html += "</fieldset>\n<fieldset><legend>" + language.say("Rumpun", "Family") + "</legend>\n"
        for family in RuleFamily.allCases {
            let count = findings.filter { $0.family == family }.count
            guard count > 0 else { continue }
            html += "<label><input type=\"checkbox\" name=\"family\" value=\"\(htmlEscape(family.rawValue))\" checked> "
                + "\(htmlEscape(family.title.text(language))) (\(count))</label>\n"
        }
        html += "</fieldset>\n<p>" + language.say("Ditampilkan", "Shown") + ": <span id=\"shown-count\">\(findings.count)</span></p>\n</form>\n"
        return html
    }

    private func tableOfContents(_ results: [FileLintResult]) -> String {
        var html = "<nav class=\"toc\">\n<h2>" + language.say("Berkas", "Files") + "</h2>\n<ol>\n"
        for (index, result) in results.enumerated() {
            let detail = result.error != nil ? language.say("tidak dapat dibaca", "could not be read")
                : result.notAPlan ? language.say("dilewati", "passed over")
                : language.say("\(result.findings.count) temuan", "\(result.findings.count) findings")
            html += "<li><a href=\"#file-\(index + 1)\">\(htmlEscape(result.path))</a> — \(htmlEscape(detail))</li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    private func fileSection(_ result: FileLintResult, number: Int) -> String {
        var html = "<section class=\"file\" id=\"file-\(number)\">\n<h2>\(htmlEscape(result.path))</h2>\n"
        if let error = result.error {
            return html + "<p class=\"input-error\">\(htmlEscape(error.message(language)))</p>\n</section>\n"
        }
        if result.notAPlan {
            return html + "<p class=\"note\">\(htmlEscape(LintOutcome.passedOverNote(result.path).text(language)))</p>\n</section>\n"
        }
        if let coverage = result.coverage, coverage.tables == 0 {
            html += "<p class=\"not-checked\">" + htmlEscape(language.say(
                "Tidak ada tabel yang terbaca dari berkas ini: pemeriksaan yang membaca tabel tidak dijalankan, dan tidak adanya temuan di sini tidak berarti angkanya benar.",
                "No table could be read from this file: the checks that read tables did not run, and the absence of findings here does not mean its figures are right.")) + "</p>\n"
        }
        html += metadata(result)
        if result.suppressedByBaseline > 0 {
            html += "<p class=\"note\">" + htmlEscape(language.say(
                "\(result.suppressedByBaseline) temuan sudah tercatat di baseline dan tidak ditampilkan.",
                "\(result.suppressedByBaseline) findings are recorded in the baseline and not shown.")) + "</p>\n"
        }
        guard !result.findings.isEmpty else {
            let clean = result.notChecked.isEmpty ? language.say("Tidak ada temuan.", "No findings.")
                : language.say("Tidak ada temuan dalam pemeriksaan yang dapat dijalankan.", "No findings in the checks that could run.")
            return html + "<p class=\"clean\">" + clean + "</p>\n</section>\n"
        }
        let findingRenderer = HTMLFindingRenderer(language: language, document: result.document,
                                                  titles: Dictionary(rules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }))
        var findingNumber = 0
        for chapter in FindingPlacer(document: result.document, language: language).group(result.findings) {
            html += "<section class=\"group chapter\">\n<h3>\(htmlEscape(chapter.title))</h3>\n"
            for tableGroup in chapter.tables {
                html += "<section class=\"group table-group\">\n<h4>\(htmlEscape(tableGroup.title))"
                if let lines = tableGroup.table?.lines {
                    html += " <span class=\"where\">(" + htmlEscape(language.lineRange(lines.first, lines.last)) + ")</span>"
                }
                html += "</h4>\n"
                for finding in tableGroup.findings {
                    findingNumber += 1
                    html += findingRenderer.render(finding, table: tableGroup.table, anchor: "f\(number)-\(findingNumber)")
                }
                html += "</section>\n"
            }
            html += "</section>\n"
        }
        return html + "</section>\n"
    }

    private func metadata(_ result: FileLintResult) -> String {
        var rows: [(String, String)] = []
        if let document = result.document {
            let meta = document.metadata
            if let agency = meta.agency { rows.append((language.say("Perangkat daerah", "Agency"), agency)) }
            if let city = meta.city { rows.append((language.say("Daerah", "City or regency"), city)) }
            rows.append((language.say("Jenis dokumen", "Document kind"), kindName(meta.kind)))
            if let signatory = meta.signatory {
                rows.append((language.say("Penandatangan", "Signatory"), signatory.name + (signatory.nip.map { ", NIP \($0)" } ?? "")))
            }
            if let date = meta.date { rows.append((language.say("Tanggal", "Date"), date)) }
        }
        if let period = result.period {
            rows.append((language.say("Periode", "Period"),
                         "\(period.start)–\(period.end) (\(language.lineRange(period.line, period.line)))"))
        } else {
            rows.append((language.say("Periode", "Period"), language.say("tidak ditemukan", "not found")))
        }
        if let layout = result.layout { rows.append((language.say("Tata letak ekspor", "Export layout"), layout.rawValue)) }
        for warning in result.document?.warnings ?? [] { rows.append((language.say("Catatan", "Note"), warning.text(language))) }
        for note in result.notes { rows.append((language.say("Catatan", "Note"), note.text(language))) }
        if let coverage = result.coverage {
            rows.append((language.say("Terbaca", "Read"), CoverageWording.sentence(coverage, language: language)))
        }
        for reason in result.notChecked { rows.append((language.say("Tidak diperiksa", "Not checked"), reason.text(language))) }
        return "<dl class=\"meta\">\n" + rows.map { "<dt>\(htmlEscape($0.0))</dt><dd>\(htmlEscape($0.1))</dd>\n" }.joined() + "</dl>\n"
    }

    private func kindName(_ kind: DocumentKind) -> String {
        switch kind {
        case .renstra: return "Renstra"
        case .perubahanRenstra: return language.say("Perubahan Renstra", "Revised Renstra (Perubahan)")
        case .performanceChart: return language.say("Pohon kinerja", "Performance chart (pohon kinerja)")
        case .unknown: return language.say("tidak diketahui", "unknown")
        case .rpjmd, .rpjpd, .rkpd, .renja, .lkjip: return language.say(kind.name(english: false), kind.name(english: true))
        }
    }

    private func badge(_ severity: Severity) -> String { HTMLFindingRenderer.badge(severity, language: language) }

}

/// Escapes text for HTML element content and quoted attribute values.
func htmlEscape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        case "\"": output += "&quot;"
        case "'": output += "&#39;"
        default: output.append(character)
        }
    }
    return output
}
