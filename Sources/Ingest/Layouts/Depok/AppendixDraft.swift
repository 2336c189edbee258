/// One appendix table while its lines are read (see `DepokAppendixReader`).
struct AppendixDraft {
    struct Result {
        var table: Table
        var uninterpreted: [UninterpretedLine]
        var warnings: [Localized]
    }

    private enum AfterCaption { case title, headerWords }

    let years: [Int]
    let trailingWords: [String]
    let yearsLine: Int
    private var yearCells: [Cell]
    private var template: AppendixTemplate?
    private var columnNumbers: ColumnNumberRow?
    private var caption: TableCaption?
    private var titleLines: [(text: String, line: Int)] = []
    private var afterCaption: AfterCaption?
    private var headerWords: [Cell] = []
    private var pendingNumber: Cell?
    private var pendingLabel: [(text: String, line: Int)] = []
    private var rows: [Row] = []
    private var uninterpreted: [UninterpretedLine] = []
    private var lastLine: Int

    init(years: (years: [Int], words: [String]), line: Int) {
        self.years = years.years
        trailingWords = years.words
        yearsLine = line
        lastLine = line
        yearCells = (years.years.map(String.init) + years.words).map { Cell(text: $0, line: line) }
    }

    mutating func read(_ text: String, line: Int) {
        lastLine = line
        if columnNumbers == nil, let numbers = DepokAppendixReader.columnNumbers(text) {
            let cells = text.pieces(separatedBy: " ").map { Cell(text: String($0), line: line) }
            columnNumbers = ColumnNumberRow(numbers: numbers, cells: cells, line: line)
            template = AppendixTemplate(columnCount: numbers.count, years: years, trailingWords: trailingWords)
            return
        }
        if let parsed = CaptionParser.parse(text, line: line) {
            movePendingToHeaderWords()
            if caption == nil {
                caption = parsed
                afterCaption = .title
            } else {
                uninterpreted.append(UninterpretedLine(line: line, text: text, reason: "judul tabel kedua dalam satu tabel lampiran"))
            }
            return
        }
        switch afterCaption {
        case .title where !isFirstHeaderWord(text) && titleLines.count < 3:
            titleLines.append((text, line))
        case .title, .headerWords:
            afterCaption = .headerWords
            headerWords.append(Cell(text: text, line: line))
        case nil:
            readData(text, line: line)
        }
    }

    /// The templates' first column is `No`: where the title lines end and the header words begin.
    private func isFirstHeaderWord(_ text: String) -> Bool { ["no", "no."].contains(text.lowercased()) }

    private mutating func readData(_ text: String, line: Int) {
        let split = AppendixLineSplitter.split(text, leadingRowNumber: template?.hasRowNumber ?? false,
                                               allowGrades: template == .performance)
        if let number = split.number { pendingNumber = Cell(text: number, line: line) }
        guard !split.values.isEmpty else {
            if !split.label.isEmpty { pendingLabel.append((split.label, line)) }
            return
        }
        let labelPieces = pendingLabel + (split.label.isEmpty ? [] : [(split.label, line)])
        let label = Cell(text: labelPieces.map(\.text).joined(separator: " "), line: labelPieces.first?.line ?? line,
                         lines: labelPieces.isEmpty ? [line] : labelPieces.map(\.line))
        let values = split.values.map { Cell(text: $0, line: line, quantity: NumberParser.parse($0)) }
        var cells: [Cell] = []
        if template?.hasRowNumber == true { cells.append(pendingNumber ?? Cell(text: "", line: line)) }
        cells.append(label)
        let aligned = template.map { values.count == $0.valueCount } ?? false
        if let template, aligned {
            cells += template.referenceColumns.map { _ in Cell(text: "", line: line) } + values
        } else {
            cells += values
            let expected = template.map { " untuk \($0.valueCount) kolom nilai" } ?? ""
            uninterpreted.append(UninterpretedLine(line: line, text: text,
                                                   reason: "baris lampiran: jumlah nilai tidak sesuai kolom (\(values.count) nilai\(expected))"))
        }
        let first = [pendingNumber?.line, labelPieces.first?.line].compactMap { $0 }.min() ?? line
        rows.append(Row(cells: cells, lines: LineSpan(first, line), alignedToColumns: aligned))
        pendingNumber = nil
        pendingLabel = []
    }

    /// Label text that never met its values (`Target Renstra Perangkat Tahun ke- …`) is header wording.
    private mutating func movePendingToHeaderWords() {
        if let number = pendingNumber { headerWords.append(number) }
        headerWords += pendingLabel.map { Cell(text: $0.text, line: $0.line) }
        pendingNumber = nil
        pendingLabel = []
    }

    func finish(source: SourceText) -> Result {
        var draft = self
        draft.movePendingToHeaderWords()
        return draft.result(source: source)
    }

    private func result(source: SourceText) -> Result {
        var caption = self.caption
        var warnings: [Localized] = []
        var columns: [Column] = []
        if let template {
            columns = ColumnClassifier.classify(headerGrid: template.headerGrid(years: years, trailingWords: trailingWords))
            // `Target Indikator Lainnya` reads as an indicator column to the classifier; it is a target reference.
            for index in template.referenceColumnIndices { columns[index].role = .other }
            if caption == nil, let reference = Self.referenceLine(to: template, in: source) {
                caption = TableCaption(label: template.label, numberParts: CaptionParser.numberParts(of: Substring(template.number)) ?? [],
                                       title: template.title, lines: LineSpan(yearsLine))
                warnings.append(Localized(
                    id: "\(template.label) tidak berjudul dalam teks (judulnya ada di gambar tersemat); "
                        + "labelnya disimpulkan dari susunan kolom dan rujukan di baris \(reference)",
                    en: "\(template.label) has no caption in the text (its title is in an embedded picture); "
                        + "its label was inferred from its columns and the reference on line \(reference)"))
            }
        }
        if var named = caption, named.title.isEmpty, !titleLines.isEmpty {
            named.title = titleLines.map(\.text).joined(separator: " ")
            named.lines = named.lines.union(LineSpan(titleLines.last!.line))
            caption = named
        }
        var headerRows = [Row(cells: yearCells, lines: LineSpan(yearsLine))]
        if !headerWords.isEmpty {
            headerRows.append(Row(cells: headerWords, lines: LineSpan(headerWords.map(\.line).min()!, headerWords.map(\.line).max())))
        }
        let lines = LineSpan(min(yearsLine, caption?.lines.first ?? yearsLine), lastLine)
        let table = Table(caption: caption, headerRows: headerRows, columnNumberRow: columnNumbers, columns: columns,
                          rows: rows, lines: lines)
        return Result(table: table, uninterpreted: uninterpreted, warnings: warnings)
    }

    /// The line where the body text refers to the table (`sesuai tabel TC. 24`), confirming the label.
    static func referenceLine(to template: AppendixTemplate, in source: SourceText) -> Int? {
        let wanted = compact(template.number)
        return source.lines.firstIndex { compact($0).containsLiteral(wanted) }.map { $0 + 1 }
    }

    /// Letters and digits only, lower-cased: `tabel TC. 24` and `T-C.24` both read `tc24`.
    private static func compact(_ text: String) -> String {
        let bytes = text.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
            default: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
