/// Small byte-level helpers over UTF-8 text, so that per-cell parsing needs no allocation.
enum ByteText {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") }

    /// A byte that may appear inside a written number: a digit or a group/decimal mark.
    static func isNumberByte(_ byte: UInt8) -> Bool { isDigit(byte) || isSeparator(byte) }

    /// An ASCII letter, either case.
    static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte & ~0x20) }

    /// ASCII whitespace: space, tab, line feed, vertical tab, form feed, carriage return. In ASCII text
    /// these are exactly the Characters whose `isWhitespace` holds.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// Byte length of the whitespace character starting at `index`, or 0: ASCII whitespace,
    /// no-break space U+00A0, the spaces U+2000–U+200A, narrow no-break space U+202F, U+3000.
    static func whitespaceLength(_ text: Bytes, at index: Int) -> Int {
        let byte = text[index]
        if isWhitespace(byte) { return 1 }
        if byte == 0xC2, index + 1 < text.count, text[index + 1] == 0xA0 { return 2 }
        guard index + 2 < text.count else { return 0 }
        if byte == 0xE2, text[index + 1] == 0x80, text[index + 2] <= 0x8A || text[index + 2] == 0xAF { return 3 }
        if byte == 0xE3, text[index + 1] == 0x80, text[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The index after the run of whitespace starting at `index`.
    static func whitespaceRun(_ text: Bytes, from index: Int) -> Int {
        var cursor = index
        while cursor < text.count {
            let length = whitespaceLength(text, at: cursor)
            if length == 0 { break }
            cursor += length
        }
        return cursor
    }

    static func trimmed(_ text: Bytes) -> Bytes {
        let start = whitespaceRun(text, from: 0)
        var end = text.count
        while end > start {
            let length = lastWhitespaceLength(text, end: end)
            if length == 0 { break }
            end -= length
        }
        return Bytes(rebasing: text[start..<end])
    }

    /// Byte length of a whitespace character ending just before `end`, or 0.
    private static func lastWhitespaceLength(_ text: Bytes, end: Int) -> Int {
        for length in 1...3 where end - length >= 0 && whitespaceLength(text, at: end - length) == length {
            return length
        }
        return 0
    }

    /// `-`, `–`, `—` or `−` alone.
    static func isDash(_ text: Bytes) -> Bool {
        if text.count == 1 { return text[0] == UInt8(ascii: "-") }
        return text.count == 3 && text[0] == 0xE2
            && ((text[1] == 0x80 && (text[2] == 0x93 || text[2] == 0x94)) || (text[1] == 0x88 && text[2] == 0x92))
    }

    /// A hyphen-minus or U+2212 minus sign at `index`.
    static func isMinus(_ text: Bytes, at index: Int) -> Bool { minusLength(text, at: index) > 0 }

    private static func minusLength(_ text: Bytes, at index: Int) -> Int {
        guard index < text.count else { return 0 }
        if text[index] == UInt8(ascii: "-") { return 1 }
        if index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x88, text[index + 2] == 0x92 { return 3 }
        return 0
    }

    /// Skips a minus sign written directly before the number (`-50`, not the list dash of `- 50`).
    static func skipMinus(_ text: Bytes, _ cursor: inout Int) -> Bool {
        let length = minusLength(text, at: cursor)
        guard length > 0, cursor + length < text.count, whitespaceLength(text, at: cursor + length) == 0 else { return false }
        cursor += length
        return true
    }

    /// Whether `text[index...]` starts with the lowercase ASCII `prefix`, ignoring case.
    static func hasPrefix(_ text: Bytes, from index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= text.count else { return false }
        return prefix.withUTF8Buffer { expected in
            (0..<count).allSatisfy { lowercased(text[index + $0]) == expected[$0] }
        }
    }

    static func hasSuffix(_ text: Bytes, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        return count <= text.count && hasPrefix(text, from: text.count - count, suffix)
    }

    static func equalsIgnoringCase(_ text: Bytes, _ expected: StaticString) -> Bool {
        text.count == expected.utf8CodeUnitCount && hasPrefix(text, from: 0, expected)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}

extension String {
    /// Whether the lower-case ASCII letters of `word` occur in the text, ignoring ASCII case, compared
    /// on bytes: a prefilter that lets line-by-line searches skip the lines that cannot match.
    public func containsIgnoringCase(_ word: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = pattern.first else { return false }
        // `| 0x20` lower-cases an ASCII letter and leaves a lower-case one as it is.
        func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] | 0x20 == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[start + offset] | 0x20 != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(occurs) ?? Array(utf8).withUnsafeBufferPointer(occurs)
    }
}
