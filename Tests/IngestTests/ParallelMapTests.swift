import Foundation
import Testing
import Ingest

struct ParallelMapTests {
    @Test func resultsKeepTheInputOrderWhateverOrderTheWorkIsHandedOut() {
        let paths = (0..<40).map { "file-\($0).txt" }
        let sizes = (0..<40).map { ($0 * 7919) % 97 }
        let expected = paths.map { $0.uppercased() }
        #expect(paths.parallelMap(workers: 2) { $0.uppercased() } == expected)
        #expect(paths.parallelMap(workers: 2, sizes: sizes) { $0.uppercased() } == expected)
        #expect(paths.parallelMap(workers: 1, sizes: sizes) { $0.uppercased() } == expected)
    }

    @Test func largestElementsAreHandedOutFirst() {
        // One worker per element would start them all at once; two workers over three elements start
        // the two largest first: the recorded start order shows it.
        let started = StartOrder()
        _ = [10, 500, 30].parallelMap(workers: 2, sizes: [10, 500, 30]) { size in
            started.record(size)
            return size
        }
        #expect(started.values.last == 10)
    }
}

private final class StartOrder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []
    func record(_ value: Int) { lock.withLock { recorded.append(value) } }
    var values: [Int] { lock.withLock { recorded } }
}
