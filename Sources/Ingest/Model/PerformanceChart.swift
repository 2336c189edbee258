/// The levels of a plan's cascade, from the agency's goals down to sub-activities. A performance tree
/// (pohon kinerja) and a Renstra both speak of them; matching the two is done level by level.
public enum CascadeLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case tujuan
    case sasaran
    case program
    case kegiatan
    case subKegiatan = "sub-kegiatan"

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: CascadeLevel, rhs: CascadeLevel) -> Bool { lhs.rank < rhs.rank }
}

/// What a chart box states: a goal (`TUJUAN`), an objective, i.e. a result to reach (`SASARAN …`),
/// or an indicator that measures one (`INDIKATOR …`).
public enum ChartLabelRole: String, Sendable, Hashable, Codable {
    case goal
    case objective
    case indicator
}

/// A box label's kind: its canonical words (`INDIKATOR KEGIATAN`), its role and, where the words say it,
/// its cascade level. A plain `SASARAN` or `INDIKATOR` does not say its level: the same words label the
/// head of the agency's objectives and an individual officer's.
public struct ChartLabelKind: Sendable, Hashable, Codable {
    public var words: String
    public var role: ChartLabelRole
    public var level: CascadeLevel?

    public init(words: String, role: ChartLabelRole, level: CascadeLevel?) {
        self.words = words
        self.role = role
        self.level = level
    }

    /// Every label a chart prints, longest first so that `INDIKATOR KEGIATAN 1` is not read as `INDIKATOR`.
    public static let vocabulary: [ChartLabelKind] = [
        ChartLabelKind(words: "SASARAN SUB KEGIATAN", role: .objective, level: .subKegiatan),
        ChartLabelKind(words: "INDIKATOR SUB KEGIATAN", role: .indicator, level: .subKegiatan),
        ChartLabelKind(words: "SASARAN STRATEGIS", role: .objective, level: .sasaran),
        ChartLabelKind(words: "SASARAN PROGRAM", role: .objective, level: .program),
        ChartLabelKind(words: "SASARAN KEGIATAN", role: .objective, level: .kegiatan),
        ChartLabelKind(words: "INDIKATOR TUJUAN", role: .indicator, level: .tujuan),
        ChartLabelKind(words: "INDIKATOR SASARAN", role: .indicator, level: .sasaran),
        ChartLabelKind(words: "INDIKATOR PROGRAM", role: .indicator, level: .program),
        ChartLabelKind(words: "INDIKATOR KEGIATAN", role: .indicator, level: .kegiatan),
        ChartLabelKind(words: "TUJUAN", role: .goal, level: .tujuan),
        ChartLabelKind(words: "SASARAN", role: .objective, level: nil),
        ChartLabelKind(words: "INDIKATOR", role: .indicator, level: nil),
    ]

    /// Each kind's words, split once.
    public var wordList: [String] { words.split(separator: " ").map(String.init) }

    /// The words labels are made of.
    public static let vocabularyWords: Set<String> = Set(vocabulary.flatMap { $0.words.split(separator: " ").map(String.init) })

    public static func named(_ words: String) -> ChartLabelKind? { vocabulary.first { $0.words == words } }

    /// Whether an indicator of this kind can measure an objective or goal of `other` kind: the same
    /// level, or a level one of them leaves open.
    public func canMeasure(_ other: ChartLabelKind) -> Bool {
        guard role == .indicator, other.role != .indicator else { return false }
        guard let level, let otherLevel = other.level else { return level != .tujuan || other.role == .goal }
        return level == otherLevel
    }
}

/// A word of a label printed other than the label vocabulary spells it (`INDIKATROR`).
public struct LabelMisspelling: Sendable, Hashable, Codable {
    public var printed: String
    public var expected: String

    public init(printed: String, expected: String) {
        self.printed = printed
        self.expected = expected
    }
}

/// One box label, e.g. `SASARAN KEGIATAN 2`, as printed on a label line.
public struct ChartLabel: Sendable, Hashable, Codable {
    public var kind: ChartLabelKind
    public var number: Int?
    /// The label's words as printed (`INDIKATROR KEGIATAN`).
    public var printed: String
    public var misspellings: [LabelMisspelling]
    public var lines: LineSpan
    /// The label's place among the labels of its line (0-based): a row of boxes prints its labels on one line.
    public var position: Int

    public init(kind: ChartLabelKind, number: Int?, printed: String, misspellings: [LabelMisspelling] = [],
                lines: LineSpan, position: Int) {
        self.kind = kind
        self.number = number
        self.printed = printed
        self.misspellings = misspellings
        self.lines = lines
        self.position = position
    }

    public var line: Int { lines.first }

    /// `SASARAN KEGIATAN 2`, in the canonical words.
    public var name: String { number.map { "\(kind.words) \($0)" } ?? kind.words }
}

/// How a box's text begins: with a result (`Terlaksananya …`, `Meningkatnya …`), which is how objectives
/// and goals are written, or with a measure (`Jumlah …`, `Persentase …`), which is how indicators are.
public enum ChartTextShape: String, Sendable, Hashable, Codable {
    case result
    case measure
    case other

    /// The role a box of this shape can have, when the shape tells.
    public var role: ChartLabelRole? {
        switch self {
        case .result: return .objective
        case .measure: return .indicator
        case .other: return nil
        }
    }
}

/// The text of one box, its lines (a box may be split by blank lines), and its label where the text
/// decides it: a single label right above the box, or a row of labels followed by exactly as many boxes.
public struct ChartBox: Sendable, Hashable, Codable {
    public var text: String
    public var lines: [Int]
    public var shape: ChartTextShape
    /// The box's label kind, when every reading order of the text gives it the same one.
    public var kind: ChartLabelKind?
    /// The label itself (index into `PerformanceChart.labels`) when its number is decided too.
    public var label: Int?

    public init(text: String, lines: [Int], shape: ChartTextShape, kind: ChartLabelKind? = nil, label: Int? = nil) {
        self.text = text
        self.lines = lines
        self.shape = shape
        self.kind = kind
        self.label = label
    }

    public var span: LineSpan { LineSpan(lines.first ?? 1, lines.last) }
}

/// An objective (or goal) box and the indicator boxes that directly follow it in the text, with nothing
/// between: the text decides that they belong together.
public struct ChartPairing: Sendable, Hashable, Codable {
    /// Index into `PerformanceChart.boxes`.
    public var objective: Int
    public var indicators: [Int]

    public init(objective: Int, indicators: [Int]) {
        self.objective = objective
        self.indicators = indicators
    }
}

/// A position printed in the chart (`KEPALA SUB BAGIAN KEUANGAN`, `ANALIS KEBIJAKAN AHLI MUDA`): the
/// officials whose objectives the boxes are.
public struct ChartPosition: Sendable, Hashable, Codable {
    public var title: String
    public var lines: LineSpan

    public init(title: String, lines: LineSpan) {
        self.title = title
        self.lines = lines
    }
}

/// A page of the chart (a form feed starts the next; text without form feeds is one page): its titles
/// (`INDIKATOR KERJA INDIVIDU BIDANG PADA DINAS …`), the positions printed on it and who signs it.
public struct ChartPage: Sendable, Hashable, Codable {
    public var number: Int
    public var lines: LineSpan
    public var titles: [ChartPosition]
    public var positions: [ChartPosition]
    public var signatories: [Official]

    public init(number: Int, lines: LineSpan, titles: [ChartPosition] = [], positions: [ChartPosition] = [],
                signatories: [Official] = []) {
        self.number = number
        self.lines = lines
        self.titles = titles
        self.positions = positions
        self.signatories = signatories
    }
}

/// What a performance chart (pohon kinerja) holds: its labels and boxes in text order, the pairings the
/// text decides, and its pages with their officials.
public struct PerformanceChart: Sendable, Hashable, Codable {
    public var labels: [ChartLabel]
    public var boxes: [ChartBox]
    public var pairings: [ChartPairing]
    public var pages: [ChartPage]

    public init(labels: [ChartLabel] = [], boxes: [ChartBox] = [], pairings: [ChartPairing] = [], pages: [ChartPage] = []) {
        self.labels = labels
        self.boxes = boxes
        self.pairings = pairings
        self.pages = pages
    }

    /// Everyone who signs the chart, page by page.
    public var signatories: [Official] { pages.flatMap(\.signatories) }

    /// The labels printed on each line that has any, in line order.
    public var labelRows: [[ChartLabel]] {
        var rows: [[ChartLabel]] = []
        for label in labels {
            if let last = rows.last?.last, last.line == label.line { rows[rows.count - 1].append(label) } else { rows.append([label]) }
        }
        return rows
    }
}
