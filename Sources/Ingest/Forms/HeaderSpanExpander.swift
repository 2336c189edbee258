/// Aligns header rows whose merged cells are written once, so each row has as many texts as the
/// table has columns and `ColumnClassifier` can read every column's stacked header.
///
/// Rows are aligned from the bottom up. The row below decides where a shorter row's cells go:
/// above a blank cell below sits a vertically merged header (`No`, `INDIKATOR …` over the blank
/// cells of the `TARGET`/`Rp.` row), one to one, from the left and from the right; the cells in
/// between share the remaining columns evenly (`TAHUN 2022` over `TARGET`, `Rp.`). When the split
/// is not even, the row is left unaligned rather than guessed.
enum HeaderSpanExpander {
    struct Result {
        /// One row of `width` texts per header row, top first; a spanning text repeats over its columns.
        var grid: [[String]]
        /// Indices of the header rows that could not be aligned (their grid rows are blank).
        var unaligned: [Int]
    }

    private struct Group {
        var columns: Range<Int>
        var text: String
    }

    static func expand(_ rows: [[String]], width: Int) -> Result {
        var grid = Array(repeating: Array(repeating: "", count: width), count: rows.count)
        var unaligned: [Int] = []
        guard let leaf = rows.last else { return Result(grid: grid, unaligned: unaligned) }
        guard leaf.count == width else {
            return Result(grid: grid, unaligned: Array(rows.indices))
        }
        var below = leaf.enumerated().map { Group(columns: $0.offset..<($0.offset + 1), text: $0.element) }
        fill(&grid[rows.count - 1], with: below)
        for rowIndex in rows.indices.dropLast().reversed() {
            guard let groups = align(rows[rowIndex], over: below) else {
                unaligned.append(contentsOf: 0...rowIndex)
                break
            }
            fill(&grid[rowIndex], with: groups)
            below = groups
        }
        return Result(grid: grid, unaligned: unaligned.sorted())
    }

    private static func align(_ texts: [String], over below: [Group]) -> [Group]? {
        if texts.count == below.count {
            return zip(texts, below).map { Group(columns: $1.columns, text: $0) }
        }
        guard texts.count < below.count, !texts.isEmpty else { return nil }
        let blank = below.map { $0.text.allSatisfy(\.isWhitespace) }
        let leading = min(blank.prefix { $0 }.count, texts.count)
        let trailing = min(blank.reversed().prefix { $0 }.count, texts.count - leading, below.count - leading)
        let middleTexts = texts.count - leading - trailing
        let middleGroups = below.count - leading - trailing
        guard middleTexts > 0, middleGroups % middleTexts == 0 else { return nil }
        let share = middleGroups / middleTexts
        var groups: [Group] = []
        for index in 0..<leading { groups.append(Group(columns: below[index].columns, text: texts[index])) }
        for index in 0..<middleTexts {
            let first = below[leading + index * share], last = below[leading + (index + 1) * share - 1]
            groups.append(Group(columns: first.columns.lowerBound..<last.columns.upperBound, text: texts[leading + index]))
        }
        for index in 0..<trailing {
            let group = below[below.count - trailing + index]
            groups.append(Group(columns: group.columns, text: texts[texts.count - trailing + index]))
        }
        return groups
    }

    private static func fill(_ row: inout [String], with groups: [Group]) {
        for group in groups {
            for column in group.columns { row[column] = group.text }
        }
    }
}
