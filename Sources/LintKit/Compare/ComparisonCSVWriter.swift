import Foundation
import Ingest

/// Writes comparison tables as CSV for spreadsheets in the Indonesian locale: UTF-8 with a byte-order mark
/// (so Excel detects the encoding), `;` between fields, `,` as the decimal mark and no thousands separators
/// (so Calc and Excel set to id-ID read budgets as numbers), CRLF line ends and RFC 4180 quoting.
/// With `,` as the separator the decimal mark becomes `.`, the en-US convention.
struct ComparisonCSVWriter {
    var separator: String

    var decimalMark: String { separator == "," ? "." : "," }

    /// A file holding one table.
    func writeDocument(_ table: ComparisonTable, to output: OutputSink) throws {
        try output.write("\u{FEFF}")
        try writeBlock(table, to: output)
    }

    /// A file holding several tables: each is a `# view` line (overview, programmes, indicators,
    /// findings), then its CSV block, then an empty line.
    func writeSections(_ tables: [ComparisonTable], to output: OutputSink) throws {
        try output.write("\u{FEFF}")
        for (index, table) in tables.enumerated() {
            try output.write((index > 0 ? "\r\n" : "") + field("# " + table.view.rawValue) + "\r\n")
            try writeBlock(table, to: output)
        }
    }

    /// One table as a CSV block, header row first.
    func writeBlock(_ table: ComparisonTable, to output: OutputSink) throws {
        try output.write(table.columns.map { field($0.header) }.joined(separator: separator) + "\r\n")
        for row in table.rows {
            try output.write(row.values.map(field).joined(separator: separator) + "\r\n")
        }
    }

    func field(_ value: ComparisonValue) -> String {
        switch value {
        case .empty: return ""
        case .integer(let number): return String(number)
        case .number(let number): return plainNumber(number)
        case .text(let text): return field(Self.inert(text))
        }
    }

    /// A document's text as a spreadsheet will not run it: a cell starting (after spaces) with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return is a formula to Excel and Calc (`=HYPERLINK("http://…";"Klik")`), so it
    /// gets a leading `'`, as OWASP recommends for CSV injection. A number stays a number (`-12,5`), and a lone
    /// dash (the plans' "nothing") stays a dash.
    static func inert(_ text: String) -> String {
        guard let first = text.first(where: { $0 != " " }), "=+-@\t\r".contains(first), text != "-",
              !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// `-12`, `+3,5`, `-1.250.000`, `-7%`: digits with an optional sign, grouping and decimal marks, and percent.
    private static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text.trimmingWhitespace())
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        guard let first = body.first, let last = body.last, first.isASCII, first.isNumber, last.isASCII, last.isNumber else { return false }
        var previousWasMark = false
        for character in body {
            let isMark = character == "." || character == ","
            guard (character.isASCII && character.isNumber) || (isMark && !previousWasMark) else { return false }
            previousWasMark = isMark
        }
        return true
    }

    /// `7663589176,1`: Indonesian digits without the thousands dots, with this file's decimal mark.
    func plainNumber(_ value: Double) -> String {
        IndonesianNumberFormat.formatCompact(value).replacingOccurrences(of: ".", with: "")
            .replacingOccurrences(of: ",", with: decimalMark)
    }

    func field(_ text: String) -> String {
        let needsQuotes = text.containsLiteral(separator) || text.containsLiteral("\"") || text.containsLiteral("\n") || text.containsLiteral("\r")
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
