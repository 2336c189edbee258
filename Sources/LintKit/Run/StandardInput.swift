import Foundation
import Ingest

/// Standard input as an input file, named `-` on the command line and in reports. It is read once,
/// whole (up to the size limit of any input); a PDF goes through a temporary file to be read by the
/// same `pdftotext` path as a PDF on disk.
enum StandardInput {
    static let path = "-"

    /// The text read from standard input, the first time it is asked for.
    static func source() throws -> SourceText { try cached.get() }

    private static let cached: Result<SourceText, InputError> = Result { try read() }.mapError { error in
        error as? InputError ?? .unreadable(path, reason: String(describing: error))
    }

    private static func read() throws -> SourceText {
        var bytes: [UInt8] = []
        let limit = TextDecoder.maximumInputBytes
        while bytes.count <= limit {
            let chunk: Data?
            do { chunk = try FileHandle.standardInput.read(upToCount: 1 << 20) } catch {
                throw InputError.unreadable(path, reason: error.localizedDescription)
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes += chunk
        }
        if bytes.count > limit { throw InputError.tooLarge(path, bytes: bytes.count, limit: limit) }
        guard PDFText.isPDF(bytes) else { return try TextDecoder.decode(bytes, path: path) }
        return try extractPDF(bytes)
    }

    private static func extractPDF(_ bytes: [UInt8]) throws -> SourceText {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("renstra-lint-stdin-" + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        } catch {
            throw InputError.unreadable(path, reason: error.localizedDescription)
        }
        // Removed however the rest ends, a failed write included (a full disk leaves a partial file).
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try Data(bytes).write(to: directory.appendingPathComponent("stdin.pdf"))
        } catch {
            throw InputError.unreadable(path, reason: error.localizedDescription)
        }
        let temporary = directory.appendingPathComponent("stdin.pdf").path
        do {
            let extracted = try PDFText.extract(path: temporary)
            return SourceText(path: path, encoding: extracted.encoding, lines: extracted.lines, warnings: extracted.warnings,
                              extraction: extracted.extraction)
        } catch let error as InputError {
            throw error.naming(path)
        }
    }
}

extension InputError {
    /// The same problem, told of `path` (the temporary file of a PDF read from standard input is `-`).
    func naming(_ path: String) -> InputError {
        switch self {
        case .missing: return .missing(path)
        case .isDirectory: return .isDirectory(path)
        case .unreadable(_, let reason): return .unreadable(path, reason: reason)
        case .notAFile: return .notAFile(path)
        case .empty: return .empty(path)
        case .binary: return .binary(path)
        case .tooLarge(_, let bytes, let limit): return .tooLarge(path, bytes: bytes, limit: limit)
        case .noTextFiles: return .noTextFiles(path)
        case .toolMissing(_, let tool, let package): return .toolMissing(path, tool: tool, package: package)
        case .conversionFailed(_, let reason): return .conversionFailed(path, reason: reason)
        }
    }
}

/// Reads and ingests one input, a file or standard input.
enum InputDocument {
    static func ingest(path: String) throws -> RenstraDocument {
        path == StandardInput.path ? RenstraIngest.ingest(try StandardInput.source()) : try RenstraIngest.ingest(path: path)
    }
}
