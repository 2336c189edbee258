import Foundation
import Ingest
import Rules

/// Lints a batch in chunks and writes each chunk's findings as soon as it is done, keeping only a
/// short summary of every file: peak memory stays flat however many files the batch holds. Used for
/// the text and JSON reports when no baseline is involved (a baseline needs every finding at once).
struct StreamingLint {
    var paths: [String]
    var workers: Int
    var runner: RuleRunner
    var language: Language
    /// Files linted together before their findings are written; dozens per worker keep threads busy.
    var chunkSize: Int
    /// Run once every chunk is written; its findings follow the chunks'.
    var crossDocument: CrossDocumentStage?

    init(paths: [String], workers: Int, runner: RuleRunner, language: Language, chunkSize: Int? = nil,
         crossDocument: CrossDocumentStage? = nil) {
        self.paths = paths
        self.workers = workers
        self.runner = runner
        self.language = language
        self.chunkSize = chunkSize ?? max(64, workers * 32)
        self.crossDocument = crossDocument
    }

    /// Lints the batch and writes the text (or JSON) report to `output`; returns the exit status.
    func report(json: Bool, inputErrors: [InputError], to output: OutputTarget, failOn: Severity) throws -> Int32 {
        for error in inputErrors { CommandLineApp.printError(error.message(language)) }
        let unusable = inputErrors.map { FileLintResult.failed(path: $0.path, $0) }
        let sink = try ReportSink(output)
        let linted: (summaries: [FileLintResult], failing: Bool)
        if json {
            var stream = try JSONFindingStream(reporter: JSONReporter(language: language), sink: sink)
            linted = try run(into: &stream, failOn: failOn)
            try stream.finish(unusable + linted.summaries)
        } else {
            let colour = output.isTerminal && !ColourPolicy.disabled(environment: ProcessInfo.processInfo.environment)
            var stream = TextFindingStream(reporter: TextReporter(language: language, colour: colour), sink: sink)
            linted = try run(into: &stream, failOn: failOn)
            try stream.finish(unusable + linted.summaries)
        }
        if !inputErrors.isEmpty || linted.summaries.contains(where: { $0.error != nil }) { return ExitCode.failure }
        return linted.failing ? ExitCode.findings : ExitCode.clean
    }

    /// Lints every path into `report`, printing unusable inputs as they come; returns the files' results
    /// without their findings, and whether any finding reached `failOn`.
    func run(into report: inout some FindingStream, failOn: Severity) throws -> (summaries: [FileLintResult], failing: Bool) {
        var summaries: [FileLintResult] = []
        var failing = false
        for start in stride(from: 0, to: paths.count, by: chunkSize) {
            let chunk = Array(paths[start..<min(paths.count, start + chunkSize)])
            for var result in chunk.parallelMapLargestFirst(workers: workers, { FileLintResult.lint(path: $0, runner: runner) }) {
                if let error = result.error { CommandLineApp.printError(error.message(language)) }
                failing = failing || result.findings.contains { $0.severity >= failOn }
                try report.append(result.findings)
                result.findings = []
                summaries.append(result)
            }
        }
        if let crossDocument {
            let outcome = crossDocument.run(summaries)
            for result in outcome.referenceResults { if let error = result.error { CommandLineApp.printError(error.message(language)) } }
            failing = failing || outcome.findings.contains { $0.severity >= failOn }
            try report.append(outcome.findings)
            CrossDocumentStage.merge(CrossDocumentStage.Outcome(findings: [], notes: outcome.notes, referenceResults: outcome.referenceResults),
                                     into: &summaries)
        }
        return (summaries, failing)
    }
}

/// A report written finding by finding, then closed with what only the whole batch knows.
protocol FindingStream {
    mutating func append(_ findings: [Finding]) throws
    mutating func finish(_ summaries: [FileLintResult]) throws
}

/// The text report, written as it goes: the lines of `TextReporter`, then its summary.
struct TextFindingStream: FindingStream {
    var reporter: TextReporter
    var sink: ReportSink
    private var counts: [Severity: Int] = [:]

    init(reporter: TextReporter, sink: ReportSink) {
        self.reporter = reporter
        self.sink = sink
    }

    mutating func append(_ findings: [Finding]) throws {
        for finding in findings {
            counts[finding.severity, default: 0] += 1
            try sink.write(reporter.render(finding) + "\n")
        }
    }

    mutating func finish(_ summaries: [FileLintResult]) throws {
        try sink.write(reporter.summary(counts: counts, files: summaries.filter { $0.error == nil }.count, suppressed: 0)
                       + reporter.notes(summaries))
        try sink.close()
    }
}

/// The JSON report, byte for byte as `JSONReporter` writes it. Its `files` come before its `findings`,
/// so findings wait, already encoded, in an unlinked temporary file rather than in memory.
struct JSONFindingStream: FindingStream {
    var reporter: JSONReporter
    var sink: ReportSink
    private let spool: FileHandle
    private var written = 0

    init(reporter: JSONReporter, sink: ReportSink) throws {
        self.reporter = reporter
        self.sink = sink
        spool = try Self.temporaryFile()
    }

    mutating func append(_ findings: [Finding]) throws {
        var text = ""
        for finding in findings {
            text += written == 0 ? "\n    " : ",\n    "
            reporter.encode(finding).write(to: &text, indent: 2, depth: 2)
            written += 1
        }
        if !text.isEmpty { try spool.write(contentsOf: Data(text.utf8)) }
    }

    mutating func finish(_ summaries: [FileLintResult]) throws {
        let empty = reporter.report(summaries)
        guard written > 0 else {
            try sink.write(empty)
            return try sink.close()
        }
        // The report of the summaries ends in `"findings": []`, then the closing brace.
        let closing = "[]\n}\n"
        precondition(empty.hasSuffix(closing), "JSON report layout changed")
        try sink.write(String(empty.dropLast(closing.count)) + "[")
        try spool.seek(toOffset: 0)
        while let data = try spool.read(upToCount: 1 << 20), !data.isEmpty { try sink.write(data) }
        try sink.write("\n  ]\n}\n")
        try sink.close()
    }

    private static func temporaryFile() throws -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/renstra-lint-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw UsageError.file(id: "tidak dapat membuat berkas sementara", en: "cannot create a temporary file")
        }
        unlink(template)
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}

/// Standard output or the `--output` file, written in pieces through a buffer.
final class ReportSink {
    private let handle: FileHandle
    private let path: String?
    private var buffer = Data()

    init(_ target: OutputTarget) throws {
        path = target.path
        guard let path = target.path else {
            handle = .standardOutput
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw Self.cannotWrite(path)
        }
        handle = file
    }

    func write(_ text: String) throws { try write(Data(text.utf8)) }

    func write(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func close() throws {
        try flush()
        if path != nil { try handle.close() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch { throw Self.cannotWrite(path ?? "-") }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func cannotWrite(_ path: String) -> UsageError {
        UsageError.file(id: "tidak dapat menulis berkas: \(path)", en: "cannot write file: \(path)")
    }
}
