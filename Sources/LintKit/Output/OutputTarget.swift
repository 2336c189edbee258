import Foundation

/// Where a command writes its report: standard output, or the file named by `--output` (see
/// `OutputFile` for how a file is written without damaging what is not ours).
public struct OutputTarget: Sendable {
    /// The file to write; nil for standard output.
    public var path: String?

    /// `-` means standard output, as it does for inputs (a file named `-` is `./-`).
    public init(path: String?) { self.path = path == "-" ? nil : path }

    /// True when writing to an interactive terminal (for colour decisions).
    public var isTerminal: Bool { path == nil && isatty(STDOUT_FILENO) == 1 }

    /// Refuses to write a report or baseline over an input file: inputs are never modified.
    public static func ensureNoInputIsOverwritten(by outputs: [String?], inputs: [String]) throws {
        let inputFiles = Set(inputs.map(canonical))
        for output in outputs.compactMap({ $0 }) where inputFiles.contains(canonical(output)) {
            throw UsageError(id: "berkas keluaran \(output) adalah berkas masukan; masukan tidak pernah ditimpa",
                             en: "output file \(output) is an input file; inputs are never overwritten")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// The one writer of every report, list and baseline: text arrives in pieces and is passed on in
/// blocks, so a report on thousands of plans is never held whole in memory.
public final class OutputSink {
    private let consume: (Data) throws -> Void
    private let finish: () throws -> Void
    private let flushSize: Int
    private var buffer = Data()

    /// Passes text on to `consume` in blocks of about `flushSize` bytes, each ending where a write ended.
    public init(flushSize: Int = 1 << 16, consume: @escaping (Data) throws -> Void) {
        self.flushSize = flushSize
        self.consume = consume
        finish = {}
    }

    /// Opens the target: standard output, or the file; what is written to a file takes its place on `close()`.
    public init(_ target: OutputTarget) throws {
        flushSize = 1 << 16
        guard let path = target.path else {
            consume = { data in
                do { try FileHandle.standardOutput.write(contentsOf: data) } catch { throw Self.cannotWrite("-") }
            }
            finish = {}
            return
        }
        let file = try OutputFile(path: path)
        consume = file.write
        finish = file.commit
    }

    /// Writes `text` whole to `target`.
    public static func write(_ text: String, to target: OutputTarget) throws {
        let sink = try OutputSink(target)
        try sink.write(text)
        try sink.close()
    }

    public func write(_ text: String) throws { try write(Data(text.utf8)) }

    public func write(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= flushSize { try flush() }
    }

    /// Passes on what is left and closes the file; call once at the end.
    public func close() throws {
        try flush()
        try finish()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try consume(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func cannotWrite(_ path: String) -> UsageError {
        UsageError.file(id: "tidak dapat menulis berkas: \(path)", en: "cannot write file: \(path)")
    }
}
