import Foundation

/// Reads a PDF through poppler's `pdftotext -layout`, the extractor reviewers already use: it keeps each
/// table row on one line with its columns aligned by spaces, and ends every page with a form feed, which
/// `SourceText` turns into page numbers.
public enum PDFText {
    /// What the extracted text is called in reports.
    public static let extraction = "pdftotext -layout"
    public static let tool = "pdftotext"
    public static let package = "poppler-utils"
    /// A PDF whose extraction takes longer than this is refused rather than waited for.
    static let timeoutSeconds = 120.0

    public static func isPDF(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("%PDF-".utf8)) }

    /// The layout text of the PDF at `path`, decoded like any text file.
    public static func extract(path: String) throws -> SourceText {
        guard let executable = executablePath() else { throw InputError.toolMissing(path, tool: tool, package: package) }
        let output = try run(executable, arguments: ["-layout", "-enc", "UTF-8", "-q", path, "-"], path: path)
        guard !output.allSatisfy({ $0 == 0x0C || ByteText.isWhitespace($0) }) else {
            throw InputError.conversionFailed(path, reason: Localized(id: "PDF tanpa lapisan teks (hasil pindaian?)",
                                                                      en: "a PDF without a text layer (a scan?)"))
        }
        let decoded = try TextDecoder.decode(output, path: path)
        return SourceText(path: path, encoding: decoded.encoding, lines: decoded.lines, warnings: decoded.warnings,
                          extraction: extraction)
    }

    /// `pdftotext` on the search path.
    public static func executablePath() -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            .pieces(separatedBy: ":")
        return directories.map { String($0) + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the extractor, reading its output while it writes (a full pipe would block it), and stops it
    /// after `timeoutSeconds`.
    private static func run(_ executable: String, arguments: [String], path: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw InputError.conversionFailed(path, reason: Localized(id: "\(tool) tidak dapat dijalankan: \(error.localizedDescription)",
                                                                      en: "\(tool) cannot be run: \(error.localizedDescription)"))
        }
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds, execute: timer)
        let errorText = ErrorCollector(errors.fileHandleForReading)
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        timer.cancel()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let reason = process.terminationReason == .uncaughtSignal
                ? Localized(id: "\(tool) dihentikan setelah \(Int(timeoutSeconds)) detik", en: "\(tool) stopped after \(Int(timeoutSeconds)) s")
                : Localized(id: "\(tool) gagal (status \(process.terminationStatus)): \(errorText.firstLine())",
                            en: "\(tool) failed (status \(process.terminationStatus)): \(errorText.firstLine())")
            throw InputError.conversionFailed(path, reason: reason)
        }
        return bytes
    }

    /// Drains the extractor's standard error on another thread so that neither pipe can fill up.
    private final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            DispatchQueue.global().async {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }
        }

        func firstLine() -> String {
            done.wait()
            let text = String(decoding: data, as: UTF8.self)
            return text.pieces(separatedBy: "\n").first.map { String($0.prefix(200)) } ?? ""
        }
    }
}
