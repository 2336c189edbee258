/// Splitting text into pieces byte by byte. The standard library's `split` walks Characters (grapheme
/// clusters), which costs hundreds of instructions per character; every prose line and every indicator
/// name is split many times, so the ASCII cases are decided on UTF-8 bytes here. The results are the same
/// as the Character-wise split: a byte split is only taken where an ASCII separator cannot belong to a
/// larger grapheme cluster, otherwise the Character-wise split runs.
extension String {
    /// The pieces between occurrences of `separator`: the same result as the standard
    /// `split(separator:maxSplits:omittingEmptySubsequences:)`, found byte by byte for an ASCII separator.
    public func pieces(separatedBy separator: Character, maxSplits: Int = .max,
                       omittingEmptySubsequences: Bool = true) -> [Substring] {
        Substring(self).pieces(separatedBy: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
    }

    /// `split(whereSeparator: \.isWhitespace)`.
    public func whitespaceSeparatedWords() -> [Substring] { Substring(self).whitespaceSeparatedWords() }

    /// `split(whereSeparator: { $0 == " " || $0 == "\t" })`.
    public func blankSeparatedWords() -> [Substring] { Substring(self).blankSeparatedWords() }

    /// `split(whereSeparator: { !$0.isLetter })`: the runs of letters.
    public func letterRuns() -> [Substring] { Substring(self).letterRuns() }
}

extension Substring {
    /// The pieces between occurrences of `separator`, as for `String`.
    public func pieces(separatedBy separator: Character, maxSplits: Int = .max,
                       omittingEmptySubsequences: Bool = true) -> [Substring] {
        // CR and LF form one Character together, so a lone CR or LF separator is left to the Character-wise split.
        if let byte = separator.asciiValue, byte != 0x0A, byte != 0x0D,
           let pieces = asciiSplit(maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences,
                                   where: { $0 == byte }) {
            return pieces
        }
        return split(maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences) { $0 == separator }
    }

    public func whitespaceSeparatedWords() -> [Substring] {
        // In ASCII text the whitespace Characters are exactly the whitespace bytes (CR LF splits the same either
        // way, as empty pieces are dropped); other text may hold non-ASCII spaces such as U+00A0.
        guard isAllASCII else { return split(whereSeparator: \.isWhitespace) }
        return asciiSplit(maxSplits: .max, omittingEmptySubsequences: true, where: ByteText.isWhitespace)
            ?? split(whereSeparator: \.isWhitespace)
    }

    public func letterRuns() -> [Substring] {
        // In ASCII text the letters are exactly A–Z and a–z.
        guard isAllASCII else { return split(whereSeparator: { !$0.isLetter }) }
        return asciiSplit(maxSplits: .max, omittingEmptySubsequences: true) { !(0x41...0x5A).contains($0 & ~0x20) }
            ?? split(whereSeparator: { !$0.isLetter })
    }

    public func blankSeparatedWords() -> [Substring] {
        asciiSplit(maxSplits: .max, omittingEmptySubsequences: true) { $0 == 0x20 || $0 == 0x09 }
            ?? split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// Pieces between bytes that `isSeparator` accepts, or nil when a printable separator byte touches a
    /// non-ASCII byte: a combining mark after it, or a prepended mark before it, would make it part of a
    /// larger Character, which the Character-wise split would not treat as a separator.
    // Inlined so that each caller's separator test is compiled into the byte loop instead of being
    // called once per byte.
    @inline(__always)
    private func asciiSplit(maxSplits: Int, omittingEmptySubsequences: Bool, where isSeparator: (UInt8) -> Bool) -> [Substring]? {
        // The bytes are read from contiguous storage: walking `utf8` indices costs a call per byte. Text
        // without such storage (never the case for text read from files) takes the Character-wise split.
        let base = utf8.startIndex
        func piece(_ bounds: Range<Int>) -> Substring {
            self[utf8.index(base, offsetBy: bounds.lowerBound)..<utf8.index(base, offsetBy: bounds.upperBound)]
        }
        let split = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            var pieces: [Substring] = []
            var pieceStart = 0, offset = 0
            while offset < bytes.count, pieces.count < maxSplits {
                let byte = bytes[offset]
                if isSeparator(byte) {
                    let previous = offset > 0 ? bytes[offset - 1] : 0, next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
                    // A control character (tab, line break) is never joined to a mark: grapheme breaking
                    // always breaks around it (rules GB4 and GB5).
                    if byte >= 0x20 && (previous >= 0x80 || next >= 0x80) { return nil }
                    if !omittingEmptySubsequences || pieceStart < offset { pieces.append(piece(pieceStart..<offset)) }
                    pieceStart = offset + 1
                }
                offset += 1
            }
            if !omittingEmptySubsequences || pieceStart < bytes.count { pieces.append(piece(pieceStart..<bytes.count)) }
            return pieces
        }
        return split ?? nil
    }
}

extension String {
    /// Whether every Character of the text is one Unicode scalar (a CR LF pair aside, which every
    /// whitespace test treats alike either way). Then a scalar-wise reading decides exactly as a
    /// Character-wise one, at a fraction of the cost: the text holds ASCII or scalars from blocks without
    /// combining or joining marks (Latin-1 and Latin Extended, general punctuation such as `–` and `“`,
    /// symbols such as `√` and `✓`).
    var charactersAreSingleScalars: Bool {
        guard !isAllASCII else { return true }
        return unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF: return true
            default: return false
            }
        }
    }
}
