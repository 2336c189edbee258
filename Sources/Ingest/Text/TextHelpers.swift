import Foundation

extension String {
    /// Whether any UTF-8 byte satisfies `predicate`, reading the string's contiguous storage directly.
    public func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }

    /// Where `byte` first occurs in the UTF-8 bytes, searched in contiguous storage: walking `utf8` costs a
    /// call per byte.
    func firstIndex(ofByte byte: UInt8) -> String.Index? {
        guard let offset = utf8.withContiguousStorageIfAvailable({ $0.firstIndex(of: byte) }) else {
            return utf8.firstIndex(of: byte)
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// Where `byte` last occurs in the UTF-8 bytes, searched in contiguous storage: walking `utf8`
    /// backwards costs a call per byte.
    func lastIndex(ofByte byte: UInt8) -> String.Index? {
        guard let offset = utf8.withContiguousStorageIfAvailable({ $0.lastIndex(of: byte) }) else {
            return utf8.lastIndex(of: byte)
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    public func trimmingWhitespace() -> String { String(Substring(self).trimmingWhitespaceSubstring()) }

    /// Replaces every occurrence of `target`, left to right, comparing UTF-8 bytes; no Foundation
    /// search, since it runs on every cell that carries markup.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var text = self, target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { pattern in
                guard let firstMatch = Self.firstMatch(of: pattern, in: bytes, from: 0) else { return self }
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count)
                var copied = 0, match: Int? = firstMatch
                while let start = match {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                    result.append(contentsOf: replacement.utf8)
                    copied = start + pattern.count
                    match = Self.firstMatch(of: pattern, in: bytes, from: copied)
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// Whether `other` occurs in the text byte for byte. Foundation's `StringProtocol.contains` bridges every
    /// call to NSString on Linux and dominated ingest time. As there, an empty `other` is not contained;
    /// unlike there, canonically equivalent but differently encoded text (decomposed accents) does not match.
    public func containsLiteral(_ other: String) -> Bool { Substring(self).containsLiteral(other) }


    fileprivate static func firstMatch(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                                   from start: Int) -> Int? {
        guard let first = pattern.first, let base = bytes.baseAddress, let needle = pattern.baseAddress else { return nil }
        // The C library's vectorised memchr finds each candidate first byte; memcmp checks the rest.
        let last = bytes.count - pattern.count
        var offset = start
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
            let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            if memcmp(base + index, needle, pattern.count) == 0 { return index }
            offset = index + 1
        }
        return nil
    }
}

extension String {
    /// The index of the first Character that is a colon, found on the bytes: a text without a colon (nearly
    /// every label and cell) is not walked Character by Character. A colon carrying a combining mark is no
    /// colon Character: then the Characters are searched.
    public var firstColon: String.Index? {
        guard let byte = firstIndex(ofByte: UInt8(ascii: ":")) else { return nil }
        return self[byte...].first == ":" ? byte : firstIndex(of: ":")
    }
}

extension StringProtocol {
    /// Whether every UTF-8 byte is ASCII, read from contiguous storage where there is one.
    var isAllASCII: Bool {
        utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}

extension Substring {

    /// Byte-for-byte `containsLiteral`, as for `String`.
    public func containsLiteral(_ other: String) -> Bool {
        guard !other.isEmpty else { return false }
        var text = self, target = other
        return text.withUTF8 { bytes in
            target.withUTF8 { pattern in String.firstMatch(of: pattern, in: bytes, from: 0) != nil }
        }
    }

    public func trimmingWhitespaceSubstring() -> Substring {
        var (start, end) = asciiTrimmedBounds()
        // A Character that starts (or ends) with an ASCII byte other than whitespace is not whitespace.
        if start < end, !Self.isASCIIText(utf8[start]) {
            while start < end, self[start].isWhitespace { start = index(after: start) }
        }
        if end > start, !Self.isASCIIText(utf8[utf8.index(before: end)]) {
            while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        }
        return self[start..<end]
    }

    private static func isASCIIText(_ byte: UInt8) -> Bool { byte < 0x80 && !ByteText.isWhitespace(byte) }

    /// Bounds after dropping ASCII whitespace at both ends, byte by byte; it stops next to any non-ASCII
    /// byte (where a combining mark could join a space into one Character) and leaves that to the
    /// Character-wise loop, so the result is the same as trimming Character by Character.
    private func asciiTrimmedBounds() -> (String.Index, String.Index) {
        let isASCIIWhitespace = ByteText.isWhitespace
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isASCIIWhitespace(bytes[start]) {
            let next = bytes.index(after: start)
            guard next == end || bytes[next] < 0x80 else { break }
            start = next
        }
        while end > start {
            let last = bytes.index(before: end)
            guard isASCIIWhitespace(bytes[last]), last == start || bytes[bytes.index(before: last)] < 0x80 else { break }
            end = last
        }
        return (start, end)
    }
}

extension Collection where Element == Int {
    /// `3215, 3219, 3223, …`: the first `limit` line numbers as written in a message, then `…` when there
    /// are more.
    public func listedLines(upTo limit: Int) -> String {
        prefix(limit).map(String.init).joined(separator: ", ") + (count > limit ? ", …" : "")
    }
}
