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
    public let warnings: [Localized]
    /// How the text was obtained when the input was not text itself (`pdftotext -layout` for a PDF).
    public let extraction: String?
    /// The first line of page 2, 3, …: `pdftotext` ends every page with a form feed, so a text with
    /// form feeds has pages. Empty for text without them.
    public let pageStartLines: [Int]

    public init(path: String, encoding: TextEncoding, lines: [String], warnings: [Localized] = [], extraction: String? = nil) {
        self.path = path
        self.encoding = encoding
        self.lines = lines
        self.warnings = warnings
        self.extraction = extraction
        pageStartLines = Self.pageStartLines(of: lines)
    }

    /// The page that 1-based line `number` is printed on, or nil for a text without page breaks.
    public func page(ofLine number: Int) -> Int? {
        guard !pageStartLines.isEmpty else { return nil }
        return pageStartLines.partitioningIndex { $0 > number } + 1
    }

    /// A form feed stands before the first text of the next page, so a line holding one (usually at its
    /// start) begins a page; two form feeds in a row are an empty page.
    private static func pageStartLines(of lines: [String]) -> [Int] {
        var starts: [Int] = []
        for (index, line) in lines.enumerated() {
            let feeds = line.utf8.withContiguousStorageIfAvailable { $0.count(where: { $0 == 0x0C }) }
                ?? line.utf8.count(where: { $0 == 0x0C })
            starts += Array(repeating: index + 1, count: feeds)
        }
        return starts
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
    /// A PDF given without the program that extracts its text installed.
    case toolMissing(String, tool: String, package: String)
    /// A PDF whose text could not be extracted.
    case conversionFailed(String, reason: Localized)

    public var path: String {
        switch self {
        case .missing(let p), .isDirectory(let p), .notAFile(let p), .empty(let p), .binary(let p), .noTextFiles(let p):
            return p
        case .unreadable(let p, _), .tooLarge(let p, _, _), .toolMissing(let p, _, _), .conversionFailed(let p, _):
            return p
        }
    }
}
