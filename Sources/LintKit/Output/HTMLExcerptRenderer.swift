import Ingest
import Rules

/// The table rows a finding is about, as HTML a reviewer can print: the finding's own rows and the rows
/// of the places it cites (`Finding.evidence`: the summed rows, the other copy, the other table), with
/// the cited cells highlighted by role. Where the finding cites cells, only the columns that name a row
/// (code, name, indicator, row number) and the cited columns are shown, so the excerpt fits the width
/// of an A4 page; `HTMLExcerptLayout` shares that width among them.
struct HTMLExcerptRenderer {
    /// Enough rows to show a parent and its children; longer spans are cut with a note.
    static let maximumRows = 30

    var language: Language
    var document: RenstraDocument?
    /// The rows of each table by line, shared by the excerpts of one report.
    var rowIndex: TableRowIndex

    /// The excerpt of `table` (the finding's own table), then one of every other table the finding cites.
    func render(_ finding: Finding, table: Table?) -> String {
        let cited = finding.evidence.filter { $0.table != nil }
        guard !cited.isEmpty else { return table.map { legacyExcerpt(of: $0, for: finding) } ?? "" }
        // Each cited place goes to the table of its name that holds its line (several tables may share a label).
        var tables: [Table] = table.map { [$0] } ?? []
        var citedIn: [[Evidence]] = table.map { _ in [[]] } ?? []
        var searchedNames = Set<String>()
        for evidence in cited {
            let name = evidence.table!
            if let known = tables.firstIndex(where: { $0.displayName == name && $0.lines.contains(evidence.line) }) {
                citedIn[known].append(evidence)
            } else if searchedNames.insert(name).inserted, let document {
                for candidate in document.tables where candidate.displayName == name && candidate.lines != table?.lines {
                    tables.append(candidate)
                    citedIn.append(candidate.lines.contains(evidence.line) ? [evidence] : [])
                }
            }
        }
        var html = ""
        for (index, shown) in tables.enumerated() {
            let isOwn = index == 0 && table != nil
            guard isOwn || !citedIn[index].isEmpty else { continue }
            if !isOwn {
                let caption = language.say("Dibandingkan dengan", "Compared with") + " \(shown.displayName) ("
                    + language.lineRange(shown.lines.first, shown.lines.last) + ")"
                html += "<p class=\"excerpt-caption\">\(htmlEscape(caption))</p>\n"
            }
            html += excerpt(of: shown, for: finding, citing: citedIn[index], includingOwnLines: isOwn)
        }
        return html
    }

    /// The rows of `table` holding the finding's lines (when `includingOwnLines`) or a cited place, with
    /// the row-naming columns and the cited columns (every column when no cell is cited by its column).
    private func excerpt(of table: Table, for finding: Finding, citing cited: [Evidence], includingOwnLines: Bool) -> String {
        let span = LineSpan(finding.line, finding.endLine)
        // Each cited place under every line it covers, so that rows and cells find theirs by line.
        var citedByLine: [Int: [Evidence]] = [:]
        for evidence in cited {
            for line in evidence.line...evidence.endLine { citedByLine[line, default: []].append(evidence) }
        }
        let citations = { (row: Row) in (row.lines.first...row.lines.last).flatMap { citedByLine[$0] ?? [] } }
        // Rows are found through the index by the lines concerned: a report with a finding on every row of
        // a long table must not read the whole table for each.
        var lines = Set(citedByLine.keys)
        if includingOwnLines { lines.formUnion(span.first...span.last) }
        let rows = rowIndex.rows(of: table, at: lines).map { (offset: $0, element: table.rows[$0]) }
        guard !rows.isEmpty else { return "" }
        // The rows with the wrong cells are kept first when the excerpt must be cut.
        let isWrongRow = { (row: Row) in citations(row).contains { $0.role == .wrong } }
        let kept = Set((rows.filter { isWrongRow($0.element) } + rows.filter { !isWrongRow($0.element) }).prefix(Self.maximumRows).map(\.offset))
        let shownRows = rows.filter { kept.contains($0.offset) }.map(\.element)
        let width = max(table.columns.count, shownRows.map(\.cells.count).max() ?? 0)
        let columns = shownColumns(of: table, rows: shownRows, citing: cited, width: width)

        var html = "<div class=\"excerpt\">" + HTMLExcerptLayout(columns, of: table, rows: shownRows, keptWhole: Set(cited.compactMap(\.column))).tableOpening
        html += "<thead><tr><th class=\"num\">" + language.say("Baris", "Line") + "</th>"
        for index in columns { html += "<th>\(htmlEscape(table.column(at: index)?.header ?? ""))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in shownRows {
            let here = citations(row)
            let rowRole = here.first { $0.column == nil && $0.value == nil }?.role
            let rowClass = rowRole.map { " class=\"row-\($0.rawValue)\"" } ?? ""
            html += "<tr\(rowClass)><td class=\"line\">\(row.lines.first)</td>"
            for index in columns {
                guard let cell = row[index] else { html += "<td></td>"; continue }
                var classes: [String] = []
                if cell.quantity != nil { classes.append("num") }
                let role = Self.role(of: cell, column: index, citedInRow: here)
                if let role { classes.append(Self.cellClass(role)) }
                var attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                if let role { attribute += " title=\"\(htmlEscape(EvidenceWording.role(role, language: language)))\"" }
                html += "<td\(attribute)>\(htmlEscape(cell.text))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        var notes: [String] = []
        if rows.count > shownRows.count {
            let more = rows.count - shownRows.count
            notes.append(language.say("… \(more) baris lagi tidak ditampilkan", "… \(more) more rows not shown"))
        }
        if columns.count < width {
            let hidden = width - columns.count
            notes.append(language.say("\(hidden) kolom lain yang tidak terkait tidak ditampilkan", "\(hidden) other columns not concerned are not shown"))
        }
        if !notes.isEmpty { html += "<p class=\"more\">\(htmlEscape(notes.joined(separator: "; ")))</p>\n" }
        return html
    }

    /// The columns that name a row (row number, code, name, indicator) and the cited ones, in table order;
    /// every column when no cited cell has one. A table without typed name columns keeps the column of
    /// each shown row's label.
    private func shownColumns(of table: Table, rows: [Row], citing cited: [Evidence], width: Int) -> [Int] {
        let citedColumns = Set(cited.compactMap(\.column))
        guard !citedColumns.isEmpty else { return Array(0..<width) }
        var naming = Set(table.columns.filter { Self.namesTheRow($0.role) }.map(\.index))
        if naming.isEmpty {
            for row in rows {
                if let label = row.cells.firstIndex(where: { !$0.isBlank && $0.quantity == nil }) { naming.insert(label) }
            }
        }
        return (0..<width).filter { naming.contains($0) || citedColumns.contains($0) }
    }

    private static func namesTheRow(_ role: ColumnRole) -> Bool {
        switch role {
        case .rowNumber, .code, .label, .indicator: return true
        default: return false
        }
    }

    /// The role of the cited place `cell` stands for: the cited column, or, for a cell cited without
    /// its column, the cell on the cited line holding the cited value.
    private static func role(of cell: Cell, column: Int, citedInRow cited: [Evidence]) -> Evidence.Role? {
        cited.first { evidence in
            if let cited = evidence.column { return cited == column }
            guard let value = evidence.value else { return false }
            return cell.lines.contains(evidence.line)
                && (cell.text == value || cell.text.pieces(separatedBy: "/").contains { String($0).trimmingWhitespace() == value })
        }?.role
    }

    private static func cellClass(_ role: Evidence.Role) -> String {
        switch role {
        case .wrong: return "found"
        case .operand: return "operand"
        case .related: return "related"
        }
    }

    /// For a finding that cites nothing: the column headers, then every header or body row whose lines
    /// overlap the finding's, cells on its lines marked, the one stating the found value outlined.
    func legacyExcerpt(of table: Table, for finding: Finding) -> String {
        let span = LineSpan(finding.line, finding.endLine)
        let overlaps = { (lines: LineSpan) in lines.first <= span.last && span.first <= lines.last }
        var rows = table.headerRows + rowIndex.rows(of: table, at: Set(span.first...span.last)).map { table.rows[$0] }
        if let numbers = table.columnNumberRow { rows.append(Row(cells: numbers.cells, lines: LineSpan(numbers.line))) }
        let concerned = rows.filter { overlaps($0.lines) }.sorted { $0.lines.first < $1.lines.first }
        guard !concerned.isEmpty else { return "" }
        let shown = concerned.prefix(Self.maximumRows)
        let width = max(table.columns.count, shown.map(\.cells.count).max() ?? 0)
        let foundValue = finding.found.flatMap { NumberParser.parse($0)?.value }
        let statesFound = { (cell: Cell) in
            cell.lines.contains(where: span.contains) && (cell.text == finding.found || (foundValue != nil && cell.quantity?.value == foundValue))
        }
        let foundColumns = Set(shown.flatMap { row in row.cells.indices.filter { statesFound(row.cells[$0]) } })

        var html = "<div class=\"excerpt\">" + HTMLExcerptLayout(Array(0..<width), of: table, rows: Array(shown), keptWhole: foundColumns).tableOpening
        html += "<thead><tr><th class=\"num\">" + language.say("Baris", "Line") + "</th>"
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
                if cell.lines.contains(where: span.contains) { classes.append(statesFound(cell) ? "found" : "hit") }
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
}

/// The body rows of each table by the lines they cover, built once per table on first use.
final class TableRowIndex {
    private var rowsByLine: [String: [Int: [Int]]] = [:]

    /// The indices of the rows of `table` covering any of `lines`, in table order.
    func rows(of table: Table, at lines: Set<Int>) -> [Int] {
        let key = "\(table.displayName)|\(table.lines.first)"
        if rowsByLine[key] == nil {
            var index: [Int: [Int]] = [:]
            for (offset, row) in table.rows.enumerated() {
                for line in row.lines.first...row.lines.last { index[line, default: []].append(offset) }
            }
            rowsByLine[key] = index
        }
        let index = rowsByLine[key]!
        return Set(lines.flatMap { index[$0] ?? [] }).sorted()
    }
}
