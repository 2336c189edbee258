import Foundation
import Testing
@testable import Ingest

struct ParallelMapTests {
    @Test func resultsKeepTheInputOrderWhateverOrderTheWorkIsHandedOut() {
        let paths = (0..<40).map { "file-\($0).txt" }
        let sizes = (0..<40).map { ($0 * 7919) % 97 }
        let expected = paths.map { $0.uppercased() }
        #expect(paths.parallelMap(workers: 2) { $0.uppercased() } == expected)
        #expect(paths.parallelMap(workers: 2, sizes: sizes) { $0.uppercased() } == expected)
        #expect(paths.parallelMap(workers: 1, sizes: sizes) { $0.uppercased() } == expected)
    }

    /// A table's rows are mapped on every core only past a size; small or large, the result is `map`'s.
    @Test func rowsMappedOnCoresKeepTheirOrder() {
        for count in [0, 1, 2_047, 2_048, 20_000] {
            let rows = (0..<count).map { "row \($0)" }
            #expect(rows.mapOnCoresWhenLarge { $0.uppercased() } == rows.map { $0.uppercased() })
        }
    }

    /// A value let go elsewhere is freed: nothing else keeps it.
    @Test func aValueReleasedElsewhereIsFreed() {
        let freed = DispatchSemaphore(value: 0)
        releaseElsewhere(Tracked(whenFreed: freed))
        #expect(freed.wait(timeout: .now() + 30) == .success)
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

/// Signals when it is freed.
private final class Tracked: Sendable {
    let whenFreed: DispatchSemaphore

    init(whenFreed: DispatchSemaphore) { self.whenFreed = whenFreed }

    deinit { whenFreed.signal() }
}
