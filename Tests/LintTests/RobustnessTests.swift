import Foundation
import Testing
import Ingest
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The built `renstra-lint`, run as a reviewer would run it on whatever lands on their disk. Every bad
/// input gives exactly one error line and exit status 2, every odd but readable input a clean result;
/// nothing crashes, and nothing hangs (a generous timeout would kill it and fail the test).
@Suite struct RobustnessTests {
    @Test func emptyFileIsOneErrorLine() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("kosong.txt", [])
        try Tool.run([path]).expectInputError("\(path): berkas kosong")
    }

    @Test func whitespaceOnlyIsEmpty() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("spasi.txt", Array(" \t\n\r\n  \u{A0}\n\n".utf8))
        try Tool.run([path]).expectInputError("\(path): berkas kosong")
    }

    static let binaries: [(name: String, bytes: [UInt8])] = [
        ("gambar.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
        ("renstra.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml".utf8)),
    ]

    @Test(arguments: binaries.map(\.name))
    func binaryIsOneErrorLine(name: String) throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write(name, Self.binaries.first { $0.name == name }!.bytes)
        try Tool.run([path]).expectInputError("\(path): berkas biner, bukan teks")
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMarkReadsLikeUTF8(littleEndian: Bool) throws {
        let scratch = try TemporaryDirectory()
        let text = try String(contentsOfFile: Corpus.semarang.path, encoding: .utf8)
        let units = Array(text.utf16)
        let bytes: [UInt8] = (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + units.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return littleEndian ? [low, high] : [high, low]
        }
        let path = try scratch.write("semarang-utf16.txt", bytes)
        let utf16 = try Tool.run([path, "--format", "json"]).cleanReport()
        let utf8 = try Tool.run([Corpus.semarang.path, "--format", "json"]).cleanReport()
        #expect(utf16.layouts == ["semarang"])
        #expect(utf16.period == utf8.period)
        #expect(utf16.findings == utf8.findings)
    }

    @Test func windows1252IsReadWithItsAccents() throws {
        let scratch = try TemporaryDirectory()
        let text = try String(contentsOfFile: Corpus.depok.path, encoding: .utf8) + "\nDepok, 12 Juli 2021 — Café Koperasi\n"
        let bytes = try #require(text.data(using: .windowsCP1252, allowLossyConversion: true))
        #expect(String(data: bytes, encoding: .utf8) == nil)
        let path = try scratch.write("depok-1252.txt", Array(bytes))
        let report = try Tool.run([path, "--format", "json"]).cleanReport()
        #expect(report.layouts == ["depok"])
        #expect(report.period == [2021, 2026])
    }

    @Test func invalidUTF8InTheMiddleIsReadNotRefused() throws {
        let scratch = try TemporaryDirectory()
        var lines = try InputFile.readBytes(at: Corpus.bekasi.path).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines[lines.count / 2] = [0xC3, 0x28, 0xFF] + lines[lines.count / 2]
        let path = try scratch.write("bekasi-rusak.txt", Array(lines.joined(separator: [UInt8(ascii: "\n")])))
        let report = try Tool.run([path, "--format", "json"]).cleanReport()
        #expect(report.layouts == ["bekasi"])
        #expect(report.period == [2025, 2029])
    }

    @Test func tenMegabyteSingleLineIsReadInBoundedTime() throws {
        let scratch = try TemporaryDirectory()
        let cell = Array("Jumlah\t1.000.000,00\t30,30%\t".utf8)
        let bytes = Array(repeating: cell, count: 10 * 1024 * 1024 / cell.count + 1).joined()
        let path = try scratch.write("satu-baris.txt", Array(bytes) + [UInt8(ascii: "\n")])
        let report = try Tool.run([path, "--format", "json"]).cleanReport()
        #expect(report.layouts.count == 1)
    }

    @Test func hundredThousandRowTableIsReadInBoundedTime() throws {
        let scratch = try TemporaryDirectory()
        // The Bekasi front matter and Tabel 2.1's header, then 100,000 body rows.
        let corpus = try String(contentsOfFile: Corpus.bekasi.path, encoding: .utf8).pieces(separatedBy: "\n", omittingEmptySubsequences: false)
        let header = try #require(corpus.firstIndex { $0.hasPrefix("NO\tJENJANG PENDIDIKAN") })
        let rows = (1...100_000).map { "\($0)\tJenjang \($0)\t\($0 % 50)\t\($0 % 7)\t" }
        let text = (corpus[...header].map(String.init) + rows).joined(separator: "\n") + "\n"
        let path = try scratch.write("tabel-besar.txt", Array(text.utf8))
        let report = try Tool.run([path, "--format", "json"]).cleanReport()
        #expect(report.layouts == ["bekasi"])
    }

    @Test func directoryIsWalkedForTextFiles() throws {
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path + "/bab", withIntermediateDirectories: false)
        _ = try scratch.write("bab/renstra.txt", try InputFile.readBytes(at: Corpus.semarang.path))
        _ = try scratch.write("bab/gambar.png", Self.binaries[0].bytes)
        let report = try Tool.run([scratch.path + "/bab", "--format", "json"]).cleanReport()
        #expect(report.paths == [scratch.path + "/bab/renstra.txt"])
    }

    @Test func directoryWithoutTextFilesIsAnError() throws {
        let scratch = try TemporaryDirectory()
        _ = try scratch.write("gambar.png", Self.binaries[0].bytes)
        try Tool.run([scratch.path]).expectInputError("\(scratch.path): direktori tanpa berkas teks (.csv, .md, .pdf, .text, .tsv, .txt)")
        try Tool.run(["inspect", scratch.path]).expectInputError("\(scratch.path): direktori tanpa berkas teks (.csv, .md, .pdf, .text, .tsv, .txt)")
    }

    @Test func missingPathIsOneErrorLine() throws {
        let scratch = try TemporaryDirectory()
        try Tool.run([scratch.path + "/tidak-ada.txt"]).expectInputError("\(scratch.path)/tidak-ada.txt: berkas tidak ditemukan")
        try Tool.run([scratch.path + "/tidak-ada.txt", "--lang", "en"]).expectInputError("\(scratch.path)/tidak-ada.txt: no such file")
    }

    @Test func unreadableFileIsOneErrorLineUnlessPermissionsDoNotApply() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("rahasia.txt", try InputFile.readBytes(at: Corpus.semarang.path))
        try #require(chmod(path, 0) == 0)
        let run = try Tool.run([path])
        if access(path, R_OK) == 0 {
            // Root (or a capability) reads any file: then the file is simply linted.
            #expect(run.status < 2)
            #expect(run.errorLines.isEmpty)
        } else {
            run.expectInputError("\(path): tidak dapat dibaca (Permission denied)")
        }
    }

    @Test func fifoIsRefusedWithoutWaitingForAWriter() throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.path + "/pipa.txt"
        try #require(mkfifo(path, 0o600) == 0)
        try Tool.run([path]).expectInputError("\(path): bukan berkas biasa (misalnya FIFO atau perangkat)")
    }

    @Test func badFileInABatchDoesNotStopTheOthers() throws {
        let scratch = try TemporaryDirectory()
        let empty = try scratch.write("kosong.txt", [])
        let run = try Tool.run([Corpus.depok.path, empty, "--format", "json"])
        run.expectInputError("\(empty): berkas kosong")
        #expect(try run.report().paths == [Corpus.depok.path])
    }

    @Test func workerCountDoesNotChangeTheReport() throws {
        let corpora = Corpus.root + "/corpora"
        let reports = try [1, 2, 3].map { try Tool.run([corpora, "--format", "json", "--jobs", String($0)]) }
        for run in reports { run.expectSuccess() }
        #expect(Set(reports.map(\.output)).count == 1)
        #expect(try reports[0].report().paths.count == Corpus.allCases.count)
        try Tool.run([corpora, "--jobs", "0"]).expectInputError(
            "nilai tidak sah untuk --jobs: 0 (harus bilangan bulat ≥ 1). Lihat 'renstra-lint --help'.")
    }

    @Test func lintingNeverWritesItsInputs() throws {
        let scratch = try TemporaryDirectory()
        let before = try Corpus.allCases.map { SHA256.hex(try InputFile.readBytes(at: $0.path)) }
        let modified = try Corpus.allCases.map { try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date }
        for format in ["text", "json", "html", "sarif"] {
            try Tool.run([Corpus.root + "/corpora", "--format", format, "--output", scratch.path + "/report." + format]).expectSuccess()
        }
        try Tool.run([Corpus.root + "/corpora", "--write-baseline", scratch.path + "/baseline.json"]).expectSuccess()
        try Tool.run(["inspect", Corpus.root + "/corpora", "--output", scratch.path + "/inspect.txt"]).expectSuccess()
        #expect(try Corpus.allCases.map { SHA256.hex(try InputFile.readBytes(at: $0.path)) } == before)
        #expect(try Corpus.allCases.map { try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date } == modified)
    }
}

extension TemporaryDirectory {
    /// Writes raw bytes (binary, UTF-16, Windows-1252 …) and returns the file's path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
        return file(name)
    }
}
