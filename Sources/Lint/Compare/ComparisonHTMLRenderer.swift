import Rules

/// Renders the comparison as one self-contained HTML page (no external files or scripts): a table per
/// view, numbers right-aligned in Indonesian format, aligned groups shaded alternately, and names that
/// differ from the official nomenclature highlighted.
struct ComparisonHTMLRenderer {
    var language: Language

    func render(_ tables: [ComparisonTable], inputCount: Int) -> String {
        let title = Localized(id: "Perbandingan Renstra", en: "Renstra comparison").text(language)
        let subtitle = Localized(id: "\(inputCount) dokumen, dibuat oleh \(ToolInfo.name) \(ToolInfo.version)",
                                 en: "\(inputCount) documents, made by \(ToolInfo.name) \(ToolInfo.version)").text(language)
        var html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
        nav a { margin-right: 1rem; }
        table { border-collapse: collapse; font-size: 0.85rem; }
        th, td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; vertical-align: top; }
        th { background: #eef; position: sticky; top: 0; }
        td.num { text-align: right; white-space: nowrap; }
        tr.shade td { background: #f6f6f6; }
        tr.flag td { background: #fff3cd; }
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>
        <p>\(escape(subtitle))</p>

        """
        html += "<nav>" + tables.map { "<a href=\"#\($0.view.rawValue)\">\(escape($0.title))</a>" }.joined() + "</nav>\n"
        for table in tables { html += section(table) }
        return html + "</body>\n</html>\n"
    }

    private func section(_ table: ComparisonTable) -> String {
        var html = "<section id=\"\(table.view.rawValue)\">\n<h2>\(escape(table.title))</h2>\n"
        guard !table.rows.isEmpty else { return html + "<p>–</p>\n</section>\n" }
        html += "<table>\n<thead><tr>" + table.columns.map { "<th>\(escape($0.header))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            let classes = [row.flagged ? "flag" : nil, (row.group ?? 0) % 2 == 1 ? "shade" : nil].compactMap { $0 }
            html += classes.isEmpty ? "<tr>" : "<tr class=\"\(classes.joined(separator: " "))\">"
            for value in row.values {
                switch value {
                case .integer, .number: html += "<td class=\"num\">\(ComparisonTextRenderer.display(value))</td>"
                case .text, .empty: html += "<td>\(escape(ComparisonTextRenderer.display(value)))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
