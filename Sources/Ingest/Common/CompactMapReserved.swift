extension Collection {
    /// `compactMap` into an array reserved up front for every element given. `compactMap` grows its array
    /// as it goes (room for 1, 2, 4, 8… elements), so the short arrays a large plan keeps for each of its
    /// rows (a node's year figures, an indicator's yearly targets) held up to twice their size and were
    /// copied on the way. Meant for arrays where most elements are kept; an array that keeps none is the
    /// empty array, which holds no memory.
    public func compactMapReserved<Mapped>(_ transform: (Element) throws -> Mapped?) rethrows -> [Mapped] {
        var mapped: [Mapped] = []
        mapped.reserveCapacity(count)
        for element in self {
            if let value = try transform(element) { mapped.append(value) }
        }
        return mapped.isEmpty ? [] : mapped
    }
}
