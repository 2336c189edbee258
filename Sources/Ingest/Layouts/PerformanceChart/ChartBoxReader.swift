/// Cuts the chart's running text into box texts. The export breaks a box over blank lines
/// (`Tersedianya Jasa` / `Pemeliharaan, Biaya` / blank / `Pemeliharaan dan` …) and glues neighbouring
/// boxes together (`…Perangkat DaerahPersentase Layanan…`), so a box starts where a box's first word
/// stands: a result (`Terlaksananya`, `Meningkatnya`) or a measure (`Jumlah`, `Persentase`) — at the
/// start of a fragment, at the start of a line unless the line before leaves its phrase open
/// (`Jumlah` / `Terbayarnya Gaji`), or inside a line after a finished phrase.
struct ChartBoxReader {
    let source: SourceText
    /// Lines that are not box text: labels, positions, titles, signatures.
    let claimed: Set<Int>

    /// The boxes in text order; a claimed line ends the box before it.
    func read() -> [ChartBox] {
        var boxes: [ChartBox] = []
        var current: (texts: [String], lines: [Int])?
        func close() {
            if let open = current, !open.texts.isEmpty {
                let text = Self.join(open.texts)
                boxes.append(ChartBox(text: text, lines: open.lines, shape: Self.shape(of: text)))
            }
            current = nil
        }
        var afterBlank = true
        for (offset, raw) in source.lines.enumerated() {
            let line = offset + 1
            let text = raw.trimmingWhitespace()
            if claimed.contains(line) { close(); afterBlank = true; continue }
            if text.isEmpty { afterBlank = true; continue }
            for (index, piece) in Self.pieces(of: text).enumerated() {
                let startsBox: Bool
                if current == nil || index > 0 {
                    startsBox = true
                } else if afterBlank {
                    startsBox = Self.opensBox(piece, strict: false) && !Self.leavesPhraseOpen(current!.texts.last!)
                } else {
                    startsBox = Self.opensBox(piece, strict: true) && !Self.leavesPhraseOpen(current!.texts.last!)
                }
                if startsBox { close(); current = ([], []) }
                current!.texts.append(piece)
                if current!.lines.last != line { current!.lines.append(line) }
            }
            afterBlank = false
        }
        close()
        return boxes
    }

    /// The line split where a second box starts inside it: glued to a word (`DaerahPersentase`) or after a
    /// finished phrase (`… yang telah Ditetapkan Persentase Peningkatan …`).
    static func pieces(of line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        var pieces: [[Substring]] = [[]]
        for word in words {
            var rest = word
            // Glued: a small letter directly followed by a box's first word.
            while let cut = gluedStart(in: rest) {
                pieces[pieces.count - 1].append(rest[..<cut])
                pieces.append([])
                rest = rest[cut...]
            }
            // Cheapest test first: a box's first word is capitalised.
            if let previous = pieces.last?.last, rest.first?.isUppercase == true, opensBox(String(rest), strict: true),
               !leavesPhraseOpen(String(previous)) {
                pieces.append([])
            }
            pieces[pieces.count - 1].append(rest)
        }
        return pieces.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
    }

    private static func gluedStart(in word: Substring) -> Substring.Index? {
        // Only a small letter followed by a capital can glue two words: an ASCII word without one is whole.
        var ascii = true, glued = false, previous: UInt8 = 0
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if isASCIILower(previous), isASCIIUpper(byte) { glued = true; break }
            previous = byte
        }
        if ascii, !glued { return nil }
        var index = word.index(after: word.startIndex)
        while index < word.endIndex {
            let before = word[word.index(before: index)]
            // A box's first word is short: looking at the next few letters keeps a long glued word linear.
            if before.isLowercase, word[index].isUppercase, opensBox(String(word[index...].prefix(20)), strict: true) { return index }
            index = word.index(after: index)
        }
        return nil
    }

    private static func isASCIILower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }

    /// Whether `text` begins as a box does. Strictly: a capitalised result, `Jumlah`/`Persentase` or
    /// `Optimalisasi`, which do not occur inside a box's text; loosely (after a blank line) any result or
    /// measure word.
    static func opensBox(_ text: String, strict: Bool) -> Bool {
        guard let first = firstWord(text) else { return false }
        if strict {
            guard first.first?.isUppercase == true else { return false }
            return isResultWord(first) || strictOpenings.contains(first.lowercased())
        }
        return isResultWord(first) || measureWords.contains(first.lowercased()) || strictOpenings.contains(first.lowercased())
    }

    /// Words that begin a box and never stand inside one.
    static let strictOpenings: Set<String> = ["jumlah", "persentase", "prosentase", "presentase", "optimalisasi"]

    /// How a box's text begins (`ChartTextShape`).
    static func shape(of text: String) -> ChartTextShape {
        guard let first = firstWord(text) else { return .other }
        if isResultWord(first) { return .result }
        if measureWords.contains(first.lowercased()) { return .measure }
        return .other
    }

    /// The nouns indicators begin with.
    static let measureWords: Set<String> = [
        "jumlah", "persentase", "prosentase", "presentase", "nilai", "indeks", "indek", "rasio", "tingkat", "angka",
        "cakupan", "proporsi", "pertumbuhan", "laju", "skor", "rata-rata", "capaian", "kontribusi", "besaran", "banyaknya",
        "frekuensi", "opini", "predikat", "peringkat", "volume",
    ]

    /// A result as objectives state it: `Terlaksananya`, `Meningkatnya`, `Tersusunnya`, `Dilaksanakannya`.
    static func isResultWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard lower.count >= 8, lower.hasSuffix("nya"), lower.allSatisfy(\.isLetter) else { return false }
        return ["ter", "me", "di", "ber"].contains { lower.hasPrefix($0) }
    }

    /// A piece ending in a word that needs more after it (`dan`, `yang`, `Jumlah`) or in a comma or hyphen:
    /// what follows on the next line belongs to the same box.
    static func leavesPhraseOpen(_ piece: String) -> Bool {
        let trimmed = Substring(piece).trimmingWhitespaceSubstring()
        guard let last = trimmed.last else { return false }
        if [",", "-", "/", "&", "("].contains(last) { return true }
        let word = trimmed.lastIndex(of: " ").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        let lower = word.lowercased()
        return openWords.contains(lower) || measureWords.contains(lower)
    }

    static let openWords: Set<String> = [
        "dan", "yang", "dengan", "serta", "atau", "untuk", "pada", "dalam", "bagi", "terhadap", "melalui", "di", "ke",
        "dari", "oleh", "sesuai", "antara", "beserta",
    ]

    private static func firstWord(_ text: String) -> String? {
        let start = text.drop { $0 == " " || $0 == "\t" }
        let word = start.prefix { $0 != " " && $0 != "\t" }
        return word.isEmpty ? nil : String(word.trimmingCharacters(in: "(\"“"))
    }

    /// The pieces of a box as one text: a word the export cut before its last letter (`Penyelenggaraa` /
    /// `n Rapat`) or at a hyphen (`Perundang-` / `Undangan`) is whole again.
    static func join(_ pieces: [String]) -> String {
        var text = ""
        for piece in pieces {
            let trimmed = piece.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            let first = trimmed.prefix { $0 != " " }
            let cutLetter = first.count == 1 && first.first!.isLowercase && first.first!.isLetter
            if text.isEmpty {
                text = trimmed
            } else if text.hasSuffix("-") || (cutLetter && text.last?.isLetter == true) {
                text += trimmed
            } else {
                text += " " + trimmed
            }
        }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

private extension Substring {
    func trimmingCharacters(in characters: String) -> Substring {
        var slice = self
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        return slice
    }
}
