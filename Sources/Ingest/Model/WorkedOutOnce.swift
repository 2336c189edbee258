import Foundation

/// A value worked out by the first thread that asks for it, while later askers wait for that one result:
/// what the rules of one document, running on several threads, read of it in common.
public final class WorkedOutOnce<Value>: @unchecked Sendable {
    // Sendable by hand: `known` is read and written only while holding `lock`.
    private let lock = NSLock()
    private var known: Value?

    public init() {}

    public func value(_ workOut: () -> Value) -> Value {
        lock.withLock {
            if let known { return known }
            let value = workOut()
            known = value
            return value
        }
    }
}
