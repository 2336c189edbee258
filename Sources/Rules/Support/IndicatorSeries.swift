import Ingest

/// One statement of an indicator's targets: a row of a goal, IKU/IKK, performance or appendix table,
/// or an indicator of the programme plan, with its unit, baseline and target for each year.
struct IndicatorSeries {
    var name: String
    var key: IndicatorKey
    var unit: String?
    var baseline: Cell?
    var baselineYear: Int?
    /// Targets by year: only cells that state a number.
    var targets: [Int: Cell]
    /// The table the row belongs to: its label, or its caption title when it has none (`Tabel 7.2`,
    /// `Program (Eselon III) : PROGRAM …`, `tabel baris 1559`). Rows of one table share it.
    var table: String
    var line: Int

    /// The table as a message names it: a label as is, a long caption title shortened and quoted.
    func tableName(_ language: Language) -> String {
        let lower = table.lowercased()
        if lower.hasPrefix("tabel baris ") { return language == .en ? "table at line " + table.dropFirst(12) : table }
        if lower.hasPrefix("tabel ") && table.count <= 20 { return table }
        let short = table.count > 60 ? String(table.prefix(57)).trimmingWhitespace() + "…" : table
        return (language == .en ? "table" : "tabel") + " \"\(short)\""
    }

    /// The unit says percent (`%`, `Persen (%)`, `Prosentase`), or every target is written with `%`.
    var isPercent: Bool {
        if let unit, IndicatorKey.isPercentWord(unit) { return true }
        let kinds = targets.values.compactMap(\.quantity?.kind)
        return !kinds.isEmpty && kinds.allSatisfy { $0 == .percent }
    }

    /// A unit other than percent, as written in the unit column or after the target numbers, with the
    /// usual abbreviations spelled out (`org` → `orang`).
    var countUnit: String? {
        guard !isPercent else { return nil }
        let written = [unit].compactMap { $0 } + targets.values.compactMap { $0.quantity?.unit }
        guard let text = written.map(NameNormalizer.normalize).first(where: { !$0.isEmpty }) else { return nil }
        return text.split(separator: " ").map { Self.unitAbbreviations[String($0)] ?? String($0) }.joined(separator: " ")
    }

    static let unitAbbreviations = ["org": "orang", "keg": "kegiatan", "kop": "koperasi", "bln": "bulan",
                                    "dok": "dokumen", "lap": "laporan", "pkt": "paket", "thn": "tahun"]

    var years: [Int] { targets.keys.sorted() }

    /// A *persentase* whose targets are counted in another unit (`4 dokumen`, unit `Unit Usaha`)
    /// contradicts itself: its row is misread or miswritten, and comparing it with other tables would
    /// blame the wrong one.
    var contradictsItsName: Bool {
        guard key.full.hasPrefix("persentase ") else { return false }
        let unitsInCells = targets.values.compactMap { $0.quantity?.unit }
        return countUnit != nil || unitsInCells.contains { !IndicatorKey.isPercentWord($0) }
    }

    func value(_ year: Int) -> Quantity? { targets[year]?.quantity }
}

/// An indicator name reduced for comparison: normalised words with the spellings of *persentase* unified.
struct IndicatorKey: Hashable {
    /// All words: `persentase koperasi aktif`.
    var full: String
    /// Without a leading `persentase` or `jumlah`: `koperasi aktif`.
    var core: String
    var leadingWord: String?

    static let percentSpellings: Set<String> = ["persentase", "prosentase", "presentase", "persentasi", "prosentasi", "presentasi"]
    static let measureWords: Set<String> = ["persentase", "jumlah"]

    init(_ name: String) {
        var words = NameNormalizer.normalize(name).split(separator: " ").map(String.init)
        words = words.map { Self.percentSpellings.contains($0) ? "persentase" : $0 }
        full = words.joined(separator: " ")
        if let first = words.first, Self.measureWords.contains(first), words.count > 2 {
            leadingWord = first
            core = words.dropFirst().joined(separator: " ")
        } else {
            leadingWord = nil
            core = full
        }
    }

    static func isPercentWord(_ unit: String) -> Bool {
        if unit.contains("%") { return true }
        let words = NameNormalizer.normalize(unit).split(separator: " ").map(String.init)
        return words.contains { $0 == "persen" || percentSpellings.contains($0) }
    }
}

enum IndicatorSeriesCollector {
    /// Every indicator row with at least one numeric target, from the plan and from the tables the plan
    /// was not read from.
    static func collect(_ document: RenstraDocument) -> [IndicatorSeries] {
        var series: [IndicatorSeries] = []
        var planLines = Set<Int>()
        for node in document.allPlanNodes {
            planLines.formUnion(node.lines.first...node.lines.last)
            for indicator in node.indicators {
                let targets = numericCells(indicator.targets.compactMap { figure in figure.target.map { (figure.year, $0) } })
                guard !targets.isEmpty, let name = cleanName(indicator.name) else { continue }
                series.append(IndicatorSeries(name: name, key: IndicatorKey(name), unit: indicator.unit,
                                              baseline: indicator.baseline, baselineYear: nil, targets: targets,
                                              table: node.table, line: indicator.line))
            }
        }
        for table in document.tables where !table.rows.contains(where: { planLines.contains($0.lines.first) }) {
            series += rows(of: table)
        }
        return series
    }

    /// Rows of a table with an indicator column and target year columns.
    static func rows(of table: Table) -> [IndicatorSeries] {
        guard let indicatorColumn = table.columns.first(where: { $0.role == .indicator })?.index else { return [] }
        let yearColumns = targetColumns(table)
        guard !yearColumns.isEmpty else { return [] }
        let unitColumn = table.columns.first { $0.role == .unit }?.index
        let baselineColumn = table.columns.first { column in
            if case .baseline(_, let measure) = column.role { return measure != .budget }
            return false
        }
        let tableName = table.caption?.label ?? table.displayName
        return table.rows.compactMap { row -> IndicatorSeries? in
            guard let cell = row[indicatorColumn], cell.quantity == nil, let name = cleanName(cell.text) else { return nil }
            let targets = numericCells(yearColumns.compactMap { year, column in row[column].map { (year, $0) } })
            guard !targets.isEmpty else { return nil }
            let baseline = baselineColumn.flatMap { row[$0.index] }.flatMap { $0.quantity?.value == nil ? nil : $0 }
            return IndicatorSeries(name: name, key: IndicatorKey(name), unit: unitColumn.flatMap { row[$0]?.text },
                                   baseline: baseline, baselineYear: baselineColumn?.year, targets: targets,
                                   table: tableName, line: cell.line)
        }
    }

    /// Year columns holding targets: the target sub-column where a year has target and budget,
    /// and no realisation, ratio or budget columns.
    static func targetColumns(_ table: Table) -> [(year: Int, column: Int)] {
        var chosen: [Int: (column: Int, measure: Measure)] = [:]
        for column in table.columns {
            guard case .year(let year, let measure) = column.role, measure == .target || measure == .unspecified else { continue }
            if let existing = chosen[year], existing.measure == .target || measure != .target { continue }
            chosen[year] = (column.index, measure)
        }
        return chosen.map { ($0.key, $0.value.column) }.sorted { $0.year < $1.year }
    }

    private static func numericCells(_ cells: [(Int, Cell)]) -> [Int: Cell] {
        var result: [Int: Cell] = [:]
        for (year, cell) in cells {
            guard let quantity = cell.quantity, quantity.value != nil, quantity.kind != .money else { continue }
            result[year] = cell
        }
        return result
    }

    /// `IKU: Persentase …`, `Indikator Sasaran 1: Persentase …` → `Persentase …`; nil for an empty name.
    static func cleanName(_ text: String) -> String? {
        var name = MarkupStripper.strip(text).trimmingWhitespace()
        if let colon = name.firstIndex(of: ":"), name.distance(from: name.startIndex, to: colon) <= 30 {
            let prefix = NameNormalizer.normalize(String(name[..<colon]))
            let labels = ["indikator", "iku", "ikk", "tujuan", "sasaran", "outcome", "output", "ik"]
            if labels.contains(where: { prefix == $0 || prefix.hasPrefix($0 + " ") }) {
                name = String(name[name.index(after: colon)...]).trimmingWhitespace()
            }
        }
        return NameNormalizer.normalize(name).split(separator: " ").count >= 2 ? name : nil
    }
}
