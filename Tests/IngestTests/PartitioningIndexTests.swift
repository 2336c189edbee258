import Testing
import Ingest

/// The one binary search the readers and rules share: the first element that belongs after the others.
@Suite struct PartitioningIndexTests {
    @Test func findsTheFirstElementThatBelongsAfter() {
        let pageStarts = [1, 40, 40, 95, 130]
        #expect(pageStarts.partitioningIndex { $0 > 0 } == 0)
        #expect(pageStarts.partitioningIndex { $0 > 39 } == 1)
        #expect(pageStarts.partitioningIndex { $0 > 40 } == 3)
        #expect(pageStarts.partitioningIndex { $0 >= 40 } == 1)
        #expect(pageStarts.partitioningIndex { $0 > 130 } == 5)
        #expect([Int]().partitioningIndex { $0 > 1 } == 0)
        #expect(pageStarts[2...].partitioningIndex { $0 > 95 } == 4)
    }

    @Test func agreesWithALinearSearchOnEveryBoundary() {
        let sorted = (0..<200).map { $0 / 3 }
        for bound in -1...70 {
            #expect(sorted.partitioningIndex { $0 > bound } == (sorted.firstIndex { $0 > bound } ?? sorted.count))
        }
    }
}
