import Foundation
import Testing
@testable import Ingest
import TestSupport

/// Cells and plan nodes are held behind one reference that their copies share: a change made to a copy
/// must never reach the original, and equality, hashing and the coded form go by the fields, whichever
/// storage holds them.
@Suite struct SharedStorageTests {
    let document = BekasiCorpus.document

    @Test func aChangedCopyOfAPlanNodeLeavesTheDocumentsNodeAsItWas() throws {
        let programme = try #require(document.plan.first)
        let firstBudget = try #require(programme.budgets.first?.budget)
        let grandchildName = try #require(programme.children.first?.children.first?.name)
        var copy = programme
        #expect(copy == programme)
        copy.name = "PROGRAM LAIN"
        copy.children.removeLast()
        copy.budgets[0].budget = nil
        copy.children[0].children[0].name = "Sub Kegiatan Lain"
        #expect(programme.name == "PROGRAM PENUNJANG URUSAN PEMERINTAH DAERAH KABUPATEN/KOTA")
        #expect(programme.children.count == copy.children.count + 1)
        #expect(programme.budgets.first?.budget == firstBudget)
        #expect(programme.children.first?.children.first?.name == grandchildName)
        #expect(document.allPlanNodes.contains { $0.name == grandchildName })
        #expect(!document.allPlanNodes.contains { $0.name == "Sub Kegiatan Lain" })
        #expect(copy != programme)
    }

    @Test func aPlanNodeIsEqualHashedAndCodedByItsFields() throws {
        let programme = try #require(document.plan.first)
        let decoded = try JSONDecoder().decode(PlanNode.self, from: JSONEncoder().encode(programme))
        #expect(decoded == programme)
        #expect(decoded.hashValue == programme.hashValue)
        #expect(decoded.children.count == programme.children.count)
        #expect(decoded.budgets == programme.budgets)
    }

    @Test func aChangedCopyOfACellLeavesTheTableCellAsItWas() throws {
        let node = try #require(document.planNode("Penyediaan Gaji dan Tunjangan ASN", level: .subKegiatan))
        let cell = try #require(node.budget(for: 2025))
        var copy = cell
        copy.text = "1"
        copy.quantity = nil
        var relined = cell
        relined.lines = [1394, 1395]
        #expect(cell.text == "7.106.548.000")
        #expect(cell.quantity?.value == 7_106_548_000)
        #expect(cell.lines == [1394])
        #expect(copy.text == "1" && copy.quantity == nil && copy.line == 1394)
        #expect(relined.line == 1394 && relined.lines == [1394, 1395] && relined.quantity == cell.quantity)
        let rebuilt = Cell(text: cell.text, line: cell.line, lines: cell.lines, quantity: cell.quantity)
        #expect(rebuilt == cell && rebuilt.hashValue == cell.hashValue)
        #expect(try JSONDecoder().decode(Cell.self, from: JSONEncoder().encode(cell)) == cell)
        #expect(rebuilt != copy)
    }

    /// Every figure of every table holds a quantity: its fields are laid out without padding between them
    /// (a reordering that put a one-byte field between eight-byte ones would take 68 bytes).
    @Test func aQuantityTakesFiftyFiveBytes() {
        #expect(MemoryLayout<Quantity>.size == 55)
    }

    /// The source lines take twelve bytes, so that the quantity flag of a cell's storage fits after them:
    /// a figure's cell, most cells of a large plan, then asks the allocator for 103 bytes (usable 104),
    /// where sixteen-byte lines and the flag made it 111 (usable 120).
    @Test func aFiguresCellFitsTheSmallerAllocation() throws {
        #expect(MemoryLayout<SourceLines>.size == 12)
        let cell = try #require(document.tables.flatMap(\.rows).flatMap(\.cells).first { $0.quantity != nil })
        #if canImport(Glibc)
        // glibc's own measure of an allocation, looked up because its header is not part of the Glibc module.
        typealias UsableSize = @convention(c) (UnsafeMutableRawPointer) -> Int
        let usableSize = unsafeBitCast(try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_usable_size")), to: UsableSize.self)
        #expect(usableSize(Unmanaged.passUnretained(cell.storage).toOpaque()) <= 104)
        #endif
    }

    @Test func sourceLinesCountAndExtendWithoutAList() {
        var lines = SourceLines(first: 7, all: nil)
        #expect(lines.count == 1 && lines.last == 7 && lines.all == [7])
        lines.append(9)
        #expect(lines.count == 2 && lines.last == 9 && lines.all == [7, 9] && lines.first == 7)
        lines.append(12)
        #expect(lines.all == [7, 9, 12] && lines.contains(9) && !lines.contains(8))
        #expect(lines == SourceLines(first: 7, all: [7, 9, 12]))
        // Beyond any line an input can have, a number is held at the 32-bit bound instead of wrapping.
        #expect(SourceLines(first: Int(Int32.max) + 5, all: nil).first == Int(Int32.max))
    }
}
