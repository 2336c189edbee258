import Ingest

/// Renders comparison tables for a terminal: a title, then aligned columns (numbers right-aligned in
/// Indonesian format, texts left-aligned, as spreadsheets show them), with an empty line between aligned groups. Long texts are shortened to
/// `maximumWidth` characters; CSV, JSON and HTML carry them in full.
struct ComparisonTextRenderer {
    var maximumWidth = 60

    func render(_ tables: [ComparisonTable]) -> String {
        tables.map(render).joined(separator: "\n")
    }

    func render(_ table: ComparisonTable) -> String {
        var output = table.title + "\n" + String(repeating: "=", count: table.title.count) + "\n"
        guard !table.rows.isEmpty else { return output + "-\n" }
        let header = table.columns.map { shortened($0.header) }
        let cells = table.rows.map { $0.values.map { shortened(Self.display($0)) } }
        let widths = table.columns.indices.map { column in
            ([header[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ values: [String], rightAligned: (Int) -> Bool) -> String {
            values.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - values[column].count)
                return rightAligned(column) ? padding + values[column] : values[column] + padding
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        output += line(header) { _ in false }
        output += line(widths.map { String(repeating: "-", count: $0) }) { _ in false }
        for (index, row) in table.rows.enumerated() {
            if index > 0, let group = row.group, group != table.rows[index - 1].group { output += "\n" }
            output += line(cells[index]) { column in
                switch row.values[column] {
                case .integer, .number: return true
                case .text, .empty: return false
                }
            }
        }
        return output
    }

    /// Numbers in Indonesian format (`7.663.589.176,1`), as reviewers read them in the plans.
    static func display(_ value: ComparisonValue) -> String {
        switch value {
        case .empty: return ""
        case .integer(let number): return String(number)
        case .number(let number): return IndonesianNumberFormat.formatCompact(number)
        case .text(let text): return text
        }
    }

    /// One line of at most `maximumWidth` characters.
    private func shortened(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return flat.count <= maximumWidth ? flat : String(flat.prefix(maximumWidth - 1)) + "…"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
