/// Reads a Semarang programme/funding table (Tabel 6.1) into rows aligned to its header and plan nodes.
///
/// The export shifts cells: some lines carry the four strategy columns (Tujuan … Arah Kebijakan),
/// others start with the code, so every line is realigned to the header by the position of its code
/// (indicator lines by their indicator text; figure-only lines keep the shift of the line above).
/// An activity printed over two lines — 2016–2017 on the coded line, 2018–2021 on the next line, which
/// has figures only — becomes one row and one node keeping both lines. Each coded line closes with its
/// own end-of-period pair; when both lines of an activity carry one, they are partial sums, so the node
/// gets no end-of-period figure and the row's cell shows both spellings. A line with a name in the
/// indicator column only (`<b>Prosentase Akses Pemasaran</b>` and its yearly targets) adds an indicator
/// to the programme above; its targets count for the year whose target or budget column holds them,
/// as such lines carry no budgets. A line of targets only fills the first indicator still without any
/// (the row's own indicator takes the targets paired with its budgets). What fits nowhere is reported
/// as uninterpreted. Which year each pair of an item belongs to is settled once the whole table is
/// read (`PlanReadingResolver`).
struct SemarangPlanTableReader {
    struct Result {
        var rows: [Row] = []
        var nodes: [PlanNode] = []
        var uninterpreted: [UninterpretedLine] = []
    }

    let tableName: String
    let slots: PlanValueSlots
    let codeColumn: Int
    let nameColumn: Int?
    let indicatorColumn: Int?
    let width: Int

    /// Nil unless the columns make a programme table: a code column and yearly budget columns.
    init?(columns: [Column], tableName: String) {
        let slots = PlanValueSlots(columns: columns)
        guard let code = columns.first(where: { $0.role == .code })?.index, slots.hasBudgets else { return nil }
        self.tableName = tableName
        self.slots = slots
        codeColumn = code
        nameColumn = columns.first { $0.role == .label && $0.index > code }?.index
        indicatorColumn = columns.first { $0.role == .indicator }?.index
        width = columns.count
    }

    func read(_ lines: [SemarangTabRow]) -> Result {
        var state = PlanReadState()
        for line in lines {
            switch kind(of: line) {
            case .item(let codeIndex, let level):
                state.closeItem()
                state.offset = codeIndex - codeColumn
                state.item = startItem(line, codeIndex: codeIndex, level: level, state: &state)
            case .indicator(let textIndex):
                state.offset = textIndex - (indicatorColumn ?? textIndex)
                let targets = targetFigures(line, state: &state)
                state.rows.append((line.line, figureRow(line, text: line.cells[textIndex], targets: targets)))
                if state.item == nil {
                    state.report(line, Self.orphanLine)
                } else {
                    state.item?.indicators.append(IndicatorDraft(name: line.cells[textIndex], line: line.line, targets: targets))
                }
            case .figures where line.filledCells.contains(where: \.isAmount):
                guard state.item != nil else { state.keepUnplaced(line, Self.orphanLine); continue }
                continueItem(line, state: &state)
            case .figures:
                let targets = targetFigures(line, state: &state)
                state.rows.append((line.line, figureRow(line, text: nil, targets: targets)))
                if let item = state.item,
                   let index = item.indicators.indices.first(where: { $0 != item.primaryIndicator && item.indicators[$0].targets.isEmpty }) {
                    state.item?.indicators[index].targets = targets
                } else {
                    state.report(line, Self.unnamedTargets)
                }
            case .other:
                state.keepUnplaced(line, Self.unreadableLine)
            }
        }
        state.closeItem()
        state.finishItems(self)
        return Result(rows: state.rows.sorted { $0.line < $1.line }.map(\.row), nodes: state.nodes,
                      uninterpreted: state.uninterpreted)
    }

    // MARK: - Lines

    enum LineKind { case item(codeIndex: Int, level: PlanLevel), indicator(textIndex: Int), figures, other }

    func kind(of line: SemarangTabRow) -> LineKind {
        if let codeIndex = line.cells.firstIndex(where: Self.isPlanCode),
           let level = PlanLevelClassifier.level(forCode: line.cells[codeIndex]) {
            return .item(codeIndex: codeIndex, level: level)
        }
        guard let first = line.cells.indices.first(where: { !line.isBlank($0) }) else { return .other }
        if line.cell(first).quantity == nil { return indicatorColumn == nil ? .other : .indicator(textIndex: first) }
        return line.filledCells.allSatisfy { $0.quantity != nil } ? .figures : .other
    }

    /// `1.2.11.1.2.11.01.18.016`: five or more numeric parts, not an amount grouped by thousands.
    static func isPlanCode(_ text: String) -> Bool {
        let parts = text.pieces(separatedBy: ".", omittingEmptySubsequences: false)
        guard parts.count >= 5, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
        return !parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The line's non-blank cells with the column they have under the header.
    func aligned(_ line: SemarangTabRow, offset: Int) -> [(column: Int, cell: Cell)] {
        line.cells.indices.filter { !line.isBlank($0) }.map { ($0 - offset, line.cell($0)) }
    }

    private func startItem(_ line: SemarangTabRow, codeIndex: Int, level: PlanLevel, state: inout PlanReadState) -> ItemDraft {
        let code = line.cells[codeIndex]
        var labels: [Int: Cell] = [:]
        var figures: [(column: Int, cell: Cell)] = []
        for (column, cell) in aligned(line, offset: state.offset) {
            if column < 0 || column >= width {
                state.stray([cell], PlanReading.outsideColumns)
            } else if column < slots.firstColumn {
                labels[column] = cell
            } else {
                figures.append((column, cell))
            }
        }
        let nameCell = nameColumn.flatMap { labels[$0] }
        var item = ItemDraft(code: code, level: level, name: nameCell?.text ?? "", labels: labels, lines: [line.line])
        if let indicator = indicatorColumn.flatMap({ labels[$0] }) {
            item.indicators.append(IndicatorDraft(name: indicator.text, line: line.line, targets: [:]))
            item.primaryIndicator = 0
        }
        // A programme name printed left of its code pushes its indicator into the name column.
        let leftOfCode = labels.filter { $0.key < codeColumn }.sorted { $0.key < $1.key }.map(\.value)
        if let programme = leftOfCode.first(where: { PlanLevelClassifier.level(forLabel: $0.text) != nil }) {
            if let nameCell { item.indicators.append(IndicatorDraft(name: nameCell.text, line: line.line, targets: [:])) }
            item.name = programme.text
        }
        item.figureLines.append(slots.pairs(figures))
        return item
    }

    private func continueItem(_ line: SemarangTabRow, state: inout PlanReadState) {
        guard var item = state.item else { return }
        let cells = aligned(line, offset: state.offset)
        let figures = cells.filter { $0.column >= slots.firstColumn }
        let ignored = cells.filter { $0.column < slots.firstColumn }
        if !ignored.isEmpty { state.stray(ignored.map(\.cell), PlanReading.outsideColumns) }
        item.lines.append(line.line)
        item.figureLines.append(slots.pairs(figures))
        state.item = item
    }

    /// Targets of an indicator or target-only line: whatever stands in a year's target or budget column.
    private func targetFigures(_ line: SemarangTabRow, state: inout PlanReadState) -> [Int: Cell] {
        var targets: [Int: Cell] = [:]
        for (column, cell) in aligned(line, offset: state.offset) where cell.quantity != nil {
            guard let slot = slots.index(anyColumn: column) else { state.stray([cell], PlanReading.outsideColumns); continue }
            guard targets[slot] == nil else { state.stray([cell], PlanReading.secondFigure); continue }
            targets[slot] = cell
        }
        return targets
    }

    private func figureRow(_ line: SemarangTabRow, text: String?, targets: [Int: Cell]) -> Row {
        var cells = blankCells(line: line.line)
        if let text, let column = indicatorColumn { cells[column] = Cell(text: text, line: line.line) }
        for (slot, cell) in targets {
            if let column = slots.slots[slot].targetColumn ?? slots.slots[slot].budgetColumn { cells[column] = cell }
        }
        return Row(cells: cells, lines: LineSpan(line.line))
    }

    func blankCells(line: Int) -> [Cell] { Array(repeating: Cell(text: "", line: line), count: width) }

    static let orphanLine = "baris lanjutan tanpa program atau kegiatan di atasnya"
    static let unnamedTargets = "target tanpa nama indikator; semua indikator di atasnya sudah bertarget"
    static let unreadableLine = "baris tabel program tanpa kode, indikator, atau angka"
}
