/// The text forms a table can arrive in. Each has its tokenizer in `Forms/`; all of them hand the same
/// `TableDraft` to the one table interpreter (`Tables/TableInterpreter`).
public enum TextForm: String, Sendable, Codable, CaseIterable {
    /// One table row per line, cells separated by tabs (PDF and word-processor exports); rows and numbers
    /// wrap onto the following lines.
    case tabRows = "tab-rows"
    /// One cell per line, each starting with a tab, a blank line between rows (word-processor export).
    case cellPerLine = "cell-per-line"
    /// Columns aligned with spaces, as `pdftotext -layout` writes them; cells wrap inside their column.
    case layoutColumns = "layout-columns"
    /// Markdown pipe tables (`| a | b |`).
    case markdownPipe = "markdown-pipe"
    /// HTML `<table>` blocks (OCR Markdown), `rowspan`/`colspan` expanded into a grid.
    case htmlTable = "html-table"
    /// A CSV or TSV file with a header row (a SIPD export).
    case delimited
}

/// A cell as a tokenizer found it: its text, the physical line it stands on, and its grid column.
/// Its lines (`SourceLined`) are every line the cell's text came from, when it runs over several (a cell
/// continued by paragraphs).
public struct DraftCell: Sendable, Hashable, SourceLined {
    public var text: String
    public var sourceLines: SourceLines
    public var column: Int
    /// False for a grid position covered by a spanning cell (`rowspan`/`colspan`) rather than written:
    /// header rows read the spanning text there, body rows leave the position blank, so a figure is never
    /// counted twice.
    public var isOrigin: Bool

    public init(text: String, line: Int, lines: [Int]? = nil, column: Int, isOrigin: Bool = true) {
        self.text = text
        self.sourceLines = SourceLines(first: line, all: lines)
        self.column = column
        self.isOrigin = isOrigin
    }
}

/// One line of a draft: a physical line of the text, or a whole row for forms that deliver whole rows.
public struct DraftLine: Sendable, Hashable {
    /// The (first) source line the cells stand on.
    public var line: Int
    /// The cells in column order; columns without a cell are blank.
    public var cells: [DraftCell]
    /// The line opens a new page of the text (a form feed, or a blank gap the export leaves at a page break).
    public var startsPage: Bool

    public init(line: Int, cells: [DraftCell], startsPage: Bool = false) {
        self.line = line
        self.cells = cells
        self.startsPage = startsPage
    }

    /// The cell texts by column, blank where the line has no cell, `width` wide at least.
    public func texts(width: Int, coveredAsBlank: Bool = false) -> [String] {
        var texts = Array(repeating: "", count: max(width, (cells.map(\.column).max() ?? -1) + 1))
        for cell in cells where !(coveredAsBlank && !cell.isOrigin) {
            texts[cell.column] = texts[cell.column].isEmpty ? cell.text : texts[cell.column] + " " + cell.text
        }
        return texts
    }
}

/// A table as one text form delivered it, before interpretation: where it stands, its caption, and its
/// lines of cells by column.
public struct TableDraft: Sendable {
    public var form: TextForm
    public var caption: TableCaption?
    public var lines: [DraftLine]
    /// True when every draft line is a whole logical row (HTML, pipe tables, CSV, one cell per line);
    /// false when lines are physical lines whose cells wrap onto the next lines (tab rows, aligned columns).
    public var linesAreRows: Bool
    /// Every source line the table occupies, caption included: these lines are not prose.
    public var span: LineSpan
    /// How many of the first lines are the header (the column-number row may follow them), where the form
    /// shows it; nil lets the interpreter read stacked header rows.
    public var headerLineCount: Int?
    /// The line (an index into `lines`) the form itself reads as the column-number row, where its own
    /// reading is surer than the interpreter's general one; nil lets the interpreter look.
    public var columnNumberLine: Int?
    /// Lines inside the span that belong to the page, not the table (running headers, page numbers).
    public var pageFurniture: [Int]
    /// Lines the tokenizer saw but could not place (a header row whose spans cannot be laid out).
    public var notes: [UninterpretedLine] = []
    /// The header rows as the text writes them, where the form laid them out over the columns for reading
    /// (merged cells written once, title rows above the header): the table shows them as written.
    public var writtenHeaderRows: [DraftLine]?

    public init(form: TextForm, caption: TableCaption?, lines: [DraftLine], linesAreRows: Bool, span: LineSpan,
                headerLineCount: Int? = nil, pageFurniture: [Int] = []) {
        self.form = form
        self.caption = caption
        self.lines = lines
        self.linesAreRows = linesAreRows
        self.span = span
        self.headerLineCount = headerLineCount
        self.pageFurniture = pageFurniture
    }

    /// The number of grid columns.
    public var width: Int { (lines.lazy.flatMap { $0.cells.lazy.map(\.column) }.max() ?? -1) + 1 }
}

/// Finds the tables of one text form in a text. Tokenizers only cut text into cells; what the cells
/// mean (headers, years, totals, plan levels) is read once, by `TableInterpreter`, for every form.
public protocol TableTokenizer: Sendable {
    var form: TextForm { get }
    /// The tables of this form, in line order, each with the lines it claims.
    func drafts(in source: SourceText) -> [TableDraft]
}

extension TableDraft {
    /// The line at `index`, taken out as it is read: the draft keeps the line's place and number but lets
    /// its cells go.
    mutating func takeLine(at index: Int) -> DraftLine {
        defer { lines[index].cells = [] }
        return lines[index]
    }
}
