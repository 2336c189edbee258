import Ingest
import Rules

/// Renders comparison tables for a terminal: a title, then aligned columns (numbers right-aligned in
/// the language's format, texts left-aligned, as spreadsheets show them), with an empty line between aligned
/// groups. Long texts are shortened to `maximumWidth` characters; CSV, JSON and HTML carry them in full.
struct ComparisonTextRenderer {
    var language: Language = .id
    var maximumWidth = 60

    func render(_ tables: [ComparisonTable], to output: OutputSink) throws {
        for (index, table) in tables.enumerated() {
            if index > 0 { try output.write("\n") }
            try render(table, to: output)
        }
    }

    /// Two passes over the rows: the column widths first, then the lines.
    func render(_ table: ComparisonTable, to output: OutputSink) throws {
        try output.write(table.title + "\n" + String(repeating: "=", count: table.title.count) + "\n")
        guard table.rowCount > 0 else { try output.write("-\n"); return }
        let header = table.columns.map { shortened($0.header) }
        var widths = header.map(\.count)
        for row in table.rows {
            for (column, value) in row.values.enumerated() {
                widths[column] = max(widths[column], shortened(Self.display(value, language)).count)
            }
        }
        func line(_ values: [String], rightAligned: (Int) -> Bool) -> String {
            values.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - values[column].count)
                return rightAligned(column) ? padding + values[column] : values[column] + padding
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        try output.write(line(header) { _ in false })
        try output.write(line(widths.map { String(repeating: "-", count: $0) }) { _ in false })
        var previousGroup: Int?
        for (index, row) in table.rows.enumerated() {
            if index > 0, let group = row.group, group != previousGroup { try output.write("\n") }
            previousGroup = row.group
            try output.write(line(row.values.map { shortened(Self.display($0, language)) }) { column in
                switch row.values[column] {
                case .integer, .number: return true
                case .text, .empty: return false
                }
            })
        }
    }

    /// Numbers in the language's format: Indonesian `7.663.589.176,1` as reviewers read them in the plans,
    /// English `7,663,589,176.1`.
    static func display(_ value: ComparisonValue, _ language: Language) -> String {
        switch value {
        case .empty: return ""
        case .integer(let number): return String(number)
        case .number(let number): return Localized.compactNumber(number).text(language)
        case .text(let text): return text
        }
    }

    /// One line of at most `maximumWidth` characters (and the escapes of any control characters in it).
    private func shortened(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return (flat.count <= maximumWidth ? flat : String(flat.prefix(maximumWidth - 1)) + "…").visibleControls()
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
