/// A CSV or TSV file (a SIPD export, a spreadsheet saved as text): the whole file is one table whose first
/// record is the header. Fields follow RFC 4180: quoted fields may hold separators, doubled quotes and
/// line breaks; each cell keeps the line its field starts on.
public struct DelimitedTokenizer: TableTokenizer {
    public let form = TextForm.delimited
    /// The separators tried, in order of preference when counts tie.
    static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
    /// How many leading records decide whether a text is delimited.
    static let sampleRecords = 20

    public init() {}

    public func drafts(in source: SourceText) -> [TableDraft] {
        guard let separator = Self.separator(of: source) else { return [] }
        let records = Self.records(of: source, separator: separator)
        guard let last = records.last?.cells.last?.line else { return [] }
        return [TableDraft(form: form, caption: nil, lines: records, linesAreRows: true, span: LineSpan(1, last),
                           headerLineCount: 1)]
    }

    /// The separator that splits the first records into the same number of fields (three or more), or nil
    /// when the text is not delimited.
    public static func separator(of source: SourceText) -> UInt8? {
        var best: (separator: UInt8, fields: Int)?
        for separator in separators {
            let sample = Array(records(of: source, separator: separator, limit: sampleRecords))
            guard let fields = sample.first?.cells.count, fields >= 3 else { continue }
            let agreeing = sample.count { $0.cells.count == fields }
            guard agreeing * 10 >= sample.count * 9, fields > (best?.fields ?? 0) else { continue }
            best = (separator, fields)
        }
        return best?.separator
    }

    /// The records of the text, at most `limit`.
    static func records(of source: SourceText, separator: UInt8, limit: Int = .max) -> [DraftLine] {
        var records: [DraftLine] = []
        var reader = FieldReader(separator: separator)
        for (index, line) in source.lines.enumerated() {
            guard records.count < limit else { break }
            if let record = reader.read(line, number: index + 1), !record.cells.allSatisfy({ $0.text.isEmpty }) {
                records.append(record)
            }
        }
        if let record = reader.finish(), records.count < limit { records.append(record) }
        return records
    }
}

/// Reads fields line by line, carrying a quoted field over line breaks.
struct FieldReader {
    let separator: UInt8
    private var cells: [DraftCell] = []
    private var field: [UInt8] = []
    private var fieldLine = 0
    private var recordLine = 0
    private var inQuotes = false

    init(separator: UInt8) { self.separator = separator }

    /// Reads one line; returns the record it completes, if any.
    mutating func read(_ line: String, number: Int) -> DraftLine? {
        if !inQuotes {
            recordLine = number
            fieldLine = number
        } else {
            field.append(UInt8(ascii: "\n"))
        }
        var bytes = Array(line.utf8)
        if recordLine == 1, number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") && field.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                field = []
                inQuotes = true
            } else if byte == separator {
                closeField(nextLine: number)
            } else {
                field.append(byte)
            }
            index += 1
        }
        guard !inQuotes else { return nil }
        closeField(nextLine: number)
        defer { cells = [] }
        return DraftLine(line: recordLine, cells: cells)
    }

    /// The record left open by a quote that never closed.
    mutating func finish() -> DraftLine? {
        guard inQuotes else { return nil }
        inQuotes = false
        closeField(nextLine: fieldLine)
        defer { cells = [] }
        return DraftLine(line: recordLine, cells: cells)
    }

    private mutating func closeField(nextLine: Int) {
        let text = String(decoding: field, as: UTF8.self).whitespaceSeparatedWords().joined(separator: " ")
        cells.append(DraftCell(text: text, line: fieldLine, column: cells.count))
        field = []
        fieldLine = nextLine
    }
}
