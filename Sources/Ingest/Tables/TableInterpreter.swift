/// Turns a `TableDraft` of any text form into a `Table`: header rows and the column-number row, typed
/// columns, logical body rows (page-repeated headers merged away and wrapped lines joined, for the forms
/// whose lines are physical lines), and the quantities of the cells. One interpreter serves every form,
/// so what it learns about headers, years and numbers reaches every form.
public struct TableInterpreter {
    public let source: SourceText
    /// The plan's declared period, to read year columns headed `Tahun 1` … `Tahun 5`.
    public let period: PlanPeriod?

    public init(source: SourceText, period: PlanPeriod? = nil) {
        self.source = source
        self.period = period
    }

    public struct Result {
        public var table: Table
        public var uninterpreted: [UninterpretedLine]
    }

    /// Takes the draft over: its body lines are let go as they are read, since a large table's draft
    /// weighs as much as the table it becomes (a `pdftotext -layout` table's, read whole to place its
    /// columns, are kept until the table is done).
    public func interpret(_ draft: consuming TableDraft, chapter: String?) -> Result {
        let width = draft.width
        // Only the lines on top can be header lines. Every other line keeps its own width: padding all
        // lines to the widest one would cost lines × widest line, whatever the input's size.
        let headerCandidates = (draft.headerLineCount ?? TableHeader.maximumHeaderRows) + 1
        let physical = draft.lines.prefix(headerCandidates).map { PhysicalLine(number: $0.line, cells: $0.texts(width: width)) }
        let header = headerBlock(of: draft, physical: physical)
        let headerCount = header.rows.count + (header.columnNumbers == nil ? 0 : 1)
        let grid = headerGrid(header, form: draft.form, width: width)
        let columns = PlanYearOrdinal.resolving(ColumnClassifier.classify(headerGrid: grid), headerGrid: grid, period: period)
        let budgetColumns = Set(columns.filter { $0.measure == .budget }.map(\.index))

        var bodyRows: [Row] = []
        var uninterpreted = draft.notes
        let body = draft.lines.indices.dropFirst(headerCount)
        if draft.linesAreRows {
            bodyRows.reserveCapacity(body.count)
            for index in body { bodyRows.append(Self.row(of: draft.takeLine(at: index), width: 0, coveredAsBlank: true)) }
        } else if draft.form == .layoutColumns {
            let physicalBody = body.map { PhysicalLine(number: draft.lines[$0].line, cells: draft.lines[$0].texts(width: 0)) }
            var assembler = LayoutRowAssembler(width: width, budgetColumns: budgetColumns, body: physicalBody, columns: columns)
            for (index, physicalLine) in zip(body, physicalBody) { assembler.take(physicalLine, startsPage: draft.lines[index].startsPage) }
            bodyRows = assembler.finishedRows()
        } else {
            var assembler = RowAssembler(header: header, width: width, budgetColumns: budgetColumns, columns: columns)
            for index in body {
                let line = draft.takeLine(at: index)
                assembler.take(PhysicalLine(number: line.line, cells: line.texts(width: 0)), startsPage: line.startsPage,
                               source: source)
            }
            bodyRows = assembler.finishedRows()
            uninterpreted += assembler.uninterpreted
            // The drafts of a large table's rows take a while to free: that is left to another thread.
            releaseElsewhere(consume assembler)
        }
        let headerRows = (draft.writtenHeaderRows ?? Array(draft.lines.prefix(header.rows.count))).map(Self.writtenRow)
        // Trailing tabs (and headers that moved columns at a page break) leave columns empty everywhere;
        // forms that deliver whole rows keep every column they declare.
        let filledWidth = { (row: Row) in (row.cells.lastIndex { !$0.isBlank } ?? -1) + 1 }
        let usedWidth = draft.linesAreRows ? width
            : max(headerRows.lazy.map(filledWidth).max() ?? 0, bodyRows.lazy.map(filledWidth).max() ?? 0)
        let usedColumns = Array(columns.prefix(usedWidth))
        // A row no wider than the used columns is kept as it is, not copied cell by cell.
        var rows = CellReading.resolvingAmbiguity(
            bodyRows.map { $0.cells.count <= usedWidth ? $0 : Row(cells: Array($0.cells.prefix(usedWidth)), lines: $0.lines,
                                                                 alignedToColumns: $0.alignedToColumns) },
            columns: usedColumns)
        if AmountScale.isStated(caption: draft.caption, headerRows: header.rows) {
            AmountScale.markRounded(&rows, columns: usedColumns)
        }
        let numberRow = header.columnNumbers.flatMap { _ in
            draft.lines.indices.contains(header.rows.count) ? TableHeader.columnNumberRow(Self.row(of: draft.lines[header.rows.count], width: 0, coveredAsBlank: false)) : nil
        }
        let table = Table(caption: draft.caption, headerRows: headerRows, columnNumberRow: numberRow,
                          columns: usedColumns, rows: rows, lines: draft.span, chapter: chapter, form: draft.form)
        return Result(table: table, uninterpreted: uninterpreted.sorted { $0.line < $1.line })
    }

    /// A header row as written: its written cells in order, not laid out over the columns they span.
    static func writtenRow(_ line: DraftLine) -> Row {
        let cells = line.cells.filter(\.isOrigin).map { Cell(text: $0.text, line: $0.line, lines: $0.lines) }
        return Row(cells: cells, lines: LineSpan(line.line, line.cells.flatMap(\.lines).max() ?? line.line))
    }

    /// A draft line as a row of cells by column, each keeping its lines; a position covered by a spanning
    /// cell is blank in body rows. `width` pads the row with blank cells.
    static func row(of line: DraftLine, width: Int, coveredAsBlank: Bool) -> Row {
        // The texts and lines by column first, so that each cell is made once, with its quantity.
        let blank = (text: "", line: line.line, lines: [line.line])
        var pieces = Array(repeating: blank, count: max(width, (line.cells.map(\.column).max() ?? -1) + 1))
        for cell in line.cells where !(coveredAsBlank && !cell.isOrigin) {
            if pieces[cell.column].text.allSatisfy(\.isWhitespace) {
                pieces[cell.column] = (cell.text, cell.line, cell.lines)
            } else {
                pieces[cell.column].text += " " + cell.text
                pieces[cell.column].lines += cell.lines
            }
        }
        let cells = pieces.map { Cell(text: $0.text, line: $0.line, lines: $0.lines, quantity: CellReading.quantity(of: $0.text)) }
        let lastLine = line.cells.flatMap(\.lines).max() ?? line.line
        return Row(cells: cells, lines: LineSpan(line.line, lastLine))
    }

    /// The header rows on top, ending with the column-number row where there is one. Forms that know
    /// their header (a pipe table's separator, a CSV's first row, an HTML header's row spans, the
    /// aligned columns' first body line) say how deep it is; tab rows are read as stacked header rows.
    func headerBlock(of draft: TableDraft, physical: [PhysicalLine]) -> HeaderBlock {
        guard let count = draft.headerLineCount else { return TableHeader.stackedBlock(of: physical) }
        var block = HeaderBlock(rows: Array(physical.prefix(count)))
        if let stated = draft.columnNumberLine, stated == count, stated < physical.count {
            block.columnNumbers = physical[stated]
        } else if count < physical.count, TableHeader.columnNumbers(physical[count]) != nil {
            block.columnNumbers = physical[count]
        } else if let last = block.rows.last, TableHeader.columnNumbers(last) != nil {
            block.columnNumbers = block.rows.removeLast()
        }
        return block
    }

    /// The header texts by column. Forms that expand spanning cells have already written a spanning
    /// label over every column it covers; tab rows leave the spanned cells blank, so they are aligned here.
    func headerGrid(_ header: HeaderBlock, form: TextForm, width: Int) -> [[String]] {
        guard !header.rows.isEmpty else { return [Array(repeating: "", count: width)] }
        let rows = header.rows.map(\.cells)
        switch form {
        case .tabRows, .cellPerLine: return TableHeader.aligned(rows, width: width)
        default: return rows.map { $0 + Array(repeating: "", count: max(0, width - $0.count)) }
        }
    }
}
