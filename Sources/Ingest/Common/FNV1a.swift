/// FNV-1a over bytes, 64 bits: the hash of indexes whose keys are told apart by what they stand for anyway
/// (or only counted), where a seeded `Hasher` costs several times as much and differs from run to run.
public struct FNV1a: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable public init() {}

    /// The hash of the bytes added so far.
    @inlinable public var value: UInt64 { state }

    @inlinable public mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inlinable public mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { add(byte) }
    }

    /// The hash of `bytes`.
    @inlinable public static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytes)
        return hash.value
    }
}
