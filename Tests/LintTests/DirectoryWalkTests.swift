import Foundation
import Testing
@testable import LintKit
import Ingest
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A directory walk skips nothing silently: what could be an input and cannot be reached is an input error,
/// exactly as the same path named alone would be.
@Suite struct DirectoryWalkTests {
    static let plan = SemarangExcerpt.text

    @Test func aDanglingLinkIsAMissingFile() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("renstra.txt", Self.plan)
        try #require(symlink(scratch.file("terhapus.txt"), scratch.file("tautan.txt")) == 0)
        let walk = DirectoryWalk(scratch.path)
        #expect(walk.files == [scratch.file("renstra.txt")])
        #expect(walk.errors == [.missing(scratch.file("tautan.txt"))])
        // Through the tool: one line, exit 2, and the readable file still reported.
        let run = try Tool.run([scratch.path, "--format", "json"])
        run.expectInputError("\(scratch.file("tautan.txt")): berkas tidak ditemukan")
        #expect(try run.report().paths == [scratch.file("renstra.txt")])
        // The same as naming the link alone.
        try Tool.run([scratch.file("tautan.txt")]).expectInputError("\(scratch.file("tautan.txt")): berkas tidak ditemukan")
    }

    @Test func aLoopingLinkIsAnError() throws {
        let scratch = try TemporaryDirectory()
        try #require(symlink(scratch.file("b.txt"), scratch.file("a.txt")) == 0)
        try #require(symlink(scratch.file("a.txt"), scratch.file("b.txt")) == 0)
        let walk = DirectoryWalk(scratch.path)
        #expect(walk.files.isEmpty)
        #expect(walk.errors == [.unreadable(scratch.file("a.txt"), reason: "Too many levels of symbolic links"),
                                .unreadable(scratch.file("b.txt"), reason: "Too many levels of symbolic links")])
        let run = try Tool.run([scratch.path])
        #expect(run.status == 2)
        #expect(run.errorLines == ["renstra-lint: \(scratch.file("a.txt")): tidak dapat dibaca (Too many levels of symbolic links)",
                                   "renstra-lint: \(scratch.file("b.txt")): tidak dapat dibaca (Too many levels of symbolic links)"])
    }

    @Test func aLinkBackIntoTheWalkIsAnErrorNotAnEndlessWalk() throws {
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("bab"), withIntermediateDirectories: false)
        try scratch.write("bab/renstra.txt", Self.plan)
        try #require(symlink(scratch.path, scratch.file("bab/kembali")) == 0)
        let walk = DirectoryWalk(scratch.path)
        #expect(walk.files == [scratch.file("bab/renstra.txt")])
        #expect(walk.errors == [.unreadable(scratch.file("bab/kembali"), reason: "Too many levels of symbolic links")])
    }

    @Test func anUnlistableSubdirectoryIsAnError() throws {
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("rahasia"), withIntermediateDirectories: false)
        try scratch.write("rahasia/renstra.txt", Self.plan)
        try scratch.write("renstra.txt", Self.plan)
        try #require(chmod(scratch.file("rahasia"), 0) == 0)
        defer { chmod(scratch.file("rahasia"), 0o700) }
        let walk = DirectoryWalk(scratch.path)
        if access(scratch.file("rahasia"), R_OK) == 0 {
            // Root (or a capability) lists any directory: then both files are found.
            #expect(walk.files == [scratch.file("rahasia/renstra.txt"), scratch.file("renstra.txt")])
        } else {
            #expect(walk.files == [scratch.file("renstra.txt")])
            #expect(walk.errors == [.unreadable(scratch.file("rahasia"), reason: "Permission denied")])
        }
    }

    @Test func aPathLongerThanTheSystemAllowsIsAnError() throws {
        let scratch = try TemporaryDirectory()
        // Directories nested by relative calls until the full path is longer than PATH_MAX (4096).
        let name = String(repeating: "d", count: 200)
        var directory = open(scratch.path, O_RDONLY | O_DIRECTORY)
        try #require(directory >= 0)
        for _ in 0..<25 {
            try #require(mkdirat(directory, name, 0o700) == 0)
            let next = openat(directory, name, O_RDONLY | O_DIRECTORY)
            close(directory)
            directory = next
            try #require(directory >= 0)
        }
        defer { removeDeep(under: scratch.path, depth: 25, name: name) }
        let file = openat(directory, "renstra.txt", O_WRONLY | O_CREAT, 0o600)
        try #require(file >= 0)
        close(file)
        close(directory)
        let walk = DirectoryWalk(scratch.path)
        #expect(walk.files.isEmpty)
        #expect(walk.errors.count == 1)
        #expect(walk.errors.first.map { if case .unreadable(_, "File name too long") = $0 { return true } else { return false } } == true)
        #expect((walk.errors.first?.path.utf8.count ?? 0) > 4096)
    }

    @Test func aFileNameThatIsNotUTF8IsAnError() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("renstra.txt", Self.plan)
        let name: [UInt8] = Array("rencana-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
        let path = Array(scratch.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o600) }
        try #require(descriptor >= 0)
        close(descriptor)
        let walk = DirectoryWalk(scratch.path)
        #expect(walk.files == [scratch.file("renstra.txt")])
        #expect(walk.errors == [.unreadable(scratch.file("rencana-\u{FFFD}\u{FFFD}.txt"), reason: "Invalid or incomplete multibyte or wide character")])
        let run = try Tool.run([scratch.path])
        #expect(run.status == 2)
        #expect(run.errorLines.count == 1)
    }

    @Test func hiddenEntriesAndOtherFilesAreLeftOut() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("renstra.txt", Self.plan)
        try scratch.write(".renstra-lint.json", "{}")
        try FileManager.default.createDirectory(atPath: scratch.file(".git"), withIntermediateDirectories: false)
        try scratch.write(".git/HEAD.txt", "ref")
        try scratch.write("gambar.png", "png")
        try #require(symlink(scratch.file("hilang.png"), scratch.file("tautan.png")) == 0)
        let walk = DirectoryWalk(scratch.path)
        #expect(walk.files == [scratch.file("renstra.txt")])
        #expect(walk.errors.isEmpty)
    }

    /// Removes what `aPathLongerThanTheSystemAllowsIsAnError` nested, from the bottom up, by relative calls.
    private func removeDeep(under top: String, depth: Int, name: String) {
        var descriptors = [open(top, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<depth { descriptors.append(openat(descriptors.last!, name, O_RDONLY | O_DIRECTORY)) }
        unlinkat(descriptors.last!, "renstra.txt", 0)
        for level in stride(from: depth, to: 0, by: -1) {
            close(descriptors[level])
            unlinkat(descriptors[level - 1], name, AT_REMOVEDIR)
        }
        close(descriptors[0])
    }
}
