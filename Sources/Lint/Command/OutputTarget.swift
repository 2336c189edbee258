import Foundation

/// Where a command writes its report: standard output, or the file named by `--output`.
struct OutputTarget {
    var path: String?

    /// True when writing to an interactive terminal (for colour decisions).
    var isTerminal: Bool { path == nil && isatty(STDOUT_FILENO) == 1 }

    func write(_ text: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        try Self.writeFile(text, to: path)
    }

    /// Refuses to write a report or baseline over an input file: inputs are never modified.
    static func ensureNoInputIsOverwritten(by outputs: [String?], inputs: [String]) throws {
        let inputFiles = Set(inputs.map(canonical))
        for output in outputs.compactMap({ $0 }) where inputFiles.contains(canonical(output)) {
            throw UsageError(id: "berkas keluaran \(output) adalah berkas masukan; masukan tidak pernah ditimpa",
                             en: "output file \(output) is an input file; inputs are never overwritten")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Writes (or replaces) a file the user named, turning every failure into a one-line error.
    static func writeFile(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw UsageError.file(id: "tidak dapat menulis berkas: \(path)", en: "cannot write file: \(path)")
        }
    }
}
