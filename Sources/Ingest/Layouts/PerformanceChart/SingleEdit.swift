/// The one edit that turns a word into another, when one edit does: a letter inserted, dropped or
/// replaced, or two neighbouring letters swapped. `INDIKATROR` is `INDIKATOR` with an `R` inserted.
public struct SingleEdit: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `word` has a letter `other` lacks.
        case insertion
        /// `word` lacks a letter `other` has.
        case deletion
        case substitution
        case transposition
    }

    public var kind: Kind
    /// Where the words differ, counted in letters of the longer word (0-based).
    public var offset: Int
    /// The letter inserted or dropped (for an insertion or deletion).
    public var letter: Character?
    /// Whether that letter doubles its neighbour (`Tersusunnya` / `Tersusunya`): the commonest slip of all.
    public var doublesNeighbour: Bool

    /// The single edit from `word` to `other`, or nil when they are equal or further apart.
    public init?(from word: String, to other: String) {
        let a = Array(word), b = Array(other)
        guard a != b, abs(a.count - b.count) <= 1 else { return nil }
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        if a.count == b.count {
            var end = a.count - 1
            while end > start, a[end] == b[end] { end -= 1 }
            if end == start {
                self.init(kind: .substitution, offset: start, letter: nil, doublesNeighbour: false)
            } else if end == start + 1, a[start] == b[end], a[end] == b[start] {
                self.init(kind: .transposition, offset: start, letter: nil, doublesNeighbour: false)
            } else {
                return nil
            }
            return
        }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        guard Array(longer[..<start]) + Array(longer[(start + 1)...]) == shorter else { return nil }
        let letter = longer[start]
        let doubles = (start > 0 && longer[start - 1] == letter) || (start + 1 < longer.count && longer[start + 1] == letter)
        self.init(kind: a.count > b.count ? .insertion : .deletion, offset: start, letter: letter, doublesNeighbour: doubles)
    }

    private init(kind: Kind, offset: Int, letter: Character?, doublesNeighbour: Bool) {
        self.kind = kind
        self.offset = offset
        self.letter = letter
        self.doublesNeighbour = doublesNeighbour
    }
}
