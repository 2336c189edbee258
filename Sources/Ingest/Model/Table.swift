/// A table caption such as `Tabel 4.2 Rencana Program…`, `Tabel d. Data PNS…` or `Tabel T-C.26`.
public struct TableCaption: Sendable, Hashable, Codable {
    /// The label as written, without the title: `Tabel 4.2`, `Tabel d`, `Tabel T-C.26`; nil when the caption has no number.
    public var label: String?
    /// The label's number parts: `["4", "2"]`, `["d"]`, `["T-C", "26"]`.
    public var numberParts: [String]
    public var title: String
    public var lines: LineSpan

    public init(label: String?, numberParts: [String], title: String, lines: LineSpan) {
        self.label = label
        self.numberParts = numberParts
        self.title = title
        self.lines = lines
    }

    /// What a reviewer calls the table: its label, or its title when it has none.
    public var displayName: String { label ?? title }
}

/// A cell's text with the source line(s) it came from.
///
/// Held behind one immutable reference: the plan, the indicator series and the findings copy cells, so a
/// copy costs a pointer and one retain instead of the text, the lines and the quantity each; changing a
/// field makes a new reference, so a copy never sees another's change.
public struct Cell: Sendable, Hashable, Codable, SourceLined {
    @usableFromInline var storage: CellStorage

    public init(text: String, line: Int, lines: [Int]? = nil, quantity: Quantity? = nil) {
        self.init(text: text, sourceLines: SourceLines(first: line, all: lines), quantity: quantity)
    }

    public init(text: String, sourceLines: SourceLines, quantity: Quantity? = nil) {
        storage = CellStorage.make(text: text, sourceLines: sourceLines, quantity: quantity)
    }

    /// The cell text, wrapped pieces joined (with a space for words, without for split numbers).
    public var text: String {
        get { storage.text }
        set { storage = CellStorage.make(text: newValue, sourceLines: storage.sourceLines, quantity: storage.quantity) }
    }

    public var sourceLines: SourceLines {
        get { storage.sourceLines }
        set { storage = CellStorage.make(text: storage.text, sourceLines: newValue, quantity: storage.quantity) }
    }

    /// The parsed value, when the text is a quantity.
    ///
    /// Read by every rule for every cell: inlined into them, so that reading one field of the quantity
    /// (its value, its kind) does not copy the whole quantity and retain its texts.
    public var quantity: Quantity? {
        @inlinable get { storage.quantity }
        set { storage = CellStorage.make(text: storage.text, sourceLines: storage.sourceLines, quantity: newValue) }
    }

    /// Asked of every cell by many rules: answered on the bytes, Character by Character only past ASCII.
    public var isBlank: Bool {
        let text = storage.text
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.allSatisfy(\.isWhitespace) }
            if !ByteText.isWhitespace(byte) { return false }
        }
        return true
    }

    // Written out so that equality, hashing and the coded form go by `lines`, whichever way they are stored.
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.storage === rhs.storage || lhs.text == rhs.text && lhs.line == rhs.line && lhs.lines == rhs.lines && lhs.quantity == rhs.quantity
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(line)
        hasher.combine(lines)
        hasher.combine(quantity)
    }

    private enum CodingKeys: String, CodingKey { case text, line, lines, quantity }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try container.decode(String.self, forKey: .text), line: try container.decode(Int.self, forKey: .line),
                  lines: try container.decode([Int].self, forKey: .lines),
                  quantity: try container.decodeIfPresent(Quantity.self, forKey: .quantity))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(line, forKey: .line)
        try container.encode(lines, forKey: .lines)
        try container.encodeIfPresent(quantity, forKey: .quantity)
    }
}

extension Cell: CustomDebugStringConvertible {
    /// The fields, as a value type's would print: the storage they live in says nothing.
    public var debugDescription: String {
        "Cell(text: \(String(reflecting: text)), lines: \(lines), quantity: \(quantity.map { String(reflecting: $0) } ?? "nil"))"
    }
}

/// The source lines of a cell: its first line, and the whole list only when the cell runs over more than
/// that one line. Most cells stand on one line, and an empty array costs no allocation where `[line]`
/// costs one per cell of every table.
public struct SourceLines: Sendable, Hashable {
    // The first line is stored in 32 bits, after the list: twelve bytes, so that the flag a cell's storage
    // keeps next to them fits before the next eight-byte boundary, and a figure's cell (most cells of a
    // large plan) takes a glibc malloc chunk sixteen bytes smaller. No line number needs more: an input is at most
    // `TextDecoder.maximumInputBytes`.
    private var listed: [Int] = []
    private var storedFirst: Int32

    public var first: Int {
        get { Int(storedFirst) }
        set { storedFirst = Int32(clamping: newValue) }
    }

    public init(first: Int, all: [Int]?) {
        storedFirst = Int32(clamping: first)
        if let all { self.all = all }
    }

    public var all: [Int] {
        get { listed.isEmpty ? [first] : listed }
        set { listed = newValue.count == 1 && newValue[0] == first ? [] : newValue }
    }

    /// How many lines there are, counted without building the list of a cell on one line.
    public var count: Int { listed.isEmpty ? 1 : listed.count }

    /// The last line, read without building the list of a cell on one line.
    public var last: Int { listed.last ?? first }

    /// Adds `line` after the last line.
    public mutating func append(_ line: Int) {
        if listed.isEmpty { listed = [first, line] } else { listed.append(line) }
    }

    /// Whether `line` is one of the lines, asked without building the list of a cell on one line.
    public func contains(_ line: Int) -> Bool {
        listed.isEmpty ? first == line : listed.contains(line)
    }

    /// Calls `body` with every line, in order, without building the list of a cell on one line.
    public func forEachLine(_ body: (Int) throws -> Void) rethrows {
        if listed.isEmpty { try body(first) } else { try listed.forEach(body) }
    }
}

/// A piece of text read from source lines: a table cell, or a cell as a tokenizer found it.
public protocol SourceLined {
    var sourceLines: SourceLines { get set }
}

extension SourceLined {
    /// The first source line.
    public var line: Int {
        get { sourceLines.first }
        set { sourceLines.first = newValue }
    }

    /// Every source line that contributed a piece of the text, in order.
    public var lines: [Int] {
        get { sourceLines.all }
        set { sourceLines.all = newValue }
    }
}

/// What a cell holds, never changed once made. A cell without a quantity (a name, a blank) takes the
/// smaller base class; one with a quantity the subclass that adds it. `hasQuantity` says which, so that the
/// quantity is read with a load instead of a virtual call; telling the two by their class instead took 4%
/// more instructions on a large plan. The flag costs no memory: it sits after the twelve bytes of the source
/// lines, where the eight-byte alignment of what follows leaves room. A figure's cell then asks the
/// allocator for 103 bytes, which glibc's malloc serves from a 112-byte chunk, not 111 (a 128-byte chunk).
@usableFromInline class CellStorage: @unchecked Sendable { // Sendable: every stored property is an immutable `let` of a Sendable type.
    let text: String
    let sourceLines: SourceLines
    @usableFromInline let hasQuantity: Bool

    init(text: String, sourceLines: SourceLines, hasQuantity: Bool = false) {
        self.text = text
        self.sourceLines = sourceLines
        self.hasQuantity = hasQuantity
    }

    @inlinable final var quantity: Quantity? { hasQuantity ? unsafeDowncast(self, to: QuantifiedCellStorage.self).storedQuantity : nil }

    static func make(text: String, sourceLines: SourceLines, quantity: Quantity?) -> CellStorage {
        guard let quantity else { return CellStorage(text: text, sourceLines: sourceLines) }
        return QuantifiedCellStorage(text: text, sourceLines: sourceLines, quantity: quantity)
    }
}

@usableFromInline final class QuantifiedCellStorage: CellStorage, @unchecked Sendable {
    @usableFromInline let storedQuantity: Quantity

    init(text: String, sourceLines: SourceLines, quantity: Quantity) {
        storedQuantity = quantity
        super.init(text: text, sourceLines: sourceLines, hasQuantity: true)
    }
}

/// A logical row: page-repeated headers merged away and wrapped lines joined.
public struct Row: Sendable, Hashable, Codable {
    public var cells: [Cell]
    public var lines: LineSpan
    /// False when the ingester could not tell which column each value belongs to (values missing from
    /// the middle of a row): the cells keep their order, but not their columns.
    public var alignedToColumns: Bool

    public init(cells: [Cell], lines: LineSpan, alignedToColumns: Bool = true) {
        self.cells = cells
        self.lines = lines
        self.alignedToColumns = alignedToColumns
    }

    public subscript(column: Int) -> Cell? { column >= 0 && column < cells.count ? cells[column] : nil }

    /// The first non-blank cell text: usually what the row is about.
    public var label: String { cells.first(where: { !$0.isBlank && $0.quantity == nil })?.text ?? "" }
}

/// What a column holds, as read from its header.
public enum ColumnRole: Sendable, Hashable, Codable {
    /// Row numbers (`No`, `NO.`).
    case rowNumber
    /// Account or nomenclature codes (`Kode Rekening`).
    case code
    /// The row's name: programme, kegiatan, uraian, indicator text…
    case label
    case indicator
    case unit
    /// Starting condition (`Base line 2024`, `Kondisi Kinerja Awal`), optionally with its year.
    case baseline(year: Int?, measure: Measure)
    /// A plan or report year.
    case year(Int, measure: Measure)
    /// Condition at the end of the plan period (`Kondisi Kinerja pada Akhir Periode`).
    case endOfPeriod(measure: Measure)
    /// A total column (`Jumlah`, `Total`).
    case total
    /// Remarks (`KET`, `Keterangan`).
    case remarks
    case other
}

/// The kind of figure in a year column.
public enum Measure: String, Sendable, Hashable, Codable {
    case target
    case budget
    case realisation
    case ratio
    case unspecified
}

public struct Column: Sendable, Hashable, Codable {
    public var index: Int
    /// The header texts above this column, outermost first, joined with ` / `.
    public var header: String
    public var role: ColumnRole

    public init(index: Int, header: String, role: ColumnRole) {
        self.index = index
        self.header = header
        self.role = role
    }

    public var year: Int? {
        switch role {
        case .year(let year, _): return year
        case .baseline(let year, _): return year
        default: return nil
        }
    }

    public var measure: Measure? {
        switch role {
        case .year(_, let measure), .baseline(_, let measure), .endOfPeriod(let measure): return measure
        default: return nil
        }
    }
}

/// A column-number row such as `(1) (2) … (13) (15)` or `1 2 3 …`, kept as data because it can be wrong.
public struct ColumnNumberRow: Sendable, Hashable, Codable {
    /// The numbers as read, one per non-blank cell, in order.
    public var numbers: [Int]
    public var cells: [Cell]
    public var line: Int

    public init(numbers: [Int], cells: [Cell], line: Int) {
        self.numbers = numbers
        self.cells = cells
        self.line = line
    }
}

public struct Table: Sendable, Hashable {
    public var caption: TableCaption?
    public var headerRows: [Row]
    public var columnNumberRow: ColumnNumberRow?
    public var columns: [Column]
    public var rows: [Row]
    public var lines: LineSpan
    /// The chapter heading (e.g. `BAB IV`) the table stands under, if known.
    public var chapter: String?
    /// The text form the table was read from.
    public var form: TextForm?

    public init(caption: TableCaption?, headerRows: [Row], columnNumberRow: ColumnNumberRow?, columns: [Column],
                rows: [Row], lines: LineSpan, chapter: String? = nil, form: TextForm? = nil) {
        self.caption = caption
        self.headerRows = headerRows
        self.columnNumberRow = columnNumberRow
        self.columns = columns
        self.rows = rows
        self.lines = lines
        self.chapter = chapter
        self.form = form
    }

    public var displayName: String { caption?.displayName ?? "tabel baris \(lines.first)" }

    /// Whether the columns and rows were reconstructed from the text's spacing (`pdftotext -layout`)
    /// rather than stated by the text (tabs, cells, markup): arithmetic on such a table is trusted only
    /// where other checks of the same table confirm the reading.
    public var readingIsReconstructed: Bool { form == .layoutColumns }

    /// The years of the year columns, ascending and without repeats.
    public var years: [Int] {
        var seen = Set<Int>()
        return columns.compactMap { column -> Int? in
            if case .year(let year, _) = column.role, seen.insert(year).inserted { return year }
            return nil
        }
    }

    public func columns(where predicate: (ColumnRole) -> Bool) -> [Column] { columns.filter { predicate($0.role) } }

    /// Each of `years` with the index of its target column and of its budget column, if it has them. Found
    /// once per table by the plan builders, which read these columns in every row.
    public var yearColumns: [(year: Int, target: Int?, budget: Int?)] {
        years.map { year in
            (year, columns.first { $0.role == .year(year, measure: .target) }?.index,
             columns.first { $0.role == .year(year, measure: .budget) }?.index)
        }
    }

    /// The column with `index`. Columns stand at their own index, so this is a lookup, not a search
    /// (a search per cell would cost cells × columns on a wide table); the search is the fallback.
    public func column(at index: Int) -> Column? {
        if columns.indices.contains(index), columns[index].index == index { return columns[index] }
        return columns.first { $0.index == index }
    }
}
