import Foundation

extension String {
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

    private static func firstMatch(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                                   from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0]
                && (1..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    public func trimmingWhitespaceSubstring() -> Substring {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[start..<end]
    }
}
