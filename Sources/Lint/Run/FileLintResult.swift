import Ingest
import Rules

/// The outcome of linting one input file: what was read, and what was found, or why it could not be read.
struct FileLintResult: Sendable {
    var path: String
    var layout: Layout?
    var period: PlanPeriod?
    var findings: [Finding]
    var error: InputError?

    static func lint(path: String, runner: RuleRunner) -> FileLintResult {
        do {
            let document = try RenstraIngest.ingest(path: path)
            return FileLintResult(path: path, layout: document.layout, period: document.metadata.period,
                                  findings: runner.run(document), error: nil)
        } catch let error as InputError {
            return FileLintResult(path: path, layout: nil, period: nil, findings: [], error: error)
        } catch {
            return FileLintResult(path: path, layout: nil, period: nil, findings: [],
                                  error: .unreadable(path, reason: String(describing: error)))
        }
    }
}

extension InputError {
    /// The one line printed for an unusable input.
    func message(_ language: Language) -> String {
        switch (self, language) {
        case (.missing(let path), .id): return "\(path): berkas tidak ditemukan"
        case (.missing(let path), .en): return "\(path): no such file"
        case (.isDirectory(let path), .id): return "\(path): berupa direktori, bukan berkas"
        case (.isDirectory(let path), .en): return "\(path): is a directory, not a file"
        case (.notAFile(let path), .id): return "\(path): bukan berkas biasa (misalnya FIFO atau perangkat)"
        case (.notAFile(let path), .en): return "\(path): not a regular file (e.g. a FIFO or device)"
        case (.unreadable(let path, let reason), .id): return "\(path): tidak dapat dibaca (\(reason))"
        case (.unreadable(let path, let reason), .en): return "\(path): cannot be read (\(reason))"
        case (.empty(let path), .id): return "\(path): berkas kosong"
        case (.empty(let path), .en): return "\(path): file is empty"
        case (.binary(let path), .id): return "\(path): berkas biner, bukan teks"
        case (.binary(let path), .en): return "\(path): binary file, not text"
        case (.tooLarge(let path, let bytes, let limit), .id):
            return "\(path): berkas terlalu besar (\(bytes) bita; batas \(limit) bita)"
        case (.tooLarge(let path, let bytes, let limit), .en):
            return "\(path): file too large (\(bytes) bytes; limit \(limit) bytes)"
        }
    }
}
