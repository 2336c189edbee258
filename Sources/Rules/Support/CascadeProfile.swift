import Ingest

/// A statement of a plan's cascade: a tujuan, a sasaran, a programme, kegiatan or sub kegiatan, or an
/// indicator of one of them, with where it is printed.
public struct CascadeStatement: Sendable, Hashable {
    /// The statement's level, when the document decides it (a chart box whose label the text leaves open has none).
    public var level: CascadeLevel?
    public var isIndicator: Bool
    public var text: String
    public var line: Int
    public var endLine: Int
    /// The statement as the document labels it (`INDIKATOR SASARAN 2`, `Indikator Tujuan 1`), for messages.
    public var label: String

    public init(level: CascadeLevel?, isIndicator: Bool, text: String, line: Int, endLine: Int? = nil, label: String) {
        self.level = level
        self.isIndicator = isIndicator
        self.text = text
        self.line = line
        self.endLine = max(line, endLine ?? line)
        self.label = label
    }
}

/// A text that names years, with its lines: checked against a plan period the document may only get from
/// another document (a performance tree takes its Renstra's).
public struct DatedText: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var endLine: Int

    public init(text: String, line: Int, endLine: Int) {
        self.text = text
        self.line = line
        self.endLine = endLine
    }
}

/// What one document says about its cascade, kept after the document is dropped so that documents of one
/// run can be compared in pairs: who it is (kind, city, agency, period, signatories), its statements
/// whose level it decides (`statements`), and every text that could be another document's counterpart
/// (`candidates`, which for a chart includes the boxes whose label the text leaves open).
public struct CascadeProfile: Sendable {
    public var path: String
    public var layout: Layout
    public var kind: DocumentKind
    public var city: String?
    public var agency: String?
    public var period: PlanPeriod?
    public var signatories: [Official]
    public var statements: [CascadeStatement]
    public var candidates: [CascadeStatement]
    /// Levels the document speaks of at all: a chart without `SASARAN KEGIATAN` labels says nothing of
    /// kegiatan, so a Renstra's kegiatan are not looked for in it.
    public var levels: Set<CascadeLevel>
    public var datedTexts: [DatedText]
    /// How many tujuan the document has, with the line of the first; nil when it states none.
    public var tujuan: (count: Int, line: Int, names: [String])?
    /// The page of every line the profile names, for a document with pages (a PDF's text).
    private var pages: [Int: Int] = [:]

    /// The page `line` is printed on, for the lines the profile names.
    public func page(ofLine line: Int) -> Int? { pages[line] }

    public init(_ document: RenstraDocument) {
        path = document.path
        layout = document.layout
        kind = document.metadata.kind
        city = document.metadata.city
        agency = document.metadata.agency
        period = document.metadata.period
        if let chart = document.chart {
            signatories = chart.signatories.isEmpty ? document.metadata.signatory.map { [$0] } ?? [] : chart.signatories
            (statements, candidates) = Self.chartStatements(chart)
            levels = Set(chart.labels.compactMap(\.kind.level)).union([.tujuan, .sasaran])
            datedTexts = chart.boxes.filter { !YearSpanFinder.years(in: $0.text).isEmpty }.map {
                DatedText(text: $0.text, line: $0.span.first, endLine: $0.span.last)
            }
            let tujuanLabels = chart.labels.filter { $0.kind.role == .goal }
            let numbers = Set(tujuanLabels.compactMap(\.number))
            tujuan = tujuanLabels.first.map { first in
                (max(numbers.count, statements.filter { $0.level == .tujuan && !$0.isIndicator }.count), first.line,
                 statements.filter { $0.level == .tujuan && !$0.isIndicator }.map(\.text))
            }
        } else {
            signatories = document.metadata.signatory.map { [$0] } ?? []
            statements = GoalStatementReader.statements(in: document) + Self.planStatements(document.plan)
            candidates = statements
            levels = Set(statements.compactMap(\.level))
            datedTexts = []
            let goals = statements.filter { $0.level == .tujuan && !$0.isIndicator }
            tujuan = goals.first.map { (goals.count, $0.line, goals.map(\.text)) }
        }
        if !document.source.pageStartLines.isEmpty {
            let lines = candidates.map(\.line) + statements.map(\.line) + datedTexts.map(\.line) + signatories.map(\.line)
                + [tujuan?.line, period?.line].compactMap { $0 }
            for line in lines { pages[line] = document.source.page(ofLine: line) }
        }
    }

    /// A chart's boxes: those whose level the text decides, and all of them as candidates. A plain
    /// `SASARAN` or `INDIKATOR` takes the level of what the text pairs it with (`SASARAN 1` above
    /// `INDIKATOR SASARAN 1` is a sasaran of the agency).
    private static func chartStatements(_ chart: PerformanceChart) -> ([CascadeStatement], [CascadeStatement]) {
        var levels = chart.boxes.map { $0.kind?.level }
        for pairing in chart.pairings {
            let indicatorLevels = Set(pairing.indicators.compactMap { chart.boxes[$0].kind?.level })
            if levels[pairing.objective] == nil, indicatorLevels.count == 1 { levels[pairing.objective] = indicatorLevels.first }
            for index in pairing.indicators where levels[index] == nil { levels[index] = levels[pairing.objective] }
        }
        var decided: [CascadeStatement] = []
        var all: [CascadeStatement] = []
        for (index, box) in chart.boxes.enumerated() {
            let isIndicator = box.kind.map { $0.role == .indicator } ?? (box.shape == .measure)
            let label = box.label.map { chart.labels[$0].name } ?? box.kind?.words ?? ""
            let statement = CascadeStatement(level: levels[index], isIndicator: isIndicator, text: box.text,
                                             line: box.span.first, endLine: box.span.last, label: label)
            all.append(statement)
            if box.kind != nil, statement.level != nil { decided.append(statement) }
        }
        return (decided, all)
    }

    /// Programmes, kegiatan and sub kegiatan of the plan tables, with their indicators.
    private static func planStatements(_ nodes: [PlanNode]) -> [CascadeStatement] {
        var statements: [CascadeStatement] = []
        for node in nodes.flatMap(\.allNodes) {
            let level: CascadeLevel
            switch node.level {
            case .program: level = .program
            case .kegiatan: level = .kegiatan
            case .subKegiatan: level = .subKegiatan
            default: continue
            }
            statements.append(CascadeStatement(level: level, isIndicator: false, text: node.name, line: node.lines.first,
                                               endLine: node.lines.last, label: level.rawValue))
            for indicator in node.indicators {
                statements.append(CascadeStatement(level: level, isIndicator: true, text: indicator.name, line: indicator.line,
                                                   label: level.rawValue))
            }
        }
        return statements
    }
}
