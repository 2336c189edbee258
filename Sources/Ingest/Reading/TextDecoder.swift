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

    static func decodeText(_ bytes: [UInt8], path: String) throws -> (String, TextEncoding, [String]) {
        if bytes.isEmpty { throw InputError.empty(path) }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try utf16(bytes.dropFirst(2), littleEndian: true, path: path), .utf16LittleEndian, [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes.dropFirst(2), littleEndian: false, path: path), .utf16BigEndian, [])
        }
        if looksBinary(bytes) { throw InputError.binary(path) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
                return (text, .utf8WithBOM, [])
            }
        } else if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8, [])
        }
        let text = windows1252(bytes)
        return (text, .windows1252, ["Berkas bukan UTF-8 yang sah; dibaca sebagai Windows-1252."])
    }

    /// NUL bytes or many control characters mean this is not a text export (PNG, ZIP, …).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20) { controls += 1 }
        }
        return controls * 20 > sample.count
    }

    static func utf16(_ body: ArraySlice<UInt8>, littleEndian: Bool, path: String) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        var text = ""
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw InputError.binary(path)
            }
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) { throw InputError.binary(path) }
        return text
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which map to typographic characters.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Splits on LF, CRLF and lone CR, so that line n is the n-th line an editor shows.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append(String(current)); current = .init() }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(String(current)); current = .init()
                previousWasCR = true
            } else {
                current.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
