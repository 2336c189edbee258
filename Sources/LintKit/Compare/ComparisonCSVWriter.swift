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
        case .text(let text): return field(text)
        }
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
