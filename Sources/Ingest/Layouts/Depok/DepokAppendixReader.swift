/// Reads the appendix the Depok export prints after its last chapter: T-C.23 and T-C.24 as long
/// space-separated lines in US number format, each table opened by a line of years
/// (`2016 2017 … 2020 2016 …`) and a column-number row (`(1) (2) … (18)`), with its caption and
/// scattered header words sometimes after the data.
///
/// Rows are read honestly: a row whose number of values matches the template is aligned to its
/// columns; any other row keeps the values it has, in order, and its line is reported as
/// uninterpreted, since nothing in the text says which column a missing value belonged to.
struct DepokAppendixReader {
    struct Output {
        var tables: [Table] = []
        var uninterpreted: [UninterpretedLine] = []
        var warnings: [Localized] = []
        var next: Int
    }

    let source: SourceText

    /// A years line whose next non-blank line is a column-number row starts an appendix table.
    static func startsTable(_ lines: [String], at index: Int) -> Bool {
        guard yearsHeader(lines[index]) != nil else { return false }
        guard let next = lines[(index + 1)...].first(where: { !CellLine.isBlank($0) }) else { return false }
        return columnNumbers(next) != nil
    }

    /// Reads from the years line at 0-based `start` until a chapter heading or the end of the file.
    func read(from start: Int) -> Output {
        var output = Output(next: source.lines.count)
        var draft: AppendixDraft?
        var index = start
        while index < source.lines.count {
            let raw = source.lines[index], line = index + 1
            let text = raw.trimmingWhitespace()
            index += 1
            if text.isEmpty { continue }
            if ProseReader.chapterHeading(text, line: line) != nil {
                output.next = index - 1
                break
            }
            if CellLine.isEmbeddedImage(raw) {
                output.uninterpreted.append(UninterpretedLine(line: line, text: text, reason: CellLine.embeddedImageReason))
                continue
            }
            if let years = Self.yearsHeader(text) {
                if let finished = draft { output.append(finished.finish(source: source)) }
                draft = AppendixDraft(years: years, line: line)
                continue
            }
            guard draft != nil else {
                output.uninterpreted.append(UninterpretedLine(line: line, text: text, reason: "baris lampiran di luar tabel"))
                continue
            }
            draft!.read(text, line: line)
        }
        if let finished = draft { output.append(finished.finish(source: source)) }
        return output
    }

    /// `2016 2017 … 2020 … Anggaran Realisasi`: at least five years, then words only.
    static func yearsHeader(_ text: String) -> (years: [Int], words: [String])? {
        guard let first = text.utf8.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "2") else { return nil }
        let tokens = text.pieces(separatedBy: " ").map(String.init)
        let years = tokens.prefix { YearSpanFinder.year($0) != nil }.compactMap { YearSpanFinder.year($0) }
        let words = Array(tokens.dropFirst(years.count))
        guard years.count >= 5, words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return nil }
        return (years, words)
    }

    /// `(1) (2) (3) …`: the numbers, or nil.
    static func columnNumbers(_ text: String) -> [Int]? {
        let tokens = text.pieces(separatedBy: " ")
        let numbers = tokens.compactMap { token -> Int? in
            guard token.first == "(", token.last == ")" else { return nil }
            return Int(token.dropFirst().dropLast())
        }
        return numbers.count >= 3 && numbers.count == tokens.count ? numbers : nil
    }
}

private extension DepokAppendixReader.Output {
    mutating func append(_ result: AppendixDraft.Result) {
        tables.append(result.table)
        uninterpreted.append(contentsOf: result.uninterpreted)
        warnings.append(contentsOf: result.warnings)
    }
}
