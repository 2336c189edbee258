import Ingest
import Rules

/// One finding as an HTML `<article>`: badge, rule, message, expected and found, the table rows it
/// concerns with the offending cells highlighted, and the source lines.
struct HTMLFindingRenderer {
    static let maximumSourceLines = 6

    var language: Language
    var document: RenstraDocument?
    var titles: [String: Localized]
    /// The rows of the document's tables by line, shared by every finding's excerpt.
    let rowIndex = TableRowIndex()

    static func badge(_ severity: Severity, language: Language) -> String {
        "<span class=\"badge badge-\(severity.rawValue)\">\(htmlEscape(severity.label.text(language)))</span>"
    }

    func render(_ finding: Finding, table: Table?, anchor: String) -> String {
        var html = "<article class=\"finding\" id=\"\(anchor)\" data-severity=\"\(finding.severity.rawValue)\" "
            + "data-family=\"\(htmlEscape(finding.family.rawValue))\">\n<header>"
        html += Self.badge(finding.severity, language: language)
        html += " <code class=\"rule\">\(htmlEscape(finding.ruleID))</code>"
        if let title = titles[finding.ruleID] { html += " <span class=\"rule-title\">\(htmlEscape(title.text(language)))</span>" }
        let place = language.lineRange(finding.line, finding.endLine) + (finding.page.map { " · " + language.page($0) } ?? "")
        html += " <span class=\"where\">\(htmlEscape(place))</span></header>\n"
        html += "<p class=\"message\">\(htmlEscape(finding.message.text(language)))</p>\n"
        html += values(finding)
        html += HTMLExcerptRenderer(language: language, document: document, rowIndex: rowIndex).render(finding, table: table)
        html += sourceLines(finding)
        return html + "</article>\n"
    }

    private func values(_ finding: Finding) -> String {
        var pairs: [(String, String)] = []
        if let expected = finding.expected(in: language) { pairs.append((language.say("Seharusnya", "Expected"), expected)) }
        if let found = finding.found(in: language) { pairs.append((language.say("Tertulis", "Found"), found)) }
        if let other = finding.placeInOtherDocument {
            pairs.append((language.say("Dokumen lain", "Other document"), "\(other.file):\(other.line)"))
        }
        let related = finding.relatedLines
        if !related.isEmpty { pairs.append((language.say("Baris terkait", "Related lines"), EvidenceWording.lineList(related))) }
        guard !pairs.isEmpty else { return "" }
        return "<dl class=\"values\">" + pairs.map { "<div><dt>\(htmlEscape($0.0))</dt><dd>\(htmlEscape($0.1))</dd></div>" }.joined()
            + "</dl>\n"
    }

    private func sourceLines(_ finding: Finding) -> String {
        guard let source = document?.source else { return "" }
        let last = min(finding.endLine, finding.line + Self.maximumSourceLines - 1)
        var html = "<pre class=\"source\">"
        for number in finding.line...last {
            html += "<span class=\"ln\">\(htmlEscape(finding.file)):\(number)</span>  \(htmlEscape(source.line(number)))\n"
        }
        if last < finding.endLine {
            html += htmlEscape(language.say("… sampai baris \(finding.endLine)", "… through line \(finding.endLine)")) + "\n"
        }
        return html + "</pre>\n"
    }
}
