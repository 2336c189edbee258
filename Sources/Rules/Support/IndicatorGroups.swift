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
    static func groups(_ series: [IndicatorSeries], _ relation: IndicatorRelation)
        -> [(members: [Int], pairs: [(Int, Int)])] {
        let pairs = linkedPairs(series, relation)
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

    /// Every two statements from different tables that `relation` links, as index pairs `i < j` in order.
    static func linkedPairs(_ series: [IndicatorSeries], _ relation: IndicatorRelation) -> [(Int, Int)] {
        // Tables as numbers, and their titles' words once each: the tests run for every candidate pair.
        var tableNumbers: [String: Int] = [:]
        var titleWords: [Set<String>?] = []
        let table = series.map { statement in
            if let number = tableNumbers[statement.table] { return number }
            tableNumbers[statement.table] = tableNumbers.count
            titleWords.append(statement.tableTitle.map(ParallelTables.words))
            return tableNumbers.count - 1
        }
        func parallel(_ i: Int, _ j: Int) -> Bool {
            guard let first = titleWords[table[i]], let second = titleWords[table[j]] else { return false }
            return ParallelTables.areParallel(first, second)
        }
        // `relation` links only statements that share a key, so only those pairs are tested; testing the
        // partners of each `i` in ascending order keeps the pairs in the order of the all-pairs scan.
        let keys = series.map(relation.keys)
        var withKey: [String: [Int]] = [:]
        for (index, keysOfStatement) in keys.enumerated() {
            for key in keysOfStatement { withKey[key, default: []].append(index) }
        }
        var pairs: [(Int, Int)] = []
        for i in series.indices {
            var partners = Set<Int>()
            for key in keys[i] {
                for j in withKey[key]! where j > i && table[i] != table[j] && !parallel(i, j) { partners.insert(j) }
            }
            for j in partners.sorted() where relation.links(series[i], series[j]) { pairs.append((i, j)) }
        }
        return pairs
    }
}

/// How indicator statements from different tables are linked for comparison.
enum IndicatorRelation {
    /// `IndicatorComparison.sameIndicator`.
    case sameIndicator
    /// `IndicatorComparison.similarIndicator`.
    case similarIndicator

    func links(_ a: IndicatorSeries, _ b: IndicatorSeries) -> Bool {
        switch self {
        case .sameIndicator: IndicatorComparison.sameIndicator(a, b)
        case .similarIndicator: IndicatorComparison.similarIndicator(a, b)
        }
    }

    /// Keys two linked statements always have in common. The same indicator has the same core name (equal
    /// full names have equal cores); similar names other than that share at least one core word, as
    /// their shared words are at least 0.7 of all their words.
    func keys(_ statement: IndicatorSeries) -> [String] {
        switch self {
        case .sameIndicator: [statement.key.core]
        case .similarIndicator: [statement.key.core] + statement.key.coreWords.map { " " + $0 }
        }
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

    /// The comparisons, indicator by indicator, among the document's distinct statements that `relation`
    /// links across tables.
    static func byIndicator(in facts: DocumentFacts, _ relation: IndicatorRelation) -> [IndicatorPairs] {
        let series = facts.indicatorSeries(.comparable)
        return IndicatorGroups.groups(series, relation).map { group in
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
