import Foundation
import Ingest
import Rules

/// What makes the HTML report a record a reviewer can attach to review notes: when and with which tool
/// it was made, each reviewed file with its size and SHA-256 (which version of a draft was checked), page
/// numbers and the active filters on a printed copy, and the rationale of every rule that fired.
struct HTMLReviewRecord {
    var language: Language
    var generatedAt: Date

    /// The section opening the report.
    func header(_ results: [FileLintResult], rulesRun: Int) -> String {
        var html = "<section class=\"record\">\n<h2>" + language.say("Catatan pemeriksaan", "Review record") + "</h2>\n<dl class=\"meta\">\n"
        html += row(language.say("Waktu pemeriksaan", "Reviewed at"), Self.timestamp(generatedAt))
        html += row(language.say("Alat", "Tool"), "\(ToolInfo.name) \(ToolInfo.version)")
        html += row(language.say("Aturan yang dijalankan", "Rules run"), String(rulesRun))
        html += "</dl>\n<table class=\"reviewed-files\">\n<thead><tr><th>" + language.say("Berkas", "File") + "</th><th class=\"num\">"
            + language.say("Ukuran", "Size") + "</th><th>SHA-256</th><th class=\"num\">" + language.say("Temuan", "Findings") + "</th></tr></thead>\n<tbody>\n"
        for result in results {
            let size = Self.size(ofFileAt: result.path).map { Localized.number(Double($0)).text(language) + language.say(" bita", " bytes") } ?? "—"
            let digest = result.path == StandardInput.path ? nil : SHA256.hexDigest(ofFileAt: result.path)
            let count = result.error != nil ? language.say("tidak terbaca", "unreadable")
                : result.notAPlan ? language.say("dilewati", "passed over") : String(result.findings.count)
            html += "<tr><td>\(htmlEscape(result.path))</td><td class=\"num\">\(htmlEscape(size))</td>"
                + "<td class=\"digest\"><code>\(digest ?? "—")</code></td><td class=\"num\">\(htmlEscape(count))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// Filled by the page's script when a filter hides findings, and printed with the page, so that a
    /// printed copy never passes a filtered list for the whole one.
    func filterNote() -> String {
        "<p id=\"filter-note\" class=\"filter-note\" hidden data-hidden=\"" + htmlEscape(language.say("Filter aktif — disembunyikan: ", "Active filter — hidden: "))
            + "\" data-shown=\"" + htmlEscape(language.say("Ditampilkan %1 dari %2 temuan.", "Showing %1 of %2 findings.")) + "\"></p>\n"
    }

    /// The appendix: for each rule that fired, its title and why it checks what it checks.
    func appendix(_ findings: [Finding], rules: [RuleDescription]) -> String {
        let fired = Set(findings.map(\.ruleID))
        let described = rules.filter { fired.contains($0.id) }.sorted { $0.id < $1.id }
        guard !described.isEmpty else { return "" }
        var html = "<section class=\"appendix\">\n<h2>" + language.say("Lampiran: dasar aturan yang menghasilkan temuan",
                                                                        "Appendix: the rationale of the rules that fired") + "</h2>\n"
        for rule in described {
            html += "<h3 id=\"rule-\(htmlEscape(rule.id))\"><code>\(htmlEscape(rule.id))</code> \(htmlEscape(rule.title.text(language)))</h3>\n"
                + "<p>\(htmlEscape(rule.rationale.text(language)))</p>\n"
        }
        return html + "</section>\n"
    }

    /// Page numbers in the bottom margin of a printed copy.
    var printStyles: String {
        let page = language.say("hal.", "p.")
        return "@page { @bottom-right { content: \"\(page) \" counter(page) \" / \" counter(pages); font-size: 8pt; color: #555; } }"
    }

    private func row(_ term: String, _ value: String) -> String { "<dt>\(htmlEscape(term))</dt><dd>\(htmlEscape(value))</dd>\n" }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        return formatter.string(from: date)
    }

    private static func size(ofFileAt path: String) -> Int? {
        guard path != StandardInput.path, let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
    }
}
