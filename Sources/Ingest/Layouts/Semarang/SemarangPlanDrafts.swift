/// An indicator being read: its name line and the targets found so far, by slot.
struct IndicatorDraft {
    var name: String
    var line: Int
    var targets: [Int: Cell]
}

/// A programme, kegiatan or budget line being read, possibly over several physical lines.
struct ItemDraft {
    var code: String
    var level: PlanLevel
    var name: String
    /// Cells left of the figures, by header column.
    var labels: [Int: Cell]
    var lines: [Int]
    /// The target/budget pairs of each physical line, in printed order.
    var figureLines: [[PlanValuePair]] = []
    var indicators: [IndicatorDraft] = []
    /// The indicator whose targets are the row's own targets.
    var primaryIndicator: Int?

    init(code: String, level: PlanLevel, name: String, labels: [Int: Cell], lines: [Int]) {
        self.code = code
        self.level = level
        self.name = name
        self.labels = labels
        self.lines = lines
    }

    /// The row and node under `reading`. An end-of-period pair is the item's own only when every kept
    /// figure stands on its line; an activity printed over two lines closes each line with a partial
    /// sum, so the node gets none and the row's cell shows each line's spelling.
    func finish(_ reader: SemarangPlanTableReader, reading: PlanReading) -> (Row, PlanNode) {
        let slots = reader.slots
        var cells = reader.blankCells(line: lines[0])
        for (column, cell) in labels where column < cells.count { cells[column] = cell }
        var figures = reading.figures
        if let end = slots.endIndex, let only = reading.ends.first, reading.ends.count == 1,
           figures.values.allSatisfy({ $0.line == only.line }) {
            figures[end] = only
        }
        for (slot, pair) in figures {
            if let column = slots.slots[slot].targetColumn, let target = pair.target { cells[column] = target }
            if let column = slots.slots[slot].budgetColumn, let budget = pair.budget { cells[column] = budget }
        }
        if let end = slots.endIndex, figures[end] == nil {
            if let column = slots.slots[end].targetColumn, let joined = Self.joined(reading.ends.compactMap(\.target)) {
                cells[column] = joined
            }
            if let column = slots.slots[end].budgetColumn, let joined = Self.joined(reading.ends.compactMap(\.budget)) {
                cells[column] = joined
            }
        }
        var indicators = indicators
        if let primary = primaryIndicator { indicators[primary].targets = figures.compactMapValues(\.target) }
        let span = LineSpan(lines.min()!, lines.max()!)
        var node = PlanNode(level: level, code: code, name: name,
                            indicators: indicators.map { indicator($0, slots: slots) },
                            budgets: slots.yearIndices.map { YearFigure(year: $0.year, budget: figures[$0.index]?.budget) },
                            baselineBudget: slots.baselineIndex.flatMap { figures[$0]?.budget },
                            endOfPeriodBudget: slots.endIndex.flatMap { figures[$0]?.budget },
                            lines: span, table: reader.tableName)
        if reading.ends.count > 1 {
            node.partialEndOfPeriodBudgets = reading.ends.compactMap { end in
                guard let stated = end.budget else { return nil }
                let slotsOnLine = figures.filter { $0.value.line == end.line && $0.key != slots.endIndex }.map(\.key)
                let years = slots.yearIndices.filter { slotsOnLine.contains($0.index) }.map(\.year)
                return PartialEndOfPeriod(stated: stated, years: years,
                                          includesBaseline: slots.baselineIndex.map(slotsOnLine.contains) ?? false)
            }
        }
        return (Row(cells: cells, lines: span), node)
    }

    private func indicator(_ draft: IndicatorDraft, slots: PlanValueSlots) -> PlanIndicator {
        PlanIndicator(name: draft.name,
                      baseline: slots.baselineIndex.flatMap { draft.targets[$0] },
                      targets: slots.yearIndices.map { YearFigure(year: $0.year, target: draft.targets[$0.index]) },
                      endOfPeriodTarget: slots.endIndex.flatMap { draft.targets[$0] },
                      line: draft.line)
    }

    /// Partial sums printed on separate lines, shown together; they are not one quantity.
    private static func joined(_ cells: [Cell]) -> Cell? {
        guard let first = cells.first else { return nil }
        guard cells.count > 1 else { return first }
        return Cell(text: cells.map(\.text).joined(separator: " / "), line: first.line, lines: cells.flatMap(\.lines))
    }
}

/// What the programme-table reader carries from line to line.
struct PlanReadState {
    /// How far the current line's cells sit right of the header's columns.
    var offset = 0
    var item: ItemDraft?
    /// Items read so far, not yet finished.
    var items: [ItemDraft] = []
    var rows: [(line: Int, row: Row)] = []
    var nodes: [PlanNode] = []
    var uninterpreted: [UninterpretedLine] = []

    mutating func report(_ line: SemarangTabRow, _ reason: String) {
        uninterpreted.append(UninterpretedLine(line: line.line, text: line.filledTexts.joined(separator: " "), reason: reason))
    }

    /// A line the plan cannot use stays in the table as printed, and is reported.
    mutating func keepUnplaced(_ line: SemarangTabRow, _ reason: String) {
        rows.append((line.line, Row(cells: line.cells.indices.map(line.cell), lines: LineSpan(line.line))))
        report(line, reason)
    }

    mutating func stray(_ cells: [Cell], _ reason: String) {
        guard let first = cells.first else { return }
        uninterpreted.append(UninterpretedLine(line: first.line, text: cells.map(\.text).joined(separator: " "), reason: reason))
    }

    /// Sets the current item aside: items are finished together once the table is read, as the years
    /// of their figures depend on the totals of their family.
    mutating func closeItem() {
        guard let item else { return }
        items.append(item)
        self.item = nil
    }

    mutating func finishItems(_ reader: SemarangPlanTableReader) {
        let resolver = PlanReadingResolver(options: PlanReadingOptions(slots: reader.slots), tableName: reader.tableName)
        for (item, resolved) in zip(items, resolver.resolve(items)) {
            for (pair, reason) in resolved.reading.leftOut { stray(pair.cells, reason) }
            for (line, reason) in resolved.doubtful {
                let cells = item.figureLines.joined().filter { $0.line == line }.flatMap(\.cells)
                uninterpreted.append(UninterpretedLine(line: line, text: cells.map(\.text).joined(separator: " "), reason: reason))
            }
            let (row, node) = item.finish(reader, reading: resolved.reading)
            rows.append((item.lines[0], row))
            nodes.append(node)
        }
        items = []
    }
}
