import Foundation
import Testing
import Ingest
import TestSupport

@Suite struct TextDecoderTests {
    func decode(_ bytes: [UInt8]) throws -> SourceText { try TextDecoder.decode(bytes, path: "input.txt") }

    func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        let units = Array(text.utf16)
        let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        return bom + units.flatMap { unit in
            littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
    }

    @Test func readsUTF8WithoutByteOrderMark() throws {
        let source = try decode(Array("Tabel 2.1\tRp 1.000 √\n".utf8))
        #expect(source.encoding == .utf8)
        #expect(source.lines == ["Tabel 2.1\tRp 1.000 √"])
        #expect(source.warnings.isEmpty)
    }

    @Test func dropsTheUTF8ByteOrderMark() throws {
        let source = try decode([0xEF, 0xBB, 0xBF] + Array("BAB I\nPendahuluan\n".utf8))
        #expect(source.encoding == .utf8WithBOM)
        #expect(source.lines == ["BAB I", "Pendahuluan"])
        #expect(!source.lines[0].unicodeScalars.contains("\u{FEFF}"))
    }

    @Test(arguments: [true, false])
    func readsUTF16WithByteOrderMark(littleEndian: Bool) throws {
        let source = try decode(utf16("Kode\tUraian\r\nRp 1.704.720.000 – √ 𝟙\r\n", littleEndian: littleEndian))
        #expect(source.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(source.lines == ["Kode\tUraian", "Rp 1.704.720.000 – √ 𝟙"])
    }

    @Test func fallsBackToWindows1252WithAWarning() throws {
        let source = try decode(Array("Program ".utf8) + [0x93] + Array("Kinerja".utf8) + [0x94]
                                + Array(" caf".utf8) + [0xE9, 0x0A, 0x80, 0x35, 0x0A])
        #expect(source.encoding == .windows1252)
        #expect(source.lines == ["Program “Kinerja” café", "€5"])
        #expect(source.warnings.count == 1)
        #expect(source.warnings.first?.id.containsLiteral("Windows-1252") == true)
        #expect(source.warnings.first?.id.containsLiteral("baris 1") == true)
    }

    @Test func invalidByteInAnOtherwiseUTF8FileFallsBackAndNamesItsLine() throws {
        let bytes = Array("baris satu\r\nbaris dua √\rrusak ".utf8) + [0xFF] + Array(" di sini\n".utf8)
        let source = try decode(bytes)
        #expect(source.encoding == .windows1252)
        #expect(source.lines.count == 3)
        #expect(source.lines[0] == "baris satu")
        #expect(source.lines[2] == "rusak ÿ di sini")
        // The valid UTF-8 of `√` is read byte by byte too: the warning tells the reviewer why.
        #expect(source.lines[1] == "baris dua âˆš")
        #expect(source.warnings.first?.id.containsLiteral("baris 3") == true)
    }

    @Test func utf8ByteOrderMarkFollowedByInvalidBytesDropsTheMark() throws {
        let source = try decode([0xEF, 0xBB, 0xBF] + Array("Judul".utf8) + [0xE9])
        #expect(source.encoding == .windows1252)
        #expect(source.lines == ["Judulé"])
    }

    static let lineEnds: [(String, [String])] = [
        ("a\r\nb\rc\n", ["a", "b", "c"]),
        ("a\n", ["a"]),
        ("a", ["a"]),
        ("a\r", ["a"]),
        ("a\n\nb\n", ["a", "", "b"]),
        ("a\r\n\r\nb", ["a", "", "b"]),
        ("a\r\rb", ["a", "", "b"]),
        ("a\n\r\nb", ["a", "", "b"]),
        ("\n\nx\n", ["", "", "x"]),
        ("x\n\n", ["x", ""]),
        ("p1\u{0C}p2\n", ["p1\u{0C}p2"]),
    ]

    @Test(arguments: lineEnds)
    func splitsLinesAsAnEditorNumbersThem(_ text: String, _ expected: [String]) throws {
        #expect(try decode(Array(text.utf8)).lines == expected)
    }

    @Test func lineNumberingIsOneBased() throws {
        let source = try decode(Array("satu\r\ndua\rtiga\n\nlima\n".utf8))
        #expect(source.line(1) == "satu")
        #expect(source.line(3) == "tiga")
        #expect(source.line(4) == "")
        #expect(source.line(5) == "lima")
        #expect(source.line(6) == "")
        #expect(source.line(0) == "")
    }

    static let emptyInputs: [[UInt8]] = [
        [], Array(" \n\t\r\n  ".utf8), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x0A], [0xFF, 0xFE], [0xFE, 0xFF, 0x00, 0x20],
    ]

    @Test(arguments: emptyInputs)
    func emptyOrBlankInputIsEmpty(_ bytes: [UInt8]) {
        #expect(throws: InputError.empty("input.txt")) { try decode(bytes) }
    }

    /// A deterministic stand-in for compressed data: every byte value, NUL included.
    static func noise(count: Int) -> [UInt8] {
        var state: UInt32 = 2_463_534_242
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            return UInt8(truncatingIfNeeded: state)
        }
    }

    static let binaries: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        [0x50, 0x4B, 0x03, 0x04] + noise(count: 4096),
        Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8),
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array("Workbook".utf8),
        Array(String(repeating: "Rp 1.000\n", count: 20_000).utf8) + [0x00] + Array("x\n".utf8),
        Array(repeating: 0x01, count: 64) + Array("teks".utf8),
    ]

    @Test(arguments: binaries)
    func binaryInputIsRefused(_ bytes: [UInt8]) {
        #expect(throws: InputError.binary("input.txt")) { try decode(bytes) }
    }

    @Test func utf16WithNulCharacterIsBinary() {
        #expect(throws: InputError.binary("input.txt")) { try decode(utf16("a\u{0}b", littleEndian: true)) }
    }

    @Test(arguments: [true, false])
    func utf16WithUnpairedSurrogateIsAnErrorNamingTheLine(littleEndian: Bool) throws {
        var bytes = utf16("satu\ndua ", littleEndian: littleEndian)
        bytes += littleEndian ? [0x00, 0xD8] : [0xD8, 0x00]
        bytes += utf16("x", littleEndian: littleEndian).dropFirst(2)
        let error = try #require(throws: InputError.self) { try decode(bytes) }
        guard case .unreadable(let path, let reason) = error else {
            Issue.record("expected .unreadable, got \(error)")
            return
        }
        #expect(path == "input.txt")
        #expect(reason.containsLiteral("line 2"))
        #expect(reason.containsLiteral("surrogate"))
    }

    @Test func utf16LowSurrogateAloneIsAnError() {
        #expect(throws: InputError.self) { try decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00]) }
    }

    @Test func utf16WithOddByteCountIsTruncated() {
        #expect(throws: InputError.unreadable("input.txt", reason: "truncated UTF-16: odd number of bytes")) {
            try decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        }
    }

    @Test func tenMegabyteSingleLineDecodes() throws {
        let cell = Array("7.663.589.176,10\t".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10 * 1024 * 1024 + cell.count)
        while bytes.count < 10 * 1024 * 1024 { bytes += cell }
        let source = try decode(bytes)
        #expect(source.lines.count == 1)
        #expect(source.lines[0].utf8.count == bytes.count)
    }

    @Test func inputAboveTheLimitIsTooLarge() {
        let bytes = [UInt8](repeating: 0x61, count: TextDecoder.maximumInputBytes + 1)
        #expect(throws: InputError.tooLarge("input.txt", bytes: bytes.count, limit: TextDecoder.maximumInputBytes)) {
            try decode(bytes)
        }
    }

    /// `wc -l` counts line feeds. No corpus ends with one, so each has one line more than `wc -l`
    /// says: the unterminated last line, which an editor shows too.
    static let corpusLineCounts: [(Corpus, Int, String)] = [
        (.bekasi, 1603, "\t"), (.bekasiChart, 1351, " "), (.depok, 2867, " "), (.semarang, 1902, "\t4\t4"),
    ]

    @Test(arguments: corpusLineCounts)
    func corpusHasOneLineMoreThanWcCounts(_ corpus: Corpus, _ wcLines: Int, _ lastLineEnding: String) throws {
        let bytes = try InputFile.readBytes(at: corpus.path)
        #expect(bytes.count { $0 == 0x0A } == wcLines)
        #expect(bytes.last != 0x0A)
        let source = try TextDecoder.decode(bytes, path: corpus.path)
        #expect(source.lines.count == wcLines + 1)
        #expect(source.lines.last?.hasSuffix(lastLineEnding) == true)
        #expect(source.encoding == .utf8)
        #expect(source.warnings.isEmpty)
    }

    @Test func corpusLinesLandWhereAnEditorShowsThem() {
        #expect(Corpus.depok.source.line(742) == "\tRp 4.347.407.74,12")
        #expect(Corpus.bekasi.source.line(1379).hasPrefix("\t\t\t\t0\t.115.\t5\t.964."))
        #expect(Corpus.semarang.source.line(758).hasPrefix("<b>JUMLAH</b>"))
    }
}
