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
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw UsageError("tidak dapat menulis berkas keluaran: \(path)")
        }
    }
}
