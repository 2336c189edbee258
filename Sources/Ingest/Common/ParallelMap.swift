import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over up to `workers` threads, keeping the input order in the result. Each thread
    /// takes the next unclaimed element, so one large element does not leave the other threads idle; with
    /// `sizes`, the largest elements are handed out first, so that a large one does not start last and
    /// keep one thread busy while the others wait.
    public func parallelMap<Result: Sendable>(workers: Int = ProcessInfo.processInfo.activeProcessorCount, sizes: [Int]? = nil,
                                              _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1, workers > 1 else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let order = sizes.map { sizes in indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) } } ?? Array<Int>(indices)
        let claims = IndexClaims(order)
        DispatchQueue.concurrentPerform(iterations: Swift.min(count, workers)) { _ in
            while let index = claims.next() { slots.set(index, transform(self[index])) }
        }
        return slots.values()
    }
}

/// Hands out the indices of `order` once each, in that order, to whichever thread asks first.
private final class IndexClaims: @unchecked Sendable {
    private let lock = NSLock()
    private let order: [Int]
    private var claimed = 0

    init(_ order: [Int]) { self.order = order }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < order.count else { return nil }
        claimed += 1
        return order[claimed - 1]
    }
}

/// Fixed slots, each written once from one thread; slots never overlap, so no lock is needed.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }
    func values() -> [Value] { (0..<count).map { storage[$0]! } }
}

/// Below this many elements a table's rows or lines are read on one thread: starting threads would cost
/// more than they save. Real annexes reach tens of thousands of rows.
private let elementsWorthThreads = 2_048

extension Array where Element: Sendable {
    /// `map` over the rows or lines of one table, on every core when the table is large enough for the
    /// threads to pay. In a batch each file is already read under `parallelMap` on a thread of its own, and
    /// Dispatch runs such a nested map on that thread alone: the files keep sharing the cores between them.
    func mapOnCoresWhenLarge<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        count < elementsWorthThreads ? map(transform) : parallelMap(transform)
    }
}
