/// The words two nearly equal names differ in, found by aligning their letters: which official words the
/// edits touch and which printed words stand in their place. Letters are compared without spaces, so a PDF
/// word break (`Pemerinta han`) is no difference, and a word is paired with the words its letters align to,
/// so that `Cetak` stands for `Cetakan` rather than for the `dan` after it.
struct SpellingAlignment {
    /// Indexes of the official words an edit touches.
    let officialWords: Set<Int>
    /// Indexes of the printed words that stand in for those words or carry an inserted letter.
    let printedWords: Set<Int>

    /// `printed` and `official` are lists of words (in `PlanName.key` form).
    init(printed: [Substring], official: [Substring]) {
        let (a, wordOfA) = Self.letters(printed), (b, wordOfB) = Self.letters(official)
        // Full table: only names already known to be within a few edits get here, and they are short.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), table[i - 1][j] + 1, table[i][j - 1] + 1)
            }
        }
        var touchedOfficial = Set<Int>(), touchedPrinted = Set<Int>()
        var links: [(printed: Int, official: Int)] = []
        var i = a.count, j = b.count
        while i > 0 || j > 0 {
            if i > 0, j > 0, table[i][j] == table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) {
                links.append((wordOfA[i - 1], wordOfB[j - 1]))
                if a[i - 1] != b[j - 1] {
                    touchedPrinted.insert(wordOfA[i - 1])
                    touchedOfficial.insert(wordOfB[j - 1])
                }
                i -= 1
                j -= 1
            } else if i > 0, table[i][j] == table[i - 1][j] + 1 {
                touchedPrinted.insert(wordOfA[i - 1])
                i -= 1
            } else {
                touchedOfficial.insert(wordOfB[j - 1])
                j -= 1
            }
        }
        // A touched word on one side brings the words its letters are aligned with on the other.
        for link in links {
            if touchedOfficial.contains(link.official) { touchedPrinted.insert(link.printed) }
        }
        for link in links where touchedPrinted.contains(link.printed) && !touchedOfficial.contains(link.official) {
            // An inserted letter inside a printed word touches the official word it otherwise matches.
            if links.contains(where: { $0.printed == link.printed && touchedOfficial.contains($0.official) }) { continue }
            touchedOfficial.insert(link.official)
        }
        officialWords = touchedOfficial
        printedWords = touchedPrinted
    }

    /// The letters of the words without spaces, and for each letter the index of its word.
    private static func letters(_ words: [Substring]) -> ([UInt8], [Int]) {
        var bytes: [UInt8] = [], owners: [Int] = []
        for (index, word) in words.enumerated() {
            for byte in word.utf8 {
                bytes.append(byte)
                owners.append(index)
            }
        }
        return (bytes, owners)
    }
}
