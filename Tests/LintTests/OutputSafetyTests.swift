import Foundation
import Testing
@testable import LintKit
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `--output` writes a report only where a report belongs: a regular file (or a new one) is replaced
/// whole, a link's regular target is written through the link, and anything else (a device, a FIFO,
/// standard output) is written straight to, never replaced by a file.
@Suite struct OutputSafetyTests {
    func write(_ text: String, to path: String) throws {
        try OutputSink.write(text, to: OutputTarget(path: path))
    }

    func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func newAndExistingFilesAreReplacedWholeKeepingPermissions() throws {
        let scratch = try TemporaryDirectory()
        try write("laporan\n", to: scratch.file("baru.txt"))
        #expect(try scratch.read("baru.txt") == "laporan\n")
        let existing = try scratch.write("lama.txt", "isi lama yang lebih panjang\n")
        try #require(chmod(existing, 0o640) == 0)
        try write("baru\n", to: existing)
        #expect(try scratch.read("lama.txt") == "baru\n")
        var status = stat()
        try #require(stat(existing, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o640)
        // No temporary file is left beside the report.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["baru.txt", "lama.txt"])
    }

    @Test func aLinkToARegularFileWritesTheTargetAndStaysALink() throws {
        let scratch = try TemporaryDirectory()
        let target = try scratch.write("target.txt", "lama\n")
        try #require(symlink(target, scratch.file("link.txt")) == 0)
        try write("baru\n", to: scratch.file("link.txt"))
        #expect(fileType(scratch.file("link.txt")) == S_IFLNK)
        #expect(try scratch.read("target.txt") == "baru\n")
    }

    @Test func aDanglingLinkIsAnErrorAndIsLeftAlone() throws {
        let scratch = try TemporaryDirectory()
        try #require(symlink(scratch.file("tidak-ada.txt"), scratch.file("link.txt")) == 0)
        let path = scratch.file("link.txt")
        #expect(throws: UsageError.file(id: "tidak dapat menulis berkas: \(path) (tautan ke berkas yang tidak ada)",
                                        en: "cannot write file: \(path) (a link to a missing file)")) {
            try write("x", to: path)
        }
        #expect(fileType(path) == S_IFLNK)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("tidak-ada.txt")))
    }

    @Test func aLinkToADeviceIsWrittenStraightToTheDevice() throws {
        let scratch = try TemporaryDirectory()
        try #require(symlink("/dev/null", scratch.file("stdout")) == 0)
        try write("laporan\n", to: scratch.file("stdout"))
        #expect(fileType(scratch.file("stdout")) == S_IFLNK)
        #expect(fileType("/dev/null") == S_IFCHR)
    }

    @Test func aFIFOIsWrittenToNotReplaced() throws {
        let scratch = try TemporaryDirectory()
        let fifo = scratch.file("pipa")
        try #require(mkfifo(fifo, 0o600) == 0)
        // The reading end is opened first (without waiting for a writer), so opening it for writing does not wait;
        // the report is smaller than the pipe's buffer.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        try write("laporan lewat pipa\n", to: fifo)
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "laporan lewat pipa\n")
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test func aDirectoryIsAOneLineError() throws {
        let scratch = try TemporaryDirectory()
        #expect(throws: UsageError.file(id: "tidak dapat menulis berkas: \(scratch.path) (Is a directory)",
                                        en: "cannot write file: \(scratch.path) (Is a directory)")) {
            try write("x", to: scratch.path)
        }
    }

    @Test func aFailedReportLeavesTheOldFileAsItWas() throws {
        let scratch = try TemporaryDirectory()
        let existing = try scratch.write("laporan.txt", "laporan sebelumnya\n")
        do {
            let sink = try OutputSink(OutputTarget(path: existing))
            try sink.write(String(repeating: "sebagian ", count: 20_000))
            // The run fails here: the sink is dropped without being closed.
        }
        #expect(try scratch.read("laporan.txt") == "laporan sebelumnya\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["laporan.txt"])
    }

    @Test func dashMeansStandardOutput() {
        #expect(OutputTarget(path: "-").path == nil)
        #expect(OutputTarget(path: "./-").path == "./-")
    }

    /// `/dev/stdout` (and `/proc/self/fd/1`) is the stream itself: the report reaches whatever standard
    /// output is, and no file is created in its place.
    @Test(arguments: ["/dev/stdout", "/proc/self/fd/1", "-"])
    func standardOutputByName(name: String) throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/fd/1") else { return }
        let run = try Tool.run([Corpus.semarang.path, "--format", "json", "--output", name])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("{\n  \"tool\""))
        #expect(fileType("/dev/stdout") == S_IFLNK)
    }
}
