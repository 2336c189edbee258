import Ingest

/// How a list marker is written: digits or a lower-case letter, closed by `.` or `)`.
struct MarkerStyle: Hashable {
    enum Kind: Hashable { case number, letter }
    var kind: Kind
    var closer: Character
    var opensWithParenthesis: Bool

    /// `3.` → (number, 3); `b)` → (letter, 2); `(c)` → (letter, 3); bullets → nil.
    static func parse<S: StringProtocol>(_ marker: S) -> (MarkerStyle, Int)? {
        var body = Substring(marker)
        let opens = body.first == "("
        if opens { body = body.dropFirst() }
        guard let closer = body.last, closer == "." || closer == ")" else { return nil }
        body = body.dropLast()
        if body.count <= 3, let number = Int(body) { return (MarkerStyle(kind: .number, closer: closer, opensWithParenthesis: opens), number) }
        guard body.count == 1, let scalar = body.unicodeScalars.first, scalar.isASCII, scalar.properties.isLowercase else { return nil }
        return (MarkerStyle(kind: .letter, closer: closer, opensWithParenthesis: opens), Int(scalar.value) - 96)
    }

    func marker(_ value: Int) -> String {
        let body: String
        switch kind {
        case .number: body = String(value)
        case .letter: body = Unicode.Scalar(96 + max(1, min(value, 26))).map { String(Character($0)) } ?? "?"
        }
        return (opensWithParenthesis ? "(" : "") + body + String(closer)
    }
}

/// Markers inside a line of text, where a list continues that the reader did not take for list items.
enum InlineMarkers {
    /// Markers standing after a wide gap, as in a second text column or a table cell
    /// (`INDIKATOR         1. Jumlah Nilai investasi`): each followed by a space and a word.
    static func afterColumnGaps(in text: String) -> [(MarkerStyle, Int)] {
        var markers: [(MarkerStyle, Int)] = []
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var blanks = 0
        for (index, word) in words.enumerated() {
            if word.isEmpty { blanks += 1; continue }
            defer { blanks = 0 }
            guard blanks >= 2, index + 1 < words.count, words[index + 1].first?.isLetter == true,
                  let parsed = MarkerStyle.parse(word) else { continue }
            markers.append(parsed)
        }
        return markers
    }

    /// `h.` or `1)` alone on its line, its text elsewhere (reading-order text of a page).
    static func lone(_ text: String) -> (MarkerStyle, Int)? {
        text.count <= 5 ? MarkerStyle.parse(text) : nil
    }

    /// Whether `marker` stands inside the text as a word of its own (`… berdaya saing. c. Pembangunan`).
    static func contains(_ marker: String, in text: String) -> Bool {
        text.split(separator: " ").dropFirst().contains { $0 == marker }
    }

    /// `I. Peraturan Menteri …` in a list whose last item was `k.`: OCR read the letter l as a capital I.
    static func isOCRLetterL(_ text: String, after previous: Int, style: MarkerStyle) -> Bool {
        style.kind == .letter && previous == 11 && text.hasPrefix("I" + String(style.closer) + " ")
    }
}

/// One enumerated list being read in document order: its last marker, the text since it (where a
/// missing item may stand inline), and its irregular steps, which are findings only if the whole list
/// reads as one sequence. They are given when the list ends.
struct ListRun {
    enum Step {
        case skip(expected: Int)
        case repeated
    }

    struct Irregularity {
        var step: Step
        var item: ListItem
        var previous: ListItem
        var value: Int
    }

    let style: MarkerStyle
    private(set) var lastValue: Int
    private var lastItem: ListItem?
    private var textSinceLast: String
    private var irregularities: [Irregularity] = []
    /// Whether the last step was irregular: a second one in a row means the list is not one sequence.
    private var lastStepWasIrregular = false
    /// A list that went backwards is not one sequence (two lists or table columns read as one, a
    /// marker displaced in reading-order text, scrambled OCR): none of its steps is judged.
    private var isScrambled = false

    /// How far apart (in lines) two items with the same marker may be to count as one list repeating it.
    static let repeatReach = 40
    /// The most items a slip in numbering is taken to skip.
    static let largestSkip = 5

    init(style: MarkerStyle, value: Int, item: ListItem?) {
        self.style = style
        lastValue = value
        lastItem = item
        textSinceLast = item?.text ?? ""
    }

    /// Reads the next marker of this style (`item` nil for a marker inside a paragraph, which is
    /// never reported itself).
    mutating func read(_ value: Int, item: ListItem?) {
        defer {
            lastValue = value
            lastItem = item
            textSinceLast = item?.text ?? ""
        }
        guard !isScrambled else { return }
        guard value != lastValue + 1 else {
            lastStepWasIrregular = false
            return
        }
        if value < lastValue || lastStepWasIrregular || value - lastValue - 1 > Self.largestSkip {
            // Backwards, two irregular steps in a row, or dozens of items missing: not one sequence.
            isScrambled = true
            return
        }
        lastStepWasIrregular = true
        guard let item, let previous = lastItem else { return }
        if value == lastValue {
            // Two items a page apart with one marker belong to two lists whose heads were not read.
            if item.lines.first - previous.lines.last <= Self.repeatReach {
                irregularities.append(Irregularity(step: .repeated, item: item, previous: previous, value: value))
            }
        } else if !((lastValue + 1)..<value).contains(where: { InlineMarkers.contains(style.marker($0), in: textSinceLast) }) {
            irregularities.append(Irregularity(step: .skip(expected: lastValue + 1), item: item, previous: previous, value: value))
        }
    }

    /// Running text after the last item: a missing item may stand inside it.
    mutating func append(_ text: String) { textSinceLast += " " + text }

    /// The list's findings, now that it has ended.
    var findings: [Irregularity] { isScrambled ? [] : irregularities }
}
