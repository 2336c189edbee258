import Foundation
import Ingest

/// What several rules read from one document, each worked out once on first use: the figures on the
/// prose source lines, the prose passages with their tokens, and the indicator statements.
/// `RuleRunner.run` makes one per document and hands it to every rule through `RuleContext`, so a
/// prose line is tokenised once however many rules look at it. Rules run on several threads, so each
/// fact has its own lock: a rule waits only for the fact it asks for, not for another being worked out.
final class DocumentFacts: @unchecked Sendable {
    // Sendable by hand: each cache below is read and filled only while holding its own lock.
    let document: RenstraDocument
    private let proseLock = NSLock()
    private var proseLinesCache: [Int]?
    private var quantitiesByLine: [Int: [Quantity]] = [:]
    private let proseGroupsCache = WorkedOutOnce<[ProseGroup]>()
    private let prosePassagesCache = WorkedOutOnce<[ProsePassage]>()
    private let tokensLock = NSLock()
    private var tokensByPart: [Int: [ProseToken]] = [:]
    private let comparableSeriesCache = WorkedOutOnce<[IndicatorSeries]>()
    private let ownValueSeriesCache = WorkedOutOnce<[IndicatorSeries]>()
    private let nomenclatureCache = WorkedOutOnce<NomenclatureReview>()
    private let cellPlacesLock = NSLock()
    private var cellPlacesByTable: [String: TableCellPlaces] = [:]

    init(_ document: RenstraDocument) {
        self.document = document
    }

    /// Every quantity on the source lines of the document's prose (headings, paragraphs, list items)
    /// and of the lines the ingester could not place, in line order.
    /// `include` lets a rule skip lines that cannot hold what it looks for; lines it accepts are
    /// tokenised once for all rules.
    func proseQuantities(where include: (String) -> Bool = { _ in true }) -> [TextQuantities.Occurrence] {
        proseLock.withLock {
            proseLinesLocked().flatMap { line -> [TextQuantities.Occurrence] in
                let text = document.source.line(line)
                guard include(text) else { return [] }
                let quantities: [Quantity]
                if let known = quantitiesByLine[line] {
                    quantities = known
                } else {
                    quantities = TextQuantities.quantities(in: text)
                    quantitiesByLine[line] = quantities
                }
                return quantities.map { TextQuantities.Occurrence(quantity: $0, line: line) }
            }
        }
    }

    private func proseLinesLocked() -> [Int] {
        if let proseLinesCache { return proseLinesCache }
        var lines = Set<Int>()
        for block in document.blocks {
            if case .table = block { continue }
            lines.formUnion(block.lines.first...block.lines.last)
        }
        lines.formUnion(document.uninterpreted.map(\.line))
        let sorted = lines.sorted()
        proseLinesCache = sorted
        return sorted
    }

    /// The document's prose in groups (see `ProseGroups`).
    var proseGroups: [ProseGroup] {
        proseGroupsCache.value { ProseGroups.groups(in: document) }
    }

    /// The indicator statements of the document as `selection` reads them; for `.comparable`, only the
    /// distinct ones (see `IndicatorGroups.distinct`), as the cross-table rules compare.
    func indicatorSeries(_ selection: IndicatorSeriesReader.Selection) -> [IndicatorSeries] {
        switch selection {
        case .comparable:
            return comparableSeriesCache.value { IndicatorGroups.distinct(IndicatorSeriesReader.read(document, .comparable)) }
        case .ownValues:
            return ownValueSeriesCache.value { IndicatorSeriesReader.read(document, .ownValues) }
        }
    }

    /// The document's running text joined into passages over wrapped lines (see `ProsePassages`).
    var prosePassages: [ProsePassage] {
        prosePassagesCache.value { ProsePassages.passages(in: document) }
    }

    /// The plan's programmes, kegiatan and sub kegiatan against the official lists (`NomenclatureReview`).
    var nomenclature: NomenclatureReview {
        nomenclatureCache.value { NomenclatureReview(document) }
    }

    /// Where the cells of the tables named `table` stand (see `TableCellPlaces`), indexed on first use.
    func cellPlaces(inTable table: String) -> TableCellPlaces {
        cellPlacesLock.withLock {
            if let known = cellPlacesByTable[table] { return known }
            let places = TableCellPlaces(document.tables.filter { $0.displayName == table })
            cellPlacesByTable[table] = places
            return places
        }
    }

    /// The tokens of one part of `proseGroups`.
    func tokens(of part: ProseGroup.Part) -> [ProseToken] {
        tokensLock.withLock {
            if let known = tokensByPart[part.index] { return known }
            let tokens = ProseTokenizer.tokens(part.text)
            tokensByPart[part.index] = tokens
            return tokens
        }
    }
}

extension DocumentFacts {
    /// The facts that cost a large plan the most, which several rules read: `RuleRunner` works out those its
    /// rules need side by side before the rules start, so that two rules asking for one of them at once
    /// do not leave a thread waiting.
    enum SharedFact: Sendable, CaseIterable {
        case nomenclature
        case comparableSeries
        case ownValueSeries
    }

    func workOut(_ fact: SharedFact) {
        switch fact {
        case .nomenclature: _ = nomenclature
        case .comparableSeries: _ = indicatorSeries(.comparable)
        case .ownValueSeries: _ = indicatorSeries(.ownValues)
        }
    }
}

/// A rule that reads shared facts of `DocumentFacts` costly to work out, named so that the runner works them
/// out first (`DocumentFacts.SharedFact`). A rule that reads one without saying so still gets it, later.
protocol ReadsSharedFacts {
    static var sharedFacts: [DocumentFacts.SharedFact] { get }
}

/// A rule among those that take the longest on a large plan (every budget or figure of every row read and
/// related; measured on a programme table of 20,000 sub kegiatan), which the runner starts before the other
/// rules: started late, it would run alone at the end while the other threads wait.
protocol TakesLongOnLargePlans {}

extension RuleContext {
    /// The facts of `document` shared by the rules of one run, or fresh ones for a rule checked on its own.
    func facts(of document: RenstraDocument) -> DocumentFacts {
        sharedFacts ?? DocumentFacts(document)
    }
}
