import Foundation
import Ingest

/// The real documents under `corpora/`, located from this file so tests run from any directory.
public enum Corpus: String, CaseIterable, Sendable {
    case bekasi = "bekasi/renstra-diskopukm-2025-2029.txt"
    case bekasiChart = "bekasi/pohon-kinerja-diskopukm-2025-2029.txt"
    case depok = "depok/renstra-dkum-2021-2026.txt"
    case semarang = "semarang/perubahan-renstra-ii-dkum-2016-2021.txt"

    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public var path: String { Corpus.root + "/corpora/" + rawValue }

    public var source: SourceText { try! InputFile.read(at: path) }

    /// The ingested document, parsed once per test process.
    public var document: RenstraDocument { DocumentCache.shared.document(at: path) }
}

/// Documents read once per test process, by path.
final class DocumentCache: @unchecked Sendable {
    static let shared = DocumentCache()
    private let lock = NSLock()
    private var documents: [String: RenstraDocument] = [:]

    func document(at path: String) -> RenstraDocument {
        lock.lock()
        defer { lock.unlock() }
        if let cached = documents[path] { return cached }
        let document = try! RenstraIngest.ingest(path: path)
        documents[path] = document
        return document
    }
}

/// Ingests a snippet of export text as if it were a file of the given layout.
public func ingestSnippet(_ text: String, layout: Layout, path: String = "snippet.txt") -> RenstraDocument {
    let source = SourceText(path: path, encoding: .utf8, lines: text.pieces(separatedBy: "\n", omittingEmptySubsequences: false).map(String.init))
    return RenstraIngest.ingest(source, layout: layout)
}
