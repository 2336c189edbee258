import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps in parallel over up to `workers` threads, keeping the input order in the result.
    func parallelMap<Result: Sendable>(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                       _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1, workers > 1 else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let stripes = Swift.min(count, workers)
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            for index in stride(from: stripe, to: count, by: stripes) { slots.set(index, transform(self[index])) }
        }
        return slots.values()
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
