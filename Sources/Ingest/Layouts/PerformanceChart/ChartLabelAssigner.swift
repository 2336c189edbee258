/// Decides which boxes the labels belong to, only where every reading order of the text gives the same
/// answer. The export prints a row of labels, then the boxes' texts, and scrambles the order across rows,
/// so a label belongs to a box when:
/// - a single label stands on the line right above the box's first line (`INDIKATOR TUJUAN 1` / `Nilai AKIP`);
/// - the last row of labels before some boxes has exactly as many labels as there are boxes (or all the
///   label rows together have), and either all those labels are of one kind, or their roles line up with
///   how the boxes read (a result for an objective, a measure for an indicator). The box's number is
///   decided only when its kind's labels in the group all carry the same number.
/// Anything else stays undecided.
struct ChartLabelAssigner {
    let labels: [ChartLabel]
    /// Lines that end a group of labels and boxes: positions, titles and signatures.
    let separators: Set<Int>

    private enum Event {
        case labelRow([Int])
        case box(Int)
        case separator
    }

    func assign(_ boxes: inout [ChartBox]) -> [ChartPairing] {
        var rows: [[Int]] = []
        var groupBoxes: [Int] = []
        for event in events(boxes) {
            switch event {
            case .labelRow(let row):
                if !groupBoxes.isEmpty { resolve(rows, groupBoxes, &boxes); rows = []; groupBoxes = [] }
                rows.append(row)
            case .box(let index):
                groupBoxes.append(index)
            case .separator:
                resolve(rows, groupBoxes, &boxes)
                rows = []
                groupBoxes = []
            }
        }
        resolve(rows, groupBoxes, &boxes)
        return pairings(boxes)
    }

    private func events(_ boxes: [ChartBox]) -> [Event] {
        var byLine: [(line: Int, order: Int, event: Event)] = []
        var row: [Int] = []
        for (index, label) in labels.enumerated() {
            if let last = row.last, labels[last].line != label.line {
                byLine.append((labels[row[0]].line, 0, .labelRow(row)))
                row = []
            }
            row.append(index)
        }
        if !row.isEmpty { byLine.append((labels[row[0]].line, 0, .labelRow(row))) }
        for (index, box) in boxes.enumerated() { byLine.append((box.span.first, 1, .box(index))) }
        for line in separators { byLine.append((line, 2, .separator)) }
        return byLine.sorted { ($0.line, $0.order) < ($1.line, $1.order) }.map(\.event)
    }

    private func resolve(_ rows: [[Int]], _ group: [Int], _ boxes: inout [ChartBox]) {
        guard let lastRow = rows.last, let firstBox = group.first else { return }
        if lastRow.count == 1, boxes[firstBox].span.first == labels[lastRow[0]].lines.last + 1 {
            decide([firstBox], by: lastRow, &boxes)
        } else if lastRow.count == group.count {
            decide(group, by: lastRow, &boxes)
        } else if rows.joined().count == group.count {
            decide(group, by: Array(rows.joined()), &boxes)
        }
    }

    /// Labels `row` and boxes `group`, in order, one to one.
    private func decide(_ group: [Int], by row: [Int], _ boxes: inout [ChartBox]) {
        let kinds = row.map { labels[$0].kind }
        let oneKind = Set(kinds).count == 1
        for (label, box) in zip(row, group) {
            let role = labels[label].kind.role == .indicator ? ChartLabelRole.indicator : .objective
            if let shapeRole = boxes[box].shape.role {
                guard shapeRole == role else { return }
            } else if !oneKind {
                return
            }
        }
        for (label, box) in zip(row, group) {
            let kind = labels[label].kind
            boxes[box].kind = kind
            let numbers = Set(row.filter { labels[$0].kind == kind }.map { labels[$0].number })
            if numbers.count == 1 { boxes[box].label = label }
        }
    }

    /// An objective or goal box whose label is decided, and the labelled indicator boxes that follow it
    /// with no other box, label row of another kind, position or title between.
    private func pairings(_ boxes: [ChartBox]) -> [ChartPairing] {
        var pairings: [ChartPairing] = []
        let separatorLines = separators.sorted()
        func separated(_ a: ChartBox, _ b: ChartBox) -> Bool {
            // The first separator after `a`: is it before `b`?
            let next = separatorLines.partitioningIndex { $0 > a.span.last }
            return next < separatorLines.count && separatorLines[next] < b.span.first
        }
        for (index, box) in boxes.enumerated() {
            guard box.label != nil, let kind = box.kind, kind.role != .indicator else { continue }
            var indicators: [Int] = []
            var previous = box
            for next in boxes.indices.dropFirst(index + 1) {
                let candidate = boxes[next]
                guard candidate.label != nil, let indicatorKind = candidate.kind, indicatorKind.canMeasure(kind),
                      !separated(previous, candidate) else { break }
                indicators.append(next)
                previous = candidate
            }
            if !indicators.isEmpty { pairings.append(ChartPairing(objective: index, indicators: indicators)) }
        }
        return pairings
    }
}
