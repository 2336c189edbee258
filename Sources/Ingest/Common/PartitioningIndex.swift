extension RandomAccessCollection {
    /// The index of the first element for which `belongsAfter` holds, in a collection ordered so that every
    /// such element follows every other (sorted by what it asks); `endIndex` when none does. Found by
    /// halving, in logarithmic time: the one binary search the readers and rules share (the page of a line,
    /// the region or passage piece holding it, the column under a position, a cited cell's entry).
    @inlinable
    public func partitioningIndex(where belongsAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var remaining = count
        while remaining > 0 {
            let half = remaining / 2
            let middle = index(low, offsetBy: half)
            if try belongsAfter(self[middle]) {
                remaining = half
            } else {
                low = index(after: middle)
                remaining -= half + 1
            }
        }
        return low
    }
}
