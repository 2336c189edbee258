import Foundation

/// Where a comparison is written: text is passed on in pieces of about a megabyte, so a report on thousands
/// of plans is never held whole in memory.
final class ComparisonOutput {
    private var buffer = ""
    private let sink: (String) throws -> Void
    private let flushSize: Int

    init(flushSize: Int = 1 << 20, sink: @escaping (String) throws -> Void) {
        self.flushSize = flushSize
        self.sink = sink
    }

    /// Standard output, or the file `path` (created or emptied first, with the usual one-line error).
    static func open(path: String?) throws -> ComparisonOutput {
        guard let path else {
            return ComparisonOutput { try FileHandle.standardOutput.write(contentsOf: Data($0.utf8)) }
        }
        try OutputTarget.writeFile("", to: path)
        let failure = UsageError.file(id: "tidak dapat menulis berkas: \(path)", en: "cannot write file: \(path)")
        guard let handle = FileHandle(forWritingAtPath: path) else { throw failure }
        return ComparisonOutput { text in
            do { try handle.write(contentsOf: Data(text.utf8)) } catch { throw failure }
        }
    }

    func write(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= flushSize { try flush() }
    }

    /// Passes on what is left; call once at the end.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer = ""
    }
}
