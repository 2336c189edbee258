import Foundation

/// The character encodings the reader recognises.
public enum TextEncoding: String, Sendable, Codable {
    case utf8
    case utf8WithBOM = "utf8-bom"
    case utf16LittleEndian = "utf16le"
    case utf16BigEndian = "utf16be"
    case windows1252
}

/// A decoded input file as numbered lines; line `n` of the original file is `lines[n - 1]`.
public struct SourceText: Sendable {
    public let path: String
    public let encoding: TextEncoding
    public let lines: [String]
    /// Notes about the decoding a reviewer should know (e.g. a fallback encoding was used).
    public let warnings: [String]

    public init(path: String, encoding: TextEncoding, lines: [String], warnings: [String] = []) {
        self.path = path
        self.encoding = encoding
        self.lines = lines
        self.warnings = warnings
    }

    /// The text of 1-based line `number`, or an empty string outside the file.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }
}

/// Why an input could not be read. Each case renders as one line for the command line.
public enum InputError: Error, Equatable, Sendable {
    case missing(String)
    case isDirectory(String)
    case unreadable(String, reason: String)
    case notAFile(String)
    case empty(String)
    case binary(String)
    case tooLarge(String, bytes: Int, limit: Int)
    /// A directory given as input that holds no text export at all (a mistyped or wrong folder).
    case noTextFiles(String)

    public var path: String {
        switch self {
        case .missing(let p), .isDirectory(let p), .notAFile(let p), .empty(let p), .binary(let p), .noTextFiles(let p):
            return p
        case .unreadable(let p, _), .tooLarge(let p, _, _):
            return p
        }
    }
}
