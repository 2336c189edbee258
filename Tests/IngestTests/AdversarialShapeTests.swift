import Testing
import Ingest
import TestSupport

/// Shapes of input that cost memory or time out of proportion to their size when a reader pads every row
/// to the widest one, or reads a figure a `Double` cannot hold as if it could.
@Suite(.timeLimit(.minutes(2)))
struct AdversarialShapeTests {
    /// One row of 20,000 cells among 800 rows (a 440 KB file): rows padded to the widest row made
    /// 16 million cells (3 GB). Each row keeps what was written in it, and the wide row keeps all of it.
    @Test func aWideRowDoesNotWidenTheOtherRows() throws {
        let text = AdversarialText.wideRow(cells: 20_000, rows: 800)
        let document = try RenstraIngest.ingest(bytes: Array(text.utf8), path: "lebar.txt")
        let table = try #require(document.tables.first { $0.caption?.label == "Tabel 2.2" })
        #expect(table.rows.count == 801)
        let wide = table.rows[0]
        #expect(wide.cells.count == 20_002)
        #expect(wide.cells.last?.quantity?.value == Double(1_000_001_000 + 19_999 * 1_000))
        #expect(wide.cells.last?.line == AdversarialText.tableLine + 1)
        #expect(table.rows.dropFirst().allSatisfy { $0.cells.count == 5 })
        #expect(table.rows[800][4]?.quantity?.value == Double(30_000_000 * 801))
        #expect(table.rows[800][5] == nil)
    }

    /// A programme table whose rows, after the first, print no level word and no code: each row's level is
    /// read from the nearest stated ones, and looking for the next stated level below every row cost the
    /// square of the run (100,000 rows: 5 billion steps, minutes in a debug build).
    @Test func levelsReadFromNeighboursCostOnePassOverTheTable() throws {
        let rows = 100_000
        var text = "Tabel 4.2 Rencana Program dan Pendanaan\n\nPROGRAM/KEGIATAN\tPAGU 2025\nPROGRAM PENINGKATAN LAYANAN\t1.000.000\n"
        for row in 1...rows { text += "Uraian Contoh \(row)\t1.000\n" }
        let document = try RenstraIngest.ingest(bytes: Array(text.utf8), path: "tingkat.txt")
        #expect(document.allPlanNodes.count == rows + 1)
        #expect(document.allPlanNodes.allSatisfy { $0.level == .program })
        #expect(document.allPlanNodes.last?.name == "Uraian Contoh \(rows)")
        #expect(document.allPlanNodes.last?.lines.first == rows + 4)
        #expect(document.warnings.contains { $0.id.contains("\(rows) label tanpa nama tingkat") })
    }

    /// Figures with more than 15 whole digits are kept as written and never given a rounded value; up to
    /// 15 they are exact.
    @Test func figuresBeyondFifteenWholeDigitsAreRefused() throws {
        let twenty = try #require(NumberParser.parse("12.345.678.901.234.567.001"))
        #expect(twenty.kind == .beyondPrecision)
        #expect(twenty.value == nil)
        #expect(twenty.spelling == "12.345.678.901.234.567.001")
        let huge = try #require(NumberParser.parse(String(repeating: "9", count: 500)))
        #expect(huge.kind == .beyondPrecision && huge.value == nil)
        #expect(NumberParser.parse("Rp. 1.234.567.890.123.456,00")?.kind == .beyondPrecision)
        let fifteen = try #require(NumberParser.parse("999.999.999.999.999"))
        #expect(fifteen.kind == .number)
        #expect(fifteen.value == 999_999_999_999_999)
        #expect(IndonesianNumberFormat.format(fifteen.value!) == "999.999.999.999.999")
        #expect(NumberParser.parse("123.456.789.012.345,67")?.value == 123_456_789_012_345.67)
    }

    /// A sum beyond 2^53 (only many figures of 15 digits reach it) is printed with the digits a `Double`
    /// holds and marked as approximate, never with digits it invented.
    @Test func sumsBeyondExactWholeNumbersArePrintedAsApproximate() {
        #expect(IndonesianNumberFormat.format(12_345_678_901_234_567_168) == "≈12.345.678.901.234.600.000")
        #expect(IndonesianNumberFormat.format(-9_007_199_254_740_994) == "≈-9.007.199.254.740.990")
        #expect(IndonesianNumberFormat.format(9_007_199_254_740_991) == "9.007.199.254.740.991")
        #expect(IndonesianNumberFormat.format(1e300).hasPrefix("≈1.000.000.000.000.000.000"))
        #expect(IndonesianNumberFormat.format(1e300).utf8.count(where: { $0 == UInt8(ascii: "0") }) == 300)
    }
}
