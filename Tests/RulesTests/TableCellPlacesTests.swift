import Testing
@testable import Rules
import TestSupport

/// Cited cells are filed under sorted keys; the radix sort that orders them must give `sorted()`'s order.
@Suite struct TableCellPlacesTests {
    @Test func radixSortOrdersAsComparisonsDo() {
        var generator = SplitMix64(seed: 20_251_207)
        let shapes: [[UInt64]] = [
            [],
            [7],
            // Keys in the upper half, cell numbers in the lower, as the places file them.
            (0..<50_000).map { UInt64(generator.next() >> 32) << 32 | UInt64($0) },
            // Many equal entries, and digits that are the same in every entry.
            (0..<20_000).map { UInt64($0 % 7) << 48 | 0xABCD },
            (0..<20_000).map { _ in generator.next() },
            (0..<1_000).map { UInt64(1_000 - $0) },
            (0..<20_000).map { UInt64(20_000 - $0) << 20 },
        ]
        for shape in shapes {
            var entries = shape
            TableCellPlaces.sortInPlace(&entries)
            #expect(entries == shape.sorted())
        }
    }

    /// The places are counted before they are filed, so that they take exactly their memory: Bekasi's tables
    /// hold cells on several lines and cells cited by the pieces of a `/`, which a reserve of one entry a
    /// cell did not cover.
    @Test func placesTakeExactlyTheirEntries() {
        let tables = Corpus.bekasi.document.tables
        let cells = tables.flatMap(\.rows).flatMap(\.cells).filter { !$0.isBlank }
        #expect(cells.contains { $0.lines.count > 1 } && cells.contains { $0.text.contains("/") })
        let places = TableCellPlaces(tables)
        #expect(places.entries.count > cells.count)
        // The allocator's rounding to sixteen bytes leaves room for at most two entries more.
        #expect(places.entries.capacity <= places.entries.count + 2)
    }
}
