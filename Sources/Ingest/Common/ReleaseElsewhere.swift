import Dispatch

/// Lets go of `value` on another thread. Freeing what a large document holds (hundreds of thousands of cells,
/// nodes and the facts read from them) takes a noticeable part of its run, which the caller need not wait
/// for: it goes on to write its report meanwhile. The value must not be used after this call.
public func releaseElsewhere<Value: Sendable>(_ value: consuming Value) {
    let holder = LastHolder(value)
    DispatchQueue.global(qos: .utility).async { holder.letGo() }
}

/// The one holder of a value on its way out: it is freed when the holder lets go of it.
private final class LastHolder<Value: Sendable>: @unchecked Sendable {
    // Sendable by hand: `value` is set once, then cleared once, by the thread the holder was handed to.
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func letGo() { value = nil }
}
