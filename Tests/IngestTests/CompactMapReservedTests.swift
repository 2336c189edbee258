import Testing
import Ingest

/// `compactMapReserved` keeps what `compactMap` keeps, in a single allocation of the given size, and holds no
/// memory when it keeps nothing.
@Suite struct CompactMapReservedTests {
    @Test(arguments: [0, 1, 5, 6, 1_000])
    func keepsWhatCompactMapKeeps(count: Int) {
        let numbers = Array(0..<count)
        let even: (Int) -> Int? = { $0.isMultiple(of: 2) ? $0 * 3 : nil }
        #expect(numbers.compactMapReserved(even) == numbers.compactMap(even))
        let kept = numbers.compactMapReserved { $0 }
        #expect(kept == numbers)
        // One allocation of the given size: the array's capacity is what the allocator's rounding to sixteen
        // bytes leaves room for, at most two elements more (where `compactMap` reaches 1,024 for 1,000).
        #expect(kept.capacity >= count && kept.capacity <= count + 2)
    }

    @Test func anArrayThatKeepsNothingHoldsNoMemory() {
        let none = Array(0..<6).compactMapReserved { _ -> Int? in nil }
        #expect(none.isEmpty && none.capacity == 0)
    }
}
