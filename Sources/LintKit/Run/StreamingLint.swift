import Foundation
import Ingest
import Rules

/// Lints a batch in chunks and writes each chunk's findings as soon as it is done, keeping only a
/// short summary of every file: peak memory stays flat however many files the batch holds. Used for
/// the text and JSON reports when no baseline is involved (a baseline needs every finding at once).
struct StreamingLint {
    var paths: [String]
    var workers: Int
    /// Reads and lints one input.
    var lint: @Sendable (String) -> FileLintResult
    var reporter: TextReporter
    /// Files linted together before their findings are written; dozens per worker keep threads busy.
    var chunkSize: Int
    /// Run once every chunk is written; its findings follow the chunks'.
    var crossDocument: CrossDocumentStage?

    init(paths: [String], workers: Int, reporter: TextReporter, chunkSize: Int? = nil, crossDocument: CrossDocumentStage? = nil,
         lint: @escaping @Sendable (String) -> FileLintResult) {
        self.paths = paths
        self.workers = workers
        self.lint = lint
        self.reporter = reporter
        self.chunkSize = chunkSize ?? max(64, workers * 32)
        self.crossDocument = crossDocument
    }

    var language: Language { reporter.language }

    /// Lints the batch and writes the text (or JSON) report to `sink`; returns what could not be read
    /// (`inputErrors` first, then the files that failed as they were linted) and whether any finding reached `failOn`.
    func report(json: Bool, inputErrors: [InputError], to sink: OutputSink, failOn: Severity) throws -> LintOutcome {
        let unusable = inputErrors.map { FileLintResult.failed(path: $0.path, $0) }
        let linted: (summaries: [FileLintResult], failing: Bool)
        if json {
            var stream = try JSONFindingStream(reporter: JSONReporter(language: language), sink: sink)
            linted = try run(into: &stream, failOn: failOn)
            try stream.finish(unusable + linted.summaries)
        } else {
            var stream = TextFindingStream(reporter: reporter, sink: sink)
            linted = try run(into: &stream, failOn: failOn)
            try stream.finish(unusable + linted.summaries)
        }
        return LintOutcome(inputErrors: inputErrors + linted.summaries.compactMap(\.error),
                           passedOver: linted.summaries.filter(\.notAPlan).map(\.path), failing: linted.failing)
    }

    /// Lints every path into `report`; returns the files' results without their findings, and whether
    /// any finding reached `failOn`.
    func run(into report: inout some FindingStream, failOn: Severity) throws -> (summaries: [FileLintResult], failing: Bool) {
        var summaries: [FileLintResult] = []
        var failing = false
        for start in stride(from: 0, to: paths.count, by: chunkSize) {
            let chunk = Array(paths[start..<min(paths.count, start + chunkSize)])
            for var result in chunk.parallelMapLargestFirst(workers: workers, lint) {
                failing = failing || result.findings.contains { $0.severity >= failOn }
                try report.append(result)
                result.findings = []
                summaries.append(result)
            }
        }
        if let crossDocument {
            let outcome = crossDocument.run(summaries)
            failing = failing || outcome.findings.contains { $0.severity >= failOn }
            for (file, findings) in Dictionary(grouping: outcome.findings, by: \.file).sorted(by: { $0.key < $1.key }) {
                try report.append(FileLintResult(path: file, layout: nil, period: nil, findings: findings, error: nil))
            }
            CrossDocumentStage.merge(CrossDocumentStage.Outcome(findings: [], notes: outcome.notes, referenceResults: outcome.referenceResults),
                                     into: &summaries)
        }
        return (summaries, failing)
    }
}

/// A report written finding by finding, then closed with what only the whole batch knows.
protocol FindingStream {
    /// Writes what is to be said of one file as it is linted (its findings, and for text its reading warnings).
    mutating func append(_ result: FileLintResult) throws
    mutating func finish(_ summaries: [FileLintResult]) throws
}

/// The text report, written as it goes: the lines of `TextReporter`, then its summary.
struct TextFindingStream: FindingStream {
    var reporter: TextReporter
    var sink: OutputSink
    private var counts: [Severity: Int] = [:]

    init(reporter: TextReporter, sink: OutputSink) {
        self.reporter = reporter
        self.sink = sink
    }

    mutating func append(_ result: FileLintResult) throws {
        try sink.write(reporter.renderWarnings(of: result))
        for finding in result.findings {
            counts[finding.severity, default: 0] += 1
            try sink.write(reporter.render(finding) + "\n")
        }
    }

    mutating func finish(_ summaries: [FileLintResult]) throws {
        try sink.write(reporter.closing(counts: counts, of: summaries))
        try sink.close()
    }
}

/// The JSON report, byte for byte as `JSONReporter` writes it. Its `files` come before its `findings`,
/// so findings wait, already encoded, in an unlinked temporary file rather than in memory.
struct JSONFindingStream: FindingStream {
    var reporter: JSONReporter
    var sink: OutputSink
    private let spool: FileHandle
    private var wroteFindings = false

    /// `slicesPerRound`: how many slices of findings are encoded side by side before they are written.
    init(reporter: JSONReporter, sink: OutputSink, slicesPerRound: Int = 4 * ProcessInfo.processInfo.activeProcessorCount) throws {
        precondition(slicesPerRound > 0, "a round encodes at least one slice")
        self.reporter = reporter
        self.sink = sink
        self.slicesPerRound = slicesPerRound
        spool = try Self.temporaryFile()
    }

    /// Findings encoded together on one thread; a large plan's findings are encoded in such slices side by
    /// side (encoding is a tenth of its run), and written in their order.
    static let encodingSlice = 512
    /// Slices encoded side by side before they are written: by default enough to keep every thread busy, few
    /// enough that a large plan's encoded findings (tens of megabytes) never wait in memory all at once.
    let slicesPerRound: Int

    mutating func append(_ result: FileLintResult) throws {
        let findings = result.findings, reporter = reporter
        let slices = stride(from: 0, to: findings.count, by: Self.encodingSlice).map { $0..<min($0 + Self.encodingSlice, findings.count) }
        for round in stride(from: 0, to: slices.count, by: slicesPerRound) {
            let texts = Array(slices[round..<min(round + slicesPerRound, slices.count)]).parallelMap { slice -> [UInt8] in
                var text: [UInt8] = []
                for index in slice {
                    text.append(contentsOf: ",\n    ".utf8)
                    reporter.encode(findings[index]).write(to: &text, indent: 2, depth: 2)
                }
                return text
            }
            for text in texts {
                // The first finding of the report follows the opening bracket without a comma.
                try spool.write(contentsOf: wroteFindings ? Data(text) : Data(text.dropFirst()))
                wroteFindings = true
            }
        }
    }

    mutating func finish(_ summaries: [FileLintResult]) throws {
        let empty = reporter.report(summaries)
        guard wroteFindings else {
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
