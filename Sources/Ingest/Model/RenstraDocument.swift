/// Renstra or its revision (Perubahan Renstra).
public enum DocumentKind: String, Sendable, Codable {
    case renstra
    case perubahanRenstra = "perubahan-renstra"
    case performanceChart = "pohon-kinerja"
    case unknown
}

/// A plan period such as 2025–2029.
public struct PlanPeriod: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    /// The line the period was declared on.
    public var line: Int

    public init(start: Int, end: Int, line: Int) {
        self.start = start
        self.end = end
        self.line = line
    }

    public var years: ClosedRange<Int> { start...end }
}

/// A named official with an NIP (civil-servant number), e.g. the signing head of the agency.
public struct Official: Sendable, Hashable, Codable {
    public var name: String
    public var nip: String?
    /// Rank or position text where printed (`Pembina Utama Muda, IV/c`, `Kepala Dinas`).
    public var position: String?
    public var line: Int

    public init(name: String, nip: String?, position: String? = nil, line: Int) {
        self.name = name
        self.nip = nip
        self.position = position
        self.line = line
    }
}

public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var city: String?
    public var agency: String?
    public var kind: DocumentKind
    public var period: PlanPeriod?
    public var signatory: Official?
    /// The signing date as written (`19 September 2025`) and its line.
    public var date: String?
    public var dateLine: Int?

    public init(city: String? = nil, agency: String? = nil, kind: DocumentKind = .unknown, period: PlanPeriod? = nil,
                signatory: Official? = nil, date: String? = nil, dateLine: Int? = nil) {
        self.city = city
        self.agency = agency
        self.kind = kind
        self.period = period
        self.signatory = signatory
        self.date = date
        self.dateLine = dateLine
    }
}

/// An entry of the list of tables (DAFTAR TABEL) at the front of the document.
public struct TableListEntry: Sendable, Hashable, Codable {
    public var label: String?
    public var numberParts: [String]
    public var title: String
    public var page: String?
    public var line: Int

    public init(label: String?, numberParts: [String], title: String, page: String?, line: Int) {
        self.label = label
        self.numberParts = numberParts
        self.title = title
        self.page = page
        self.line = line
    }
}

/// A line the ingester saw but could not place in the model, reported by `inspect` rather than dropped.
public struct UninterpretedLine: Sendable, Hashable, Codable {
    public var line: Int
    public var text: String
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// A run of numbered labels in a performance chart, e.g. `SASARAN 1 SASARAN 2 … SASARAN 7`.
public struct NumberedLabelRun: Sendable, Hashable, Codable {
    public var label: String
    public var numbers: [Int]
    public var line: Int

    public init(label: String, numbers: [Int], line: Int) {
        self.label = label
        self.numbers = numbers
        self.line = line
    }
}

/// What a performance-chart (pohon kinerja) fragment holds: label runs and named officials.
public struct PerformanceChart: Sendable, Hashable, Codable {
    public var labelRuns: [NumberedLabelRun]
    public var officials: [Official]

    public init(labelRuns: [NumberedLabelRun] = [], officials: [Official] = []) {
        self.labelRuns = labelRuns
        self.officials = officials
    }
}

/// The common model every ingester produces and every rule reads.
public struct RenstraDocument: Sendable {
    public var source: SourceText
    public var layout: Layout
    public var metadata: DocumentMetadata
    public var blocks: [Block]
    public var tableList: [TableListEntry]
    /// The plan hierarchy's top nodes (programmes, or an agency row above them).
    public var plan: [PlanNode]
    public var chart: PerformanceChart?
    public var uninterpreted: [UninterpretedLine]
    /// Notes for the reader, e.g. that the layout was not recognised or the encoding fell back.
    public var warnings: [Localized]

    public init(source: SourceText, layout: Layout, metadata: DocumentMetadata = DocumentMetadata(),
                blocks: [Block] = [], tableList: [TableListEntry] = [], plan: [PlanNode] = [],
                chart: PerformanceChart? = nil, uninterpreted: [UninterpretedLine] = [], warnings: [Localized] = []) {
        self.source = source
        self.layout = layout
        self.metadata = metadata
        self.blocks = blocks
        self.tableList = tableList
        self.plan = plan
        self.chart = chart
        self.uninterpreted = uninterpreted
        self.warnings = warnings
    }

    public var path: String { source.path }

    public var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    public var headings: [Heading] {
        blocks.compactMap { if case .heading(let heading) = $0 { return heading } else { return nil } }
    }

    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { return paragraph } else { return nil } }
    }

    public var listItems: [ListItem] {
        blocks.compactMap { if case .listItem(let item) = $0 { return item } else { return nil } }
    }

    /// Every plan node, depth first.
    public var allPlanNodes: [PlanNode] { plan.flatMap(\.allNodes) }
}
