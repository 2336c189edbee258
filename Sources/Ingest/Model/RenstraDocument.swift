/// What kind of planning document a text is, as its title page says.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// Rencana Strategis Perangkat Daerah: an agency's five-year plan.
    case renstra
    /// A revision of a Renstra (Perubahan Renstra).
    case perubahanRenstra = "perubahan-renstra"
    /// Rencana Pembangunan Jangka Menengah Daerah: the region's five-year plan (or the Perda enacting it).
    case rpjmd
    /// Rencana Pembangunan Jangka Panjang Daerah: the region's twenty-year plan.
    case rpjpd
    /// Rencana Kerja Pemerintah Daerah: the region's plan for one year.
    case rkpd
    /// Rencana Kerja Perangkat Daerah: an agency's plan for one year.
    case renja
    /// Laporan Kinerja Instansi Pemerintah (LKjIP, formerly LAKIP): the report on one year.
    case lkjip
    case performanceChart = "pohon-kinerja"
    case unknown

    /// A plan or report for one year, which cites the multi-year plan it belongs to.
    public var coversOneYear: Bool { self == .rkpd || self == .renja || self == .lkjip }

    /// A twenty-year plan, whose tables give targets by five-year stage rather than by year.
    public var isLongTerm: Bool { self == .rpjpd }

    /// The name a reviewer uses, in Indonesian or English.
    public func name(english: Bool) -> String {
        switch self {
        case .renstra: return "Renstra"
        case .perubahanRenstra: return english ? "Revised Renstra (Perubahan)" : "Perubahan Renstra"
        case .rpjmd: return "RPJMD"
        case .rpjpd: return "RPJPD"
        case .rkpd: return "RKPD"
        case .renja: return "Renja"
        case .lkjip: return "LKjIP"
        case .performanceChart: return english ? "Performance chart (pohon kinerja)" : "Pohon kinerja"
        case .unknown: return english ? "unknown" : "tidak diketahui"
        }
    }
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
    /// The region: `Kota Semarang`, `Kabupaten Jember`, `Provinsi Daerah Khusus Ibukota Jakarta`.
    public var city: String?
    public var agency: String?
    public var kind: DocumentKind
    /// The document's own period: five years for a Renstra or RPJMD, twenty for an RPJPD, one for a
    /// Renja, RKPD or LKjIP.
    public var period: PlanPeriod?
    /// For a one-year document, the period of the Renstra or RPJMD it cites (`Renstra 2021–2026`).
    public var citedPeriod: PlanPeriod?
    /// A year after the period that the document itself calls a transition year (`tahun 2030 sebagai
    /// tahun transisi`, Inmendagri 2/2025).
    public var transitionYear: Int?
    public var signatory: Official?
    /// The signing date as written (`19 September 2025`) and its line.
    public var date: String?
    public var dateLine: Int?

    public init(city: String? = nil, agency: String? = nil, kind: DocumentKind = .unknown, period: PlanPeriod? = nil,
                citedPeriod: PlanPeriod? = nil, transitionYear: Int? = nil,
                signatory: Official? = nil, date: String? = nil, dateLine: Int? = nil) {
        self.city = city
        self.agency = agency
        self.kind = kind
        self.period = period
        self.citedPeriod = citedPeriod
        self.transitionYear = transitionYear
        self.signatory = signatory
        self.date = date
        self.dateLine = dateLine
    }

    /// The multi-year period plan tables and period mentions are judged against: the document's own,
    /// or for a one-year document the period of the plan it cites.
    public var planPeriod: PlanPeriod? {
        guard let period else { return citedPeriod }
        return period.start == period.end ? citedPeriod : period
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

/// The common model every ingester produces and every rule reads.
public struct RenstraDocument: Sendable {
    public var source: SourceText
    public var layout: Layout
    public var metadata: DocumentMetadata
    public var blocks: [Block] { didSet { tablesView = WorkedOutOnce() } }
    public var tableList: [TableListEntry]
    /// The plan hierarchy's top nodes (programmes, or an agency row above them).
    public var plan: [PlanNode] { didSet { planNodesView = WorkedOutOnce() } }
    public var chart: PerformanceChart?
    public var uninterpreted: [UninterpretedLine]
    /// Notes for the reader, e.g. that the layout was not recognised or the encoding fell back.
    public var warnings: [Localized]
    /// The tables and the flattened plan, worked out on first use: every rule asks for them, and a large
    /// plan would otherwise be flattened and copied once per rule. Replaced (emptied) whenever the blocks
    /// or the plan change, so a copy of the document never sees another's views.
    private var tablesView = WorkedOutOnce<[Table]>()
    private var planNodesView = WorkedOutOnce<[PlanNode]>()

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
        tablesView.value { blocks.compactMap { if case .table(let table) = $0 { return table } else { return nil } } }
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
    public var allPlanNodes: [PlanNode] { planNodesView.value { plan.flatMap(\.allNodes) } }
}
