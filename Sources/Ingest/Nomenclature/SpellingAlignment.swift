/// The words two nearly equal names differ in, found by aligning their letters: which official words the
/// edits touch and which printed words stand in their place. Letters are compared without spaces, so a PDF
/// word break (`Pemerinta han`) is no difference, and a word is paired with the words its letters align to,
/// so that `Cetak` stands for `Cetakan` rather than for the `dan` after it.
struct SpellingAlignment {
    /// Indexes of the official words an edit touches.
    let officialWords: Set<Int>
    /// Indexes of the printed words that stand in for those words or carry an inserted letter.
    let printedWords: Set<Int>

    /// `printed` and `official` are lists of words (in `PlanName.key` form) whose letters are at most
    /// `NameAgreement.maximumSpellingEdits` edits apart: only such names are aligned.
    init(printed: [Substring], official: [Substring]) {
        let (a, wordOfA) = Self.letters(printed), (b, wordOfB) = Self.letters(official)
        let table = PrefixDistances(a, b, band: NameAgreement.maximumSpellingEdits)
        // Whether each word is touched, by its index.
        var touchedOfficial = [Bool](repeating: false, count: official.count)
        var touchedPrinted = [Bool](repeating: false, count: printed.count)
        var links: [(printed: Int, official: Int)] = []
        links.reserveCapacity(min(a.count, b.count))
        var i = a.count, j = b.count
        while i > 0 || j > 0 {
            if i > 0, j > 0, table[i, j] == table[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) {
                links.append((wordOfA[i - 1], wordOfB[j - 1]))
                if a[i - 1] != b[j - 1] {
                    touchedPrinted[wordOfA[i - 1]] = true
                    touchedOfficial[wordOfB[j - 1]] = true
                }
                i -= 1
                j -= 1
            } else if i > 0, table[i, j] == table[i - 1, j] + 1 {
                touchedPrinted[wordOfA[i - 1]] = true
                i -= 1
            } else {
                touchedOfficial[wordOfB[j - 1]] = true
                j -= 1
            }
        }
        // A touched word on one side brings the words its letters are aligned with on the other.
        for link in links {
            if touchedOfficial[link.official] { touchedPrinted[link.printed] = true }
        }
        for link in links where touchedPrinted[link.printed] && !touchedOfficial[link.official] {
            // An inserted letter inside a printed word touches the official word it otherwise matches.
            if links.contains(where: { $0.printed == link.printed && touchedOfficial[$0.official] }) { continue }
            touchedOfficial[link.official] = true
        }
        officialWords = Set(touchedOfficial.indices.filter { touchedOfficial[$0] })
        printedWords = Set(touchedPrinted.indices.filter { touchedPrinted[$0] })
    }

    /// The letters of the words without spaces, and for each letter the index of its word.
    private static func letters(_ words: [Substring]) -> ([UInt8], [Int]) {
        let count = words.reduce(0) { $0 + $1.utf8.count }
        var bytes: [UInt8] = [], owners: [Int] = []
        bytes.reserveCapacity(count)
        owners.reserveCapacity(count)
        for (index, word) in words.enumerated() {
            for byte in word.utf8 {
                bytes.append(byte)
                owners.append(index)
            }
        }
        return (bytes, owners)
    }
}

/// The edit distances between every prefix of `a` and every prefix of `b` that are within `band` letters
/// of the same length. A path through the full table that strays `d` off the diagonal costs at least `d`,
/// so every distance of `band` or less is exact here and every larger one stays larger than `band`: walking
/// back from two names within `band` edits of each other takes the same steps as over the full table.
private struct PrefixDistances {
    private let band: Int
    /// Each row holds the `2·band + 1` distances of its band, then one slot that stays off the band: the
    /// neighbour above the band's last cell and the one before the next row's first cell both read it.
    private let width: Int
    private var cells: [Int]
    /// Stands for every distance off the band: larger than any in it, and safe to add one to.
    private static let offBand = Int.max / 2

    init(_ a: [UInt8], _ b: [UInt8], band: Int) {
        self.band = band
        width = 2 * band + 2
        cells = [Int](repeating: Self.offBand, count: (a.count + 1) * width)
        let width = width
        cells.withUnsafeMutableBufferPointer { cells in
            // Cell (i, j) is at i·width + j − i + band: the one above-left is a row back, the one above a row
            // back and one on, the one before it one back.
            for j in 0...min(b.count, band) { cells[band + j] = j }
            for i in stride(from: 1, through: a.count, by: 1) {
                if i <= band { cells[i * width + band - i] = i }
                let low = max(1, i - band)
                var index = i * width + low - i + band
                for j in stride(from: low, through: min(b.count, i + band), by: 1) {
                    let substitution = cells[index - width] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    cells[index] = min(substitution, cells[index - width + 1] + 1, cells[index - 1] + 1)
                    index += 1
                }
            }
        }
    }

    /// The distance between the first `i` letters of `a` and the first `j` of `b`.
    subscript(i: Int, j: Int) -> Int {
        abs(i - j) > band ? Self.offBand : cells[i * width + j - i + band]
    }
}
