import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// One run of the built executable, with its output kept in files (no pipe can fill up and block).
struct Tool {
    var status: Int32
    var output: String
    var errorOutput: String

    var errorLines: [String] { errorOutput.pieces(separatedBy: "\n").map(String.init) }

    /// Generous: a debug build on a busy machine reads the largest inputs here in well under a minute.
    static let timeout: TimeInterval = 600

    static let executable: String = {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("renstra-lint").path
        if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return Corpus.root + "/.build/debug/renstra-lint"
    }()

    /// Runs with `arguments`, `standardInput` as its standard input (none by default) and, when given, in
    /// `workingDirectory`.
    static func run(_ arguments: [String], standardInput: [UInt8]? = nil, workingDirectory: String? = nil) throws -> Tool {
        let directory = NSTemporaryDirectory() + "renstra-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data().write(to: URL(fileURLWithPath: directory + "/out"))
        try Data().write(to: URL(fileURLWithPath: directory + "/err"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        if let standardInput {
            try Data(standardInput).write(to: URL(fileURLWithPath: directory + "/in"))
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: directory + "/in"))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/err"))
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let hung = process.isRunning
        if hung { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(!hung, "renstra-lint \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s")
        #expect(process.terminationReason == .exit, "renstra-lint \(arguments.joined(separator: " ")) was killed by a signal")
        return Tool(status: process.terminationStatus,
                    output: (try? String(contentsOfFile: directory + "/out", encoding: .utf8)) ?? "",
                    errorOutput: (try? String(contentsOfFile: directory + "/err", encoding: .utf8)) ?? "")
    }

    /// Exit status 2 and exactly this one line on standard error, after the program name.
    func expectInputError(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == 2, sourceLocation: sourceLocation)
        #expect(errorLines == ["renstra-lint: " + message], sourceLocation: sourceLocation)
    }

    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status < 2, "\(errorOutput)", sourceLocation: sourceLocation)
    }

    /// A report with no input error (exit 0 or 1, nothing on standard error), parsed.
    func cleanReport(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONReport {
        #expect(status < 2, sourceLocation: sourceLocation)
        #expect(errorLines.isEmpty, sourceLocation: sourceLocation)
        return try report()
    }

    func report() throws -> JSONReport { try JSONReport(output) }
}

/// The parts of the JSON report these tests compare.
struct JSONReport {
    var paths: [String]
    var layouts: [String]
    var period: [Int]?
    /// Each finding without its file, so that the same document under two names compares equal.
    var findings: [String]

    init(_ text: String) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        paths = files.compactMap { $0["path"] as? String }
        layouts = files.compactMap { $0["layout"] as? String }
        period = (files.first?["period"] as? [String: Int]).map { [$0["start"] ?? 0, $0["end"] ?? 0] }
        findings = try #require(root["findings"] as? [[String: Any]]).map { finding in
            finding.filter { $0.key != "file" }.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.canonical($0.value))" }.joined(separator: ";")
        }
    }

    /// A JSON value as text with its keys sorted: a nested object (an `evidence` entry) prints its keys in
    /// no fixed order otherwise.
    static func canonical(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
