import Ingest
import Rules

/// Renders the comparison as one self-contained HTML page (the report's stylesheet, no scripts, nothing
/// fetched): a table per view, numbers right-aligned in the language's format, aligned groups shaded
/// alternately, and names that differ from the official nomenclature highlighted.
struct ComparisonHTMLRenderer {
    var language: Language

    /// Wide tables scroll sideways inside their section rather than squeezing names into narrow columns.
    static let stylesheet = """
    body { max-width: none; }
    .scroll { overflow-x: auto; }
    .comparison { font-size: .85rem; width: max-content; }
    .comparison th, .comparison td { max-width: 24rem; }
    .comparison th { position: sticky; top: 0; }
    .comparison td.num { white-space: nowrap; }
    .comparison tr.shade td { background: #f6f8fa; }
    .comparison tr.flag td { background: var(--hit); }
    nav.views a { margin-right: 1.25rem; }
    """

    func render(_ tables: [ComparisonTable], documentCount: Int, to output: OutputSink) throws {
        let title = language.say("Perbandingan Renstra", "Renstra comparison")
        let subtitle = language.say("\(documentCount) dokumen", "\(documentCount) documents")
        try output.write(HTMLAssets.pageOpening(language: language, title: title, subtitle: subtitle, extraStyles: Self.stylesheet))
        try output.write("<nav class=\"views\">" + tables.map { "<a href=\"#\($0.view.rawValue)\">\(htmlEscape($0.title))</a>" }.joined()
                         + "</nav>\n")
        for table in tables { try section(table, to: output) }
        try output.write("</body>\n</html>\n")
    }

    private func section(_ table: ComparisonTable, to output: OutputSink) throws {
        try output.write("<section id=\"\(table.view.rawValue)\">\n<h2>\(htmlEscape(table.title))</h2>\n")
        guard table.rowCount > 0 else { try output.write("<p class=\"note\">–</p>\n</section>\n"); return }
        try output.write("<div class=\"scroll\">\n<table class=\"comparison\">\n<thead><tr>"
                         + table.columns.map { "<th>\(htmlEscape($0.header))</th>" }.joined() + "</tr></thead>\n<tbody>\n")
        for row in table.rows {
            let classes = [row.flagged ? "flag" : nil, (row.group ?? 0) % 2 == 1 ? "shade" : nil].compactMap { $0 }
            var html = classes.isEmpty ? "<tr>" : "<tr class=\"\(classes.joined(separator: " "))\">"
            for value in row.values {
                switch value {
                case .integer, .number: html += "<td class=\"num\">\(ComparisonTextRenderer.display(value, language))</td>"
                case .text, .empty: html += "<td>\(htmlEscape(ComparisonTextRenderer.display(value, language)))</td>"
                }
            }
            try output.write(html + "</tr>\n")
        }
        try output.write("</tbody>\n</table>\n</div>\n</section>\n")
    }
}
