import Ingest

/// One statement of an indicator's yearly targets: an indicator of the programme plan, or a row of a goal,
/// IKU/IKK, performance or appendix table, with its unit and baseline. `IndicatorSeriesReader` reads them.
///
/// A reference that never changes once read: the rules that compare statements copy them into groups and
/// pairs, and a copy then costs one retain instead of one for each of its texts, cells and lists.
final class IndicatorSeries: Sendable {
    /// One year's target as printed.
    struct Point {
        var year: Int
        var cell: Cell
        /// Always a plain number or a percentage with a value: the reader keeps no other cell.
        var quantity: Quantity { cell.quantity! }
        var value: Double { quantity.value! }
    }

    let name: String
    /// The unit column as written (possibly blank), or the plan indicator's unit.
    let unit: String?
    let baseline: Cell?
    let baselineYear: Int?
    /// The numeric targets, in the order of the columns they were read from.
    let points: [Point]
    /// The table the row belongs to: its label, or its caption title when it has none (`Tabel 7.2`,
    /// `Program (Eselon III) : PROGRAM …`, `tabel baris 1559`). Rows of one table share it.
    let table: String
    /// The caption title of that table, when it has one: tables of one pattern about other subjects
    /// (`ParallelTables`) are not compared.
    let tableTitle: String?
    let line: Int
    /// Measured in percent: the unit names percent (how, the reader's selection says), or every target is
    /// written with `%`.
    let isPercent: Bool
    /// What comparing statements reads of each, worked out once when the statement is read for comparison
    /// (statements are compared pairwise); a statement read for its own values works it out if asked.
    private let comparison: Comparison?

    struct Comparison {
        var key: IndicatorKey
        var countUnit: String?
        var years: [Int]
    }

    /// The name reduced for comparison.
    var key: IndicatorKey { comparison?.key ?? IndicatorKey(name) }
    /// A unit other than percent, as written in the unit column or after the target numbers, with the
    /// usual abbreviations spelled out (`org` → `orang`).
    var countUnit: String? { comparison.map(\.countUnit) ?? Self.countUnit(unit: unit, points: points, isPercent: isPercent) }
    /// The years with a target, ascending.
    var years: [Int] { comparison?.years ?? Self.years(of: points) }

    /// `comparable`: whether the statement is read to be compared with others, whose comparison is then
    /// worked out at once.
    init(name: String, unit: String?, baseline: Cell?, baselineYear: Int?, points: [Point], table: String, tableTitle: String? = nil,
         line: Int, isPercent: Bool, comparable: Bool = true) {
        (self.name, self.unit, self.baseline, self.baselineYear) = (name, unit, baseline, baselineYear)
        (self.points, self.table, self.tableTitle, self.line, self.isPercent) = (points, table, tableTitle, line, isPercent)
        comparison = comparable
            ? Comparison(key: IndicatorKey(name), countUnit: Self.countUnit(unit: unit, points: points, isPercent: isPercent),
                         years: Self.years(of: points))
            : nil
    }

    private static func years(of points: [Point]) -> [Int] {
        inYearOrder(points) ? points.map(\.year) : Set(points.map(\.year)).sorted()
    }

    /// Whether the points come in year order, one a year: targets are nearly always read so, and then what is
    /// worked out per year (the years, the last target of each) is the points as they stand.
    static func inYearOrder(_ points: [Point]) -> Bool { zip(points, points.dropFirst()).allSatisfy { $0.year < $1.year } }

    private static func countUnit(unit: String?, points: [Point], isPercent: Bool) -> String? {
        isPercent ? nil : countUnit(written: [unit].compactMap { $0 } + points.compactMap(\.quantity.unit))
    }

    /// The table as a message names it: a label as is, a long caption title shortened and quoted.
    func tableName(_ language: Language) -> String {
        let lower = table.lowercased()
        if lower.hasPrefix("tabel baris ") { return language == .en ? "table at line " + table.dropFirst(12) : table }
        if lower.hasPrefix("tabel ") && table.count <= 20 { return table }
        let short = table.count > 60 ? String(table.prefix(57)).trimmingWhitespace() + "…" : table
        return (language == .en ? "table" : "tabel") + " \"\(short)\""
    }

    /// `Tabel 4.2 (baris 12), Tabel 4.5 (baris 30)`: where other statements stand, for a message.
    static func places(_ statements: [IndicatorSeries]) -> Localized {
        Localized(id: statements.map { "\($0.tableName(.id)) (baris \($0.line))" }.joined(separator: ", "),
                  en: statements.map { "\($0.tableName(.en)) (line \($0.line))" }.joined(separator: ", "))
    }

    private static func countUnit(written: [String]) -> String? {
        guard let text = written.lazy.map(NameNormalizer.normalize).first(where: { !$0.isEmpty }) else { return nil }
        return text.pieces(separatedBy: " ").map { Self.unitAbbreviations[String($0)] ?? String($0) }.joined(separator: " ")
    }

    static let unitAbbreviations = ["org": "orang", "keg": "kegiatan", "kop": "koperasi", "bln": "bulan",
                                    "dok": "dokumen", "lap": "laporan", "pkt": "paket", "thn": "tahun"]

    /// A *persentase* whose targets are counted in another unit (`4 dokumen`, unit `Unit Usaha`)
    /// contradicts itself: its row is misread or miswritten, and comparing it with other tables would
    /// blame the wrong one.
    var contradictsItsName: Bool {
        guard key.full.hasPrefix("persentase ") else { return false }
        let unitsInCells = points.compactMap(\.quantity.unit)
        return countUnit != nil || unitsInCells.contains { !IndicatorKey.isPercentWord($0) }
    }

    /// The target for `year`; the last one where a series states several.
    func target(in year: Int) -> Cell? { points.last { $0.year == year }?.cell }

    func value(_ year: Int) -> Quantity? { target(in: year)?.quantity }
}

/// An indicator name reduced for comparison: normalised words with the spellings of *persentase* unified.
struct IndicatorKey: Hashable {
    /// All words: `persentase koperasi aktif`.
    var full: String
    /// Without a leading `persentase` or `jumlah`: `koperasi aktif`.
    var core: String
    /// The distinct words of `core`, sorted, kept because names are compared pairwise (an array of strings,
    /// most of them short enough to be held inline: a set, or slices of the name, would weigh more).
    var coreWords: [String]
    var leadingWord: String?

    static let percentSpellings: Set<String> = ["persentase", "prosentase", "presentase", "persentasi", "prosentasi", "presentasi"]
    static let measureWords: Set<String> = ["persentase", "jumlah"]

    init(_ name: String) {
        // A normalised name is its words joined by single spaces: it is rebuilt only where another spelling
        // of *persentase* is unified.
        var full = NameNormalizer.normalize(name)
        var words = full.pieces(separatedBy: " ")
        // Every spelling of *persentase* has ten letters: other words are passed over before they are hashed.
        if words.contains(where: { $0.utf8.count == 10 && $0 != "persentase" && Self.percentSpellings.contains(String($0)) }) {
            full = words.map { Self.percentSpellings.contains(String($0)) ? "persentase" : String($0) }.joined(separator: " ")
            words = full.pieces(separatedBy: " ")
        }
        self.full = full
        if let first = words.first, Self.measureWords.contains(String(first)), words.count > 2 {
            leadingWord = String(first)
            core = String(full[words[1].startIndex...])
            words.removeFirst()
        } else {
            leadingWord = nil
            core = full
        }
        words.sort()
        coreWords = words.indices.filter { $0 == 0 || words[$0] != words[$0 - 1] }.map { String(words[$0]) }
    }

    /// How many words two sorted lists of distinct words share, in one pass over both.
    static func sharedCount(_ a: [String], _ b: [String]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    static func isPercentWord(_ unit: String) -> Bool {
        if unit.containsLiteral("%") { return true }
        let words = NameNormalizer.normalize(unit).pieces(separatedBy: " ").map(String.init)
        return words.contains { $0 == "persen" || percentSpellings.contains($0) }
    }
}

extension IndicatorSeries {
    /// The statement's target for `year` as evidence, in its year's column; nil when it has none.
    func evidence(year: Int, _ role: Evidence.Role, facts: DocumentFacts) -> Evidence? {
        target(in: year).map { cell in
            facts.evidence(cell, role, table: table, columnWhere: { columnRole in
                if case .year(year, _) = columnRole { return true }
                return false
            })
        }
    }

    /// The statement's baseline as evidence, in the baseline column.
    func baselineEvidence(_ role: Evidence.Role, facts: DocumentFacts) -> Evidence? {
        baseline.map { cell in
            facts.evidence(cell, role, table: table, columnWhere: { columnRole in
                if case .baseline = columnRole { return true }
                return false
            })
        }
    }

    /// The statement's row when no single cell says what differs (its unit, say).
    func rowEvidence(_ role: Evidence.Role) -> Evidence { Evidence(role: role, line: line, table: table) }
}
