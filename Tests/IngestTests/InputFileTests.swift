import Foundation
import Testing
import Ingest
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory under the system temporary directory, removed when the test ends.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "renstra-input-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let filePath = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: filePath))
        return filePath
    }
}

@Suite struct InputFileTests {
    @Test func missingPathIsMissing() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/tidak-ada.txt"
        #expect(throws: InputError.missing(path)) { try InputFile.read(at: path) }
    }

    @Test func pathThroughAFileIsMissing() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.file("renstra.txt", Array("isi\n".utf8))
        #expect(throws: InputError.missing(file + "/bab1.txt")) { try InputFile.readBytes(at: file + "/bab1.txt") }
    }

    @Test func directoryIsRefused() throws {
        let scratch = try ScratchDirectory()
        #expect(throws: InputError.isDirectory(scratch.path)) { try InputFile.read(at: scratch.path) }
    }

    @Test func fifoIsRefusedWithoutOpeningIt() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/pipa"
        try #require(mkfifo(path, 0o600) == 0)
        // Opening a FIFO for reading would wait for a writer; the reader must not get that far.
        #expect(throws: InputError.notAFile(path)) { try InputFile.read(at: path) }
    }

    @Test func characterDeviceIsNotAFile() {
        #expect(throws: InputError.notAFile("/dev/null")) { try InputFile.readBytes(at: "/dev/null") }
    }

    @Test func unreadableFileIsReportedUnlessThePermissionsDoNotApply() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.file("rahasia.txt", Array("Rp 1.000\n".utf8))
        try #require(chmod(path, 0) == 0)
        defer { chmod(path, 0o600) }
        // Root (or CAP_DAC_OVERRIDE) reads a mode-000 file anyway; then reading must simply succeed.
        if access(path, R_OK) == 0 {
            #expect(try InputFile.read(at: path).lines == ["Rp 1.000"])
        } else {
            let error = try #require(throws: InputError.self) { try InputFile.read(at: path) }
            guard case .unreadable(let reportedPath, let reason) = error else {
                Issue.record("expected .unreadable, got \(error)")
                return
            }
            #expect(reportedPath == path)
            #expect(reason == String(cString: strerror(EACCES)))
        }
    }

    @Test func emptyFileIsEmpty() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.file("kosong.txt", [])
        #expect(try InputFile.readBytes(at: path).isEmpty)
        #expect(throws: InputError.empty(path)) { try InputFile.read(at: path) }
    }

    @Test func symbolicLinkToAFileIsFollowedAndADanglingOneIsMissing() throws {
        let scratch = try ScratchDirectory()
        let target = try scratch.file("asli.txt", Array("BAB I\n".utf8))
        let link = scratch.path + "/tautan.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try InputFile.read(at: link).lines == ["BAB I"])
        let dangling = scratch.path + "/putus.txt"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: scratch.path + "/hilang.txt")
        #expect(throws: InputError.missing(dangling)) { try InputFile.read(at: dangling) }
    }

    static let contents: [[UInt8]] = [
        Array("Tabel 2.1\r\nRp 1.000\n".utf8),
        Array("Judul ".utf8) + [0x93, 0xE9, 0x94, 0x0A],
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00],
        Array(" \n".utf8),
    ]

    @Test(arguments: contents)
    func readingNeverModifiesTheFile(_ bytes: [UInt8]) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.file("renstra.txt", bytes)
        let past = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: past, .posixPermissions: 0o640], ofItemAtPath: path)
        let before = try FileManager.default.attributesOfItem(atPath: path)

        _ = try? InputFile.read(at: path)
        _ = try? InputFile.readBytes(at: path)

        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
        #expect(after[.modificationDate] as? Date == past)
        #expect(after[.modificationDate] as? Date == before[.modificationDate] as? Date)
        #expect(after[.posixPermissions] as? Int == 0o640)
        #expect(after[.size] as? Int == bytes.count)
    }

    @Test func readsACorpusExactly() throws {
        let bytes = try InputFile.readBytes(at: Corpus.depok.path)
        #expect(bytes.count == (try FileManager.default.attributesOfItem(atPath: Corpus.depok.path)[.size] as? Int))
        let source = try InputFile.read(at: Corpus.depok.path)
        #expect(source.path == Corpus.depok.path)
        #expect(source.encoding == .utf8)
        #expect(source.lines.count == 2868)
    }
}
