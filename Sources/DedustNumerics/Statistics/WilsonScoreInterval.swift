/// Wilson score interval for a binomial proportion (Wilson 1927; Brown, Cai & DasGupta 2001).
///
///     p̂ = k/n,  z = 1.959964 (95 %)
///     centre = (p̂ + z²/2n)/(1 + z²/n),  half = z sqrt(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n)
///
/// Unlike the normal (Wald) interval it never leaves [0, 1] and stays honest at k = 0 or k = n.
/// Example: k = 50, n = 100 → [0.4038, 0.5962]; k = 0, n = 100 → [0, 0.0370].
public enum WilsonScoreInterval {
    /// Standard-normal quantile for a two-sided 95 % interval.
    public static let z95 = 1.959963984540054

    /// (lower, upper) bounds for `successes` out of `trials`; (0, 1) when `trials` is 0.
    public static func bounds(successes k: Int, trials n: Int, z: Double = z95) -> (low: Double, high: Double) {
        guard n > 0 else { return (0, 1) }
        let nn = Double(n), p = Double(k) / nn, z2 = z * z
        let denominator = 1 + z2 / nn
        let centre = (p + z2 / (2 * nn)) / denominator
        let half = z * (p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot() / denominator
        // Exact endpoints at k = 0 and k = n (the formula gives them up to rounding).
        return (k == 0 ? 0 : Swift.max(0, centre - half), k == n ? 1 : Swift.min(1, centre + half))
    }
}
