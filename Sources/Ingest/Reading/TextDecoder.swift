import Foundation

/// Turns raw bytes into numbered lines: detects the encoding, normalises CRLF and CR line ends,
/// and keeps the line numbering of the original file.
public enum TextDecoder {
    /// Refuse inputs larger than this; real Renstra exports are well under 5 MB.
    public static let maximumInputBytes = 64 * 1024 * 1024

    public static func decode(_ bytes: [UInt8], path: String) throws -> SourceText {
        if bytes.count > maximumInputBytes {
            throw InputError.tooLarge(path, bytes: bytes.count, limit: maximumInputBytes)
        }
        let (text, encoding, warnings) = try decodeText(bytes, path: path)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw InputError.empty(path)
        }
        return SourceText(path: path, encoding: encoding, lines: splitLines(text), warnings: warnings)
    }

    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func decodeText(_ bytes: [UInt8], path: String) throws -> (String, TextEncoding, [Localized]) {
        if bytes.isEmpty { throw InputError.empty(path) }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try UTF16Text.decode(bytes.dropFirst(2), littleEndian: true, path: path), .utf16LittleEndian, [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try UTF16Text.decode(bytes.dropFirst(2), littleEndian: false, path: path), .utf16BigEndian, [])
        }
        if BinarySniffer.looksBinary(bytes) { throw InputError.binary(path) }
        let hasByteOrderMark = bytes.starts(with: utf8ByteOrderMark)
        let body = hasByteOrderMark ? bytes.dropFirst(utf8ByteOrderMark.count) : bytes[...]
        if let text = String(validating: body, as: UTF8.self) {
            return (text, hasByteOrderMark ? .utf8WithBOM : .utf8, [])
        }
        let line = lineNumber(ofFirstInvalidUTF8In: body)
        let warning = Localized(id: "Berkas bukan UTF-8 yang sah (bita pertama yang salah di baris \(line)); dibaca sebagai Windows-1252.",
                                en: "The file is not valid UTF-8 (first wrong byte on line \(line)); read as Windows-1252.")
        return (windows1252(body), .windows1252, [warning])
    }

    /// The 1-based line holding the first byte that breaks UTF-8, for the reader to look at.
    static func lineNumber(ofFirstInvalidUTF8In body: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var lines = LineCounter()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { lines.advance(over: scalar) }
        return lines.line
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which map to typographic characters.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                let value = byte <= 0x9F ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
                utf8.append(contentsOf: Unicode.Scalar(value)!.utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Windows-1252 0x80–0x9F; the five unassigned bytes become U+FFFD.
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Splits on LF, CRLF and lone CR, so that line n is the n-th line an editor shows: blank lines
    /// are kept, and a final line end does not start another line (as `wc -l` counts).
    static func splitLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                    index += 1
                    continue
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                index += 1
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                start = index
            }
            if start < bytes.count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
            return lines
        }
    }
}

/// Follows the 1-based line number through a stream of scalars, with the line ends `splitLines` uses.
struct LineCounter {
    private(set) var line = 1
    private var previousWasCR = false

    mutating func advance(over scalar: Unicode.Scalar) {
        if scalar == "\r" || (scalar == "\n" && !previousWasCR) { line += 1 }
        previousWasCR = scalar == "\r"
    }
}
