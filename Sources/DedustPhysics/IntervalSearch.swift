extension Array where Element == Double {
    /// The index i of the interval [self[i], self[i + 1]) that contains `value`, found by bisection in
    /// O(log n) for increasing knots (class edges, table sizes, spline knots).
    ///
    /// Callers check the ends themselves: below `self[0]` the result is 0, at or above the last knot it is
    /// `count − 2`. Example: `[1, 2, 4, 8].intervalIndex(containing: 3)` is 1, and 4 gives 2.
    func intervalIndex(containing value: Double) -> Int {
        var lo = 0, hi = count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if self[mid] <= value { lo = mid } else { hi = mid }
        }
        return lo
    }
}
