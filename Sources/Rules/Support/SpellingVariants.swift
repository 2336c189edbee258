import Ingest

/// Words a document spells two ways, one letter apart, where that is a slip and not two words: a letter
/// dropped or added inside the word (`Penatusahaan` / `Penatausahaan`), a doubled letter halved
/// (`Tersusunya` / `Tersusunnya`), two letters swapped. Not reported, because Indonesian makes real words
/// that way: a replaced letter (`beserta` / `peserta`, `pembukuan` / `pembukaan`), a difference in the
/// first four letters, where prefixes assimilate (`penataan` / `pendataan`), or in the last three, where
/// suffixes go (`fasilitas` / `fasilitasi`, `tingkatan` / `tingkatkan`), unless it is a doubled last
/// letter (`keuangann`) or the `n` of `-nnya`.
enum SpellingVariants {
    struct Variant {
        /// The spelling printed less often (the later one when both are printed as often), lower-cased.
        var rare: String
        var rareLines: [Int]
        var common: String
        var commonLines: [Int]
    }

    /// A word as compared (lower-cased) and as first printed.
    struct Word {
        var key: String
        var printed: String
    }

    /// Words shorter than this are left alone: one letter apart, short words are usually different words.
    static let minimumLength = 7

    /// The variants among `words` (each with the lines it is printed on, in order of first appearance).
    static func variants(_ words: [(word: String, lines: [Int])]) -> [Variant] {
        var lines: [String: [Int]] = [:]
        var order: [String] = []
        for (word, wordLines) in words where word.count >= minimumLength {
            if lines[word] == nil { order.append(word) }
            lines[word, default: []] += wordLines
        }
        for (word, wordLines) in lines { lines[word] = Array(Set(wordLines)).sorted() }
        // Words one insertion, deletion or swap apart share a key: the word itself or the word with one letter
        // dropped. Keys are byte strings: a dropped byte of a multi-byte letter makes a key too, consistently.
        let keysOfWord = order.map(deletionKeys)
        var byKey: [[UInt8]: [String]] = [:]
        for (word, keys) in zip(order, keysOfWord) {
            for key in keys { byKey[key, default: []].append(word) }
        }
        var seen = Set<String>()
        var variants: [Variant] = []
        for (word, keys) in zip(order, keysOfWord) {
            for other in keys.flatMap({ byKey[$0] ?? [] }) where other != word {
                let pair = word < other ? "\(word)|\(other)" : "\(other)|\(word)"
                guard !seen.contains(pair), isSlip(word, other) else { continue }
                seen.insert(pair)
                let (a, b) = (lines[word]!, lines[other]!)
                let otherIsRare = b.count < a.count || (b.count == a.count && b[0] > a[0])
                variants.append(otherIsRare ? Variant(rare: other, rareLines: b, common: word, commonLines: a)
                                            : Variant(rare: word, rareLines: a, common: other, commonLines: b))
            }
        }
        return variants.sorted { $0.rareLines[0] < $1.rareLines[0] }
    }

    private static func deletionKeys(_ word: String) -> Set<[UInt8]> {
        let bytes = Array(word.utf8)
        var keys: Set<[UInt8]> = [bytes]
        for index in bytes.indices {
            var key = bytes
            key.remove(at: index)
            keys.insert(key)
        }
        return keys
    }

    /// Whether two different lower-case words are one slip apart (see the type's comment).
    static func isSlip(_ a: String, _ b: String) -> Bool {
        guard let edit = SingleEdit(from: a, to: b) else { return false }
        let longer = a.count >= b.count ? a : b
        switch edit.kind {
        case .substitution:
            return false
        case .transposition:
            return edit.offset >= 2
        case .insertion, .deletion:
            guard edit.offset >= 4 else { return false }
            guard edit.offset >= longer.count - 3 else { return true }
            return edit.doublesNeighbour && (edit.offset == longer.count - 1 || (edit.letter == "n" && longer.hasSuffix("nnya")))
        }
    }

    /// The words of a text, split at anything not a letter and where the export glued two words
    /// (`DaerahPersentase`).
    static func words(of text: String) -> [Word] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(of: text) }
        var words: [Word] = []
        var current = ""
        for character in text {
            if character.isLetter {
                if let last = current.last, last.isLowercase, character.isUppercase {
                    words.append(Word(key: current.lowercased(), printed: current))
                    current = ""
                }
                current.append(character)
            } else if !current.isEmpty {
                words.append(Word(key: current.lowercased(), printed: current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Word(key: current.lowercased(), printed: current)) }
        return words
    }

    /// `words(of:)` on the bytes of an ASCII text, where a letter is a byte `A`–`Z` or `a`–`z`.
    private static func asciiWords(of text: String) -> [Word] {
        var words: [Word] = []
        var current: [UInt8] = []
        func close() {
            guard !current.isEmpty else { return }
            let printed = String(decoding: current, as: UTF8.self)
            words.append(Word(key: String(decoding: current.map { $0 | 0x20 }, as: UTF8.self), printed: printed))
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let lower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            guard upper || lower else { close(); continue }
            if upper, let last = current.last, last >= UInt8(ascii: "a") { close() }
            current.append(byte)
        }
        close()
        return words
    }
}
