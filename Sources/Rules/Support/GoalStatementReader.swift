import Ingest

/// Reads a plan's tujuan and sasaran with their indicators, in whatever form it prints them: table cells
/// that name their level (`Tujuan: …`, `Sasaran OPD: …`, `Indikator Tujuan 1: …`, `<b>TUJUAN :</b> …`),
/// indicators in an `INDIKATOR …` column beside a tujuan or sasaran cell and on the rows below it, and
/// lines such as `Tujuan : …` followed by `Indikator 1 : …`. Another plan's statements (`Sasaran
/// RPJMD: …`) are left out; a statement printed twice (Tabel 3.1 and Tabel 4.1) is kept once, where it
/// is first printed.
enum GoalStatementReader {
    /// A cell or line naming its level, or naming a level below sasaran (`Outcome:`, `Indikator Kegiatan:`),
    /// which ends the tujuan or sasaran the indicators beside it belong to.
    enum Prefix: Equatable {
        case statement(level: CascadeLevel?, isIndicator: Bool, text: String, label: String)
        case lowerLevel
    }

    static func statements(in document: RenstraDocument) -> [CascadeStatement] {
        var statements: [CascadeStatement] = []
        // The tujuan or sasaran that unlabelled indicators (`Indikator 1 : …`, an indicator column) belong to.
        var current: CascadeLevel?
        for block in document.blocks {
            switch block {
            case .table(let table):
                current = nil
                statements += tableStatements(table)
            case .paragraph(let paragraph):
                current = add(paragraph.text, line: paragraph.lines.first, context: current, to: &statements)
            case .listItem(let item):
                current = add(item.marker + " " + item.text, line: item.lines.first, context: current, to: &statements)
            case .heading:
                current = nil
            }
        }
        return deduplicated(statements)
    }

    /// Adds the statement a line makes; returns the level later indicator lines belong to.
    private static func add(_ text: String, line: Int, context: CascadeLevel?, to statements: inout [CascadeStatement]) -> CascadeLevel? {
        guard case .statement(let level, let isIndicator, let body, let label)? = prefix(text) else { return nil }
        if isIndicator {
            guard let level = level ?? context else { return nil }
            statements.append(CascadeStatement(level: level, isIndicator: true, text: body, line: line, label: label))
            return context ?? level
        }
        statements.append(CascadeStatement(level: level, isIndicator: false, text: body, line: line, label: label))
        return level
    }

    private static func tableStatements(_ table: Table) -> [CascadeStatement] {
        var statements: [CascadeStatement] = []
        let indicatorColumns = table.columns.filter { $0.header.uppercased().containsLiteral("INDIKATOR") }.map(\.index)
        var current: CascadeLevel?
        for row in table.rows {
            var lowerLevel = false
            var labelled = Set<Int>()
            for (column, cell) in row.cells.enumerated() {
                switch prefix(cell.text) {
                case .statement(let level, let isIndicator, let body, let label)?:
                    labelled.insert(column)
                    if !isIndicator { current = level }
                    guard let level = level ?? current else { continue }
                    statements.append(CascadeStatement(level: level, isIndicator: isIndicator, text: body, line: cell.line,
                                                       endLine: cell.lines.last, label: label))
                case .lowerLevel?:
                    lowerLevel = true
                case nil:
                    continue
                }
            }
            if lowerLevel, labelled.isEmpty { current = nil }
            guard let level = current, !lowerLevel else { continue }
            for column in indicatorColumns where !labelled.contains(column) {
                guard let cell = row[column], !cell.isBlank, cell.quantity == nil else { continue }
                statements.append(CascadeStatement(level: level, isIndicator: true, text: cell.text, line: cell.line,
                                                   endLine: cell.lines.last, label: "indikator \(level.rawValue)"))
            }
        }
        return statements
    }

    /// Reads `Tujuan : …`, `Sasaran OPD: …`, `Indikator Sasaran 2: …`, `Indikator 1 : …` (markup removed).
    static func prefix(_ raw: String) -> Prefix? {
        guard opensWithLevelWord(raw) else { return nil }
        let marked = raw.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") }
        let text = !marked ? raw : raw.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
            .replacingOccurrences(of: "*", with: "")
        guard let colon = text.firstColon, text.distance(from: text.startIndex, to: colon) <= 40 else { return nil }
        let body = text[text.index(after: colon)...].trimmingWhitespaceSubstring()
        let head = text[..<colon].lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { !($0.allSatisfy(\.isNumber)) }
        guard let first = head.first, !body.isEmpty else { return nil }
        let rest = Array(head.dropFirst())
        let label = text[..<colon].trimmingWhitespaceSubstring().description
        switch first {
        case "tujuan", "sasaran":
            guard rest.allSatisfy(ownQualifiers.contains) else { return nil }
            return .statement(level: first == "tujuan" ? .tujuan : .sasaran, isIndicator: false, text: String(body), label: label)
        case "indikator":
            let words = rest.filter { $0 != "kinerja" }
            if words.isEmpty { return .statement(level: nil, isIndicator: true, text: String(body), label: label) }
            if words.count == 1, let level = ["tujuan": CascadeLevel.tujuan, "sasaran": .sasaran][words[0]] {
                return .statement(level: level, isIndicator: true, text: String(body), label: label)
            }
            return lowerLevelWords.contains(words[0]) ? .lowerLevel : nil
        default:
            return lowerLevelWords.contains(first) ? .lowerLevel : nil
        }
    }

    /// The first word of the text (after markup such as `<b>` or `**`, numbering or bullets) is a level
    /// word: every other cell and paragraph, nearly all of a plan, is turned down here on bytes.
    static func opensWithLevelWord(_ text: String) -> Bool {
        var word: [UInt8] = []
        var inTag = false
        for byte in text.utf8 {
            if inTag { inTag = byte != UInt8(ascii: ">"); continue }
            if byte == UInt8(ascii: "<"), word.isEmpty { inTag = true; continue }
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if letter {
                word.append(byte | 0x20)
                if word.count > 12 { return false }
            } else if !word.isEmpty {
                break
            }
        }
        return levelWords.contains(String(decoding: word, as: UTF8.self))
    }

    static let levelWords: Set<String> = lowerLevelWords.union(["tujuan", "sasaran", "indikator"])

    /// Words that may follow `Tujuan` or `Sasaran` when the statement is the plan's own.
    static let ownQualifiers: Set<String> = ["opd", "pd", "renstra", "perangkat", "daerah", "strategis", "jangka", "menengah"]

    static let lowerLevelWords: Set<String> = ["outcome", "output", "program", "kegiatan", "sub", "subkegiatan", "keluaran", "hasil"]

    /// The first printing of each statement; a later one meaning the same at the same level is dropped.
    private static func deduplicated(_ statements: [CascadeStatement]) -> [CascadeStatement] {
        let matcher = CascadeMatcher(statements)
        var kept = Set<Int>()
        for (index, statement) in statements.enumerated() {
            let earlier = matcher.matches(for: statement).contains { candidate in
                candidate.index < index && kept.contains(candidate.index) && candidate.match.means
                    && statements[candidate.index].level == statement.level && statements[candidate.index].isIndicator == statement.isIndicator
            }
            if !earlier { kept.insert(index) }
        }
        return statements.indices.filter(kept.contains).map { statements[$0] }
    }
}
