/// A span of 1-based lines of the input file, inclusive.
public struct LineSpan: Sendable, Hashable, Codable {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int? = nil) {
        self.first = first
        self.last = max(first, last ?? first)
    }

    public func union(_ other: LineSpan) -> LineSpan {
        LineSpan(min(first, other.first), max(last, other.last))
    }

    public func contains(_ line: Int) -> Bool { line >= first && line <= last }
}

/// A chapter or section heading, e.g. `BAB IV` or `2.1.3 Kinerja Pelayanan`.
public struct Heading: Sendable, Hashable, Codable {
    /// 1 for BAB/chapter, 2 for `2.1`, 3 for `2.1.3`, … (markdown `#` depth where no number is given).
    public var level: Int
    /// The numbering as written: `IV` for `BAB IV`, `2.1.3`, `a.`; nil when unnumbered.
    public var number: String?
    public var title: String
    public var lines: LineSpan

    public init(level: Int, number: String?, title: String, lines: LineSpan) {
        self.level = level
        self.number = number
        self.title = title
        self.lines = lines
    }
}

/// Running text.
public struct Paragraph: Sendable, Hashable, Codable {
    public var text: String
    public var lines: LineSpan
    /// A line of the table of contents or of a list of tables or figures (`2.1 Tugas …… 9`,
    /// `Tabel II.61 Proyeksi … 109`): it names a heading or caption of the body, it is not one.
    public var isContentsEntry: Bool

    public init(text: String, lines: LineSpan, isContentsEntry: Bool = false) {
        self.text = text
        self.lines = lines
        self.isContentsEntry = isContentsEntry
    }
}

/// An item of an enumerated list, with its marker as written (`a.`, `3)`, `-`).
public struct ListItem: Sendable, Hashable, Codable {
    public var marker: String
    public var text: String
    public var lines: LineSpan

    public init(marker: String, text: String, lines: LineSpan) {
        self.marker = marker
        self.text = text
        self.lines = lines
    }
}

/// The document in reading order.
public enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    case listItem(ListItem)
    case table(Table)

    public var lines: LineSpan {
        switch self {
        case .heading(let heading): return heading.lines
        case .paragraph(let paragraph): return paragraph.lines
        case .listItem(let item): return item.lines
        case .table(let table): return table.lines
        }
    }
}
