import Ingest
import Rules

/// One finding as an HTML `<article>`: badge, rule, message, expected and found, the table rows it
/// concerns with the offending cells highlighted, and the source lines.
struct HTMLFindingRenderer {
    /// Enough rows to show a parent and its children; longer spans are cut with a note.
    static let maximumRows = 30
    static let maximumSourceLines = 6

    var language: Language
    var document: RenstraDocument?
    var titles: [String: Localized]

    static func badge(_ severity: Severity, language: Language) -> String {
        "<span class=\"badge badge-\(severity.rawValue)\">\(htmlEscape(severity.label.text(language)))</span>"
    }

    func render(_ finding: Finding, table: Table?, anchor: String) -> String {
        var html = "<article class=\"finding\" id=\"\(anchor)\" data-severity=\"\(finding.severity.rawValue)\" "
            + "data-family=\"\(htmlEscape(finding.family.rawValue))\">\n<header>"
        html += Self.badge(finding.severity, language: language)
        html += " <code class=\"rule\">\(htmlEscape(finding.ruleID))</code>"
        if let title = titles[finding.ruleID] { html += " <span class=\"rule-title\">\(htmlEscape(title.text(language)))</span>" }
        html += " <span class=\"where\">\(htmlEscape(language.lineRange(finding.line, finding.endLine)))</span></header>\n"
        html += "<p class=\"message\">\(htmlEscape(finding.message.text(language)))</p>\n"
        html += values(finding)
        if let table { html += excerpt(of: table, for: finding) }
        html += sourceLines(finding)
        return html + "</article>\n"
    }

    private func values(_ finding: Finding) -> String {
        var pairs: [(String, String)] = []
        if let expected = finding.expected { pairs.append((language.say("Seharusnya", "Expected"), expected)) }
        if let found = finding.found { pairs.append((language.say("Tertulis", "Found"), found)) }
        if let other = finding.placeInOtherDocument {
            pairs.append((language.say("Dokumen lain", "Other document"), "\(other.file):\(other.line)"))
        }
        guard !pairs.isEmpty else { return "" }
        return "<dl class=\"values\">" + pairs.map { "<div><dt>\(htmlEscape($0.0))</dt><dd>\(htmlEscape($0.1))</dd></div>" }.joined()
            + "</dl>\n"
    }

    /// The column headers, then every header or body row whose lines overlap the finding's.
    func excerpt(of table: Table, for finding: Finding) -> String {
        let span = LineSpan(finding.line, finding.endLine)
        let overlaps = { (lines: LineSpan) in lines.first <= span.last && span.first <= lines.last }
        var rows = table.headerRows + table.rows
        if let numbers = table.columnNumberRow { rows.append(Row(cells: numbers.cells, lines: LineSpan(numbers.line))) }
        let concerned = rows.filter { overlaps($0.lines) }.sorted { $0.lines.first < $1.lines.first }
        guard !concerned.isEmpty else { return "" }
        let shown = concerned.prefix(Self.maximumRows)
        let width = max(table.columns.count, shown.map(\.cells.count).max() ?? 0)
        let foundValue = finding.found.flatMap { NumberParser.parse($0)?.value }

        var html = "<div class=\"excerpt\"><table>\n<thead><tr><th class=\"num\">" + language.say("Baris", "Line") + "</th>"
        for index in 0..<width {
            let header = table.columns.first { $0.index == index }?.header ?? ""
            html += "<th>\(htmlEscape(header))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in shown {
            html += "<tr><td class=\"line\">\(row.lines.first)</td>"
            for index in 0..<width {
                guard let cell = row[index] else { html += "<td></td>"; continue }
                var classes: [String] = []
                if cell.quantity != nil { classes.append("num") }
                if cell.lines.contains(where: span.contains) {
                    let statesFound = cell.text == finding.found || (foundValue != nil && cell.quantity?.value == foundValue)
                    classes.append(statesFound ? "found" : "hit")
                }
                let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                html += "<td\(attribute)>\(htmlEscape(cell.text))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        if concerned.count > shown.count {
            let more = concerned.count - shown.count
            let note = language.say("… \(more) baris lagi tidak ditampilkan", "… \(more) more rows not shown")
            html += "<p class=\"more\">\(htmlEscape(note))</p>\n"
        }
        return html
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
