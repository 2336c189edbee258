import Ingest

/// A place a finding rests on, set by the rule that knows it: the cell that is wrong, the cells its
/// expected value was computed from, and the other places it is compared with (the other copy of a
/// duplicated row, the same indicator in another table). Reports show these places and highlight
/// them without re-reading the message.
public struct Evidence: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        /// The cell or row the finding says is wrong.
        case wrong
        /// A cell the expected value was computed from (a summed row, a ratio's realisation or target).
        case operand
        /// Another place the finding compares with (the earlier duplicate, the other table's row).
        case related
    }

    public var role: Role
    public var line: Int
    /// The last line of a cell or row printed over several lines.
    public var endLine: Int
    /// The page of `line`, for text extracted from a PDF; set by `RuleRunner` like `Finding.page`.
    public var page: Int?
    /// The display name of the table the place is in (`Tabel 4.2`), when it is in a table.
    public var table: String?
    /// The 0-based index of the cell's column in its row; nil for a whole row, or when unknown.
    public var column: Int?
    /// The column's header as read (`2025 / Rp`), when known.
    public var header: String?
    /// The cell's text as printed; nil for a whole row.
    public var value: String?

    public init(role: Role, line: Int, endLine: Int? = nil, table: String? = nil, column: Int? = nil,
                header: String? = nil, value: String? = nil) {
        self.role = role
        self.line = line
        self.endLine = max(line, endLine ?? line)
        self.table = table
        self.column = column
        self.header = header
        self.value = value
    }

    /// A table cell, with its column where the rule knows it.
    public static func cell(_ cell: Cell, _ role: Role, table: String?, column: Int? = nil, header: String? = nil) -> Evidence {
        Evidence(role: role, line: cell.line, endLine: cell.lines.max(), table: table, column: column, header: header,
                 value: cell.text)
    }

    /// A whole row (or plan node) spanning `lines`.
    public static func row(_ lines: LineSpan, _ role: Role, table: String?) -> Evidence {
        Evidence(role: role, line: lines.first, endLine: lines.last, table: table)
    }

    /// Whether the place lies within the finding's own lines (and so needs no separate mention).
    public func isWithin(_ finding: Finding) -> Bool { line >= finding.line && endLine <= finding.endLine }
}

extension Finding {
    /// The finding with `evidence` added to what it already cites.
    public func citing(_ evidence: [Evidence]) -> Finding {
        var finding = self
        finding.evidence += evidence
        return finding
    }

    /// The lines of the places the finding cites outside its own lines, ascending and without repeats:
    /// what a reader is told to look at besides the finding's line.
    public var relatedLines: [Int] {
        Array(Set(evidence.filter { !$0.isWithin(self) }.map(\.line))).sorted()
    }
}
