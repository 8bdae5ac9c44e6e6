/// Monotone piecewise-cubic Hermite interpolation (PCHIP) of y(x) through strictly increasing knots.
///
/// Slopes: Fritsch & Butland (1984) weighted harmonic mean of the neighbouring secants at interior knots,
/// zero where the secants change sign or one is zero; the shape-preserving three-point formula at the ends.
/// This satisfies the Fritsch & Carlson (1980) monotonicity conditions, so on every interval the
/// interpolant stays between the two knot values: **it never overshoots**. It is the algorithm of SciPy's
/// `PchipInterpolator` and MATLAB's `pchip` (Moler, *Numerical Computing with MATLAB*, §3.4).
///
/// Example: knots (0, 0), (1, 0.5), (2, 0.6), (3, 1) → y(1.5) = 0.55083 (SciPy 1.17.1 `PchipInterpolator`:
/// 0.5508333333333333).
struct MonotoneCubic: Sendable, Equatable {
    let x: [Double]
    let y: [Double]
    let slopes: [Double]

    init(x: [Double], y: [Double]) {
        precondition(x.count == y.count && x.count >= 2, "MonotoneCubic needs ≥ 2 knots")
        self.x = x
        self.y = y
        let n = x.count
        let h = (0..<(n - 1)).map { x[$0 + 1] - x[$0] }
        let delta = (0..<(n - 1)).map { (y[$0 + 1] - y[$0]) / h[$0] }
        var m = [Double](repeating: 0, count: n)
        if n == 2 {
            m[0] = delta[0]
            m[1] = delta[0]
        } else {
            for k in 1..<(n - 1) {
                let d0 = delta[k - 1], d1 = delta[k]
                if d0 == 0 || d1 == 0 || (d0 > 0) != (d1 > 0) {
                    m[k] = 0
                } else {
                    let w1 = 2 * h[k] + h[k - 1], w2 = h[k] + 2 * h[k - 1]
                    m[k] = (w1 + w2) / (w1 / d0 + w2 / d1)
                }
            }
            m[0] = Self.endSlope(h[0], h[1], delta[0], delta[1])
            m[n - 1] = Self.endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3])
        }
        slopes = m
    }

    /// Shape-preserving one-sided three-point slope (SciPy `_edge_case`).
    private static func endSlope(_ h0: Double, _ h1: Double, _ d0: Double, _ d1: Double) -> Double {
        let d = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1)
        if (d > 0) != (d0 > 0) || d == 0 || d0 == 0 { return 0 }
        if (d0 > 0) != (d1 > 0), abs(d) > abs(3 * d0) { return 3 * d0 }
        return d
    }

    /// y at `t`; constant continuation outside the knots.
    func value(at t: Double) -> Double {
        let n = x.count
        if t <= x[0] { return y[0] }
        if t >= x[n - 1] { return y[n - 1] }
        let lo = x.intervalIndex(containing: t)
        let h = x[lo + 1] - x[lo]
        let s = (t - x[lo]) / h
        let s2 = s * s, s3 = s2 * s
        let h00 = 2 * s3 - 3 * s2 + 1, h10 = s3 - 2 * s2 + s
        let h01 = -2 * s3 + 3 * s2, h11 = s3 - s2
        return h00 * y[lo] + h10 * h * slopes[lo] + h01 * y[lo + 1] + h11 * h * slopes[lo + 1]
    }
}
