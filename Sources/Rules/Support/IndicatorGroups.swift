import Ingest

/// Sorting indicator statements into the sets that name the same indicator in different tables.
enum IndicatorGroups {
    /// The statements worth comparing. A name given, within one table, to rows with different targets is
    /// generic (`Jumlah Usaha Mikro yang Terfasilitasi` under two sub kegiatan) and is left out
    /// everywhere; a row repeated in one table with the same targets counts once; a statement that
    /// contradicts its own name is left to the values rules.
    static func distinct(_ series: [IndicatorSeries]) -> [IndicatorSeries] {
        var ambiguous = Set<String>()
        var kept: [IndicatorSeries] = []
        var slots: [String: [Int]] = [:]
        for statement in series where !statement.contradictsItsName {
            let slot = statement.table + "\u{1}" + statement.key.full
            if let earlier = slots[slot] {
                let repeated = earlier.contains { index in
                    if case .agree = IndicatorComparison(first: kept[index], second: statement).outcome { return true }
                    return false
                }
                if repeated { continue }
                ambiguous.insert(statement.key.full)
            }
            slots[slot, default: []].append(kept.count)
            kept.append(statement)
        }
        return kept.filter { !ambiguous.contains($0.key.full) }
    }

    /// The statements from at least two tables linked by `related`, in document order, each with the
    /// linked pairs among them (indices into the group).
    static func groups(_ series: [IndicatorSeries], related: (IndicatorSeries, IndicatorSeries) -> Bool)
        -> [(members: [Int], pairs: [(Int, Int)])] {
        let pairs = linkedPairs(series, related: related)
        var sets = DisjointSets(count: series.count)
        for (i, j) in pairs { sets.union(i, j) }
        let groups = sets.groups().filter { $0.count >= 2 }
        var groupOf = [Int?](repeating: nil, count: series.count), positionInGroup = [Int](repeating: 0, count: series.count)
        for (number, members) in groups.enumerated() {
            for (position, member) in members.enumerated() { (groupOf[member], positionInGroup[member]) = (number, position) }
        }
        var pairsOfGroup = [[(Int, Int)]](repeating: [], count: groups.count)
        for (i, j) in pairs { pairsOfGroup[groupOf[i]!].append((positionInGroup[i], positionInGroup[j])) }
        return zip(groups, pairsOfGroup).map { ($0, $1) }
    }

    /// Every two statements from different tables that `related` links, as index pairs `i < j` in order.
    static func linkedPairs(_ series: [IndicatorSeries], related: (IndicatorSeries, IndicatorSeries) -> Bool) -> [(Int, Int)] {
        // Tables as numbers: the test runs for every pair.
        var tableNumbers: [String: Int] = [:]
        let table = series.map { statement in
            if let number = tableNumbers[statement.table] { return number }
            tableNumbers[statement.table] = tableNumbers.count
            return tableNumbers.count - 1
        }
        var pairs: [(Int, Int)] = []
        for i in series.indices {
            for j in series.indices where j > i && table[i] != table[j] && related(series[i], series[j]) {
                pairs.append((i, j))
            }
        }
        return pairs
    }
}

/// The comparisons among the statements of one indicator, with the statements that agree gathered
/// together, so that in a disagreement the odd one out can be told.
struct IndicatorPairs {
    struct Pair {
        var first: Int
        var second: Int
        var outcome: IndicatorComparison.Outcome
    }

    let statements: [IndicatorSeries]
    private(set) var pairs: [Pair] = []
    private var tablesAgreeing: [Int: Set<String>] = [:]
    private var agreeing: DisjointSets

    /// Compares the given pairs of statements (index pairs `i < j`, in order).
    init(_ statements: [IndicatorSeries], linked: [(Int, Int)]) {
        self.statements = statements
        agreeing = DisjointSets(count: statements.count)
        for (i, j) in linked {
            let outcome = IndicatorComparison(first: statements[i], second: statements[j]).outcome
            if case .agree = outcome { agreeing.union(i, j) }
            pairs.append(Pair(first: i, second: j, outcome: outcome))
        }
        for index in statements.indices { tablesAgreeing[agreeing.find(index), default: []].insert(statements[index].table) }
    }

    /// The comparisons, indicator by indicator, among the document's distinct statements that `related`
    /// links across tables.
    static func byIndicator(in document: RenstraDocument, related: (IndicatorSeries, IndicatorSeries) -> Bool) -> [IndicatorPairs] {
        let series = IndicatorGroups.distinct(IndicatorSeriesReader.read(document, .comparable))
        return IndicatorGroups.groups(series, related: related).map { group in
            IndicatorPairs(group.members.map { series[$0] }, linked: group.pairs)
        }
    }

    /// The pair told from the side of the statement to blame in a disagreement: that statement first.
    mutating func withBlamedFirst(_ pair: Pair) -> Pair {
        blamesFirst(pair) ? pair : Pair(first: pair.second, second: pair.first, outcome: pair.outcome.reversed)
    }

    /// Whether to blame the pair's first statement: the side fewer tables agree with differs; on a tie,
    /// the later table.
    private mutating func blamesFirst(_ pair: Pair) -> Bool {
        let weightFirst = tablesAgreeing[agreeing.find(pair.first)]!.count
        let weightSecond = tablesAgreeing[agreeing.find(pair.second)]!.count
        if weightFirst != weightSecond { return weightFirst < weightSecond }
        return statements[pair.first].line > statements[pair.second].line
    }
}

/// Union–find over indices.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var node = index
        while parent[node] != root { (parent[node], node) = (root, parent[node]) }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a), rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// The sets, each sorted, ordered by their smallest index.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for index in parent.indices { byRoot[find(index), default: []].append(index) }
        return byRoot.values.sorted { $0[0] < $1[0] }
    }
}
