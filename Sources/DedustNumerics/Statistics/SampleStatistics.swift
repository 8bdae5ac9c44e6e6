import Foundation

/// Estimates from a sample of study outputs x₁…x_n, each with its confidence interval at `level`
/// (two-sided, α = 1 − level, z = Φ⁻¹(1 − α/2)). The sample is taken as independent draws (plain random or
/// Latin-hypercube sampling); for a scrambled Sobol' sample the error is usually smaller, so the intervals
/// are then conservative. Values must be finite (filter failed samples first).
///
/// - ``mean(_:level:)``: x̄ ± t_{1−α/2}(n−1) s/√n (Student 1908), s² = Σ(x − x̄)²/(n − 1).
/// - ``standardDeviation(_:level:)``: s, with Bonett's interval for non-normal data (D. G. Bonett,
///   "Approximate confidence interval for standard deviation of nonnormal distributions", Comput. Stat.
///   Data Anal. 50 (2006) 775–782):
///
///       σ² ∈ exp[ln(c s²) ∓ z·c·√((γ̂₄ − (n − 3)/n)/(n − 1))],   c = n/(n − z)
///       γ̂₄ = n Σ(x − m)⁴ / (Σ(x − x̄)²)²,  m the trimmed mean with trim proportion 1/(2√(n − 4))
///
///   (the square roots of the ends bound σ; the plain mean for n ≤ 4). Unlike the χ² interval it does not
///   assume normal data: the kurtosis estimate widens it for heavy tails.
/// - ``quantile(_:_:level:)``: the type-7 sample quantile (Hyndman & Fan 1996, Am. Stat. 50:361; numpy's
///   and R's default), x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋)), h = (n − 1)p on the 0-based sorted sample;
///   interval [x_(r), x_(s)] from order statistics, distribution-free (Conover, Practical Nonparametric
///   Statistics, 3rd ed. 1999, §3.2; Hahn & Meeker, Statistical Intervals, 1991, §5.2): with B ~ binomial(n, p),
///   r is the largest rank with P(B ≤ r − 1) ≤ α/2 and s the smallest with P(B ≤ s − 1) ≥ 1 − α/2, so the
///   coverage P(r ≤ B ≤ s − 1) is at least `level` for any continuous distribution. When no rank qualifies
///   (too few samples for a tail quantile) the bound is −∞ or +∞.
/// - ``probability(successes:trials:level:)``: k/n with the Wilson score interval (``WilsonScoreInterval``).
/// - ``rankCorrelation(_:_:level:)``: Spearman's ρ (the Pearson correlation of the ranks, ties given their
///   average rank), interval tanh(atanh ρ ∓ z σ_z) with Bonett & Wright's variance
///   σ_z² = (1 + ρ²/2)/(n − 3) (D. G. Bonett, T. A. Wright, "Sample size requirements for estimating
///   Pearson, Kendall and Spearman correlations", Psychometrika 65 (2000) 23–28).
///
/// Degenerate samples: no data gives a NaN value and infinite bounds; one value gives infinite bounds for
/// the mean; a constant sample gives a zero-width interval for the mean and standard deviation and a rank
/// correlation 0 in [−1, 1] (no monotone association can be seen).
///
/// Example: for x = 1, 2, …, 10, mean 5.5 in [3.334149, 7.665851] (t_{0.975}(9) = 2.262157, s = 3.027650);
/// P90 (type 7) = 9.1 (`StatisticsSampleTests.examples`).
public enum SampleStatistics {
    /// z = Φ⁻¹((1 + level)/2).
    static func z(_ level: Double) -> Double { NormalDistribution.quantile(0.5 * (1 + level)) }

    static func unbounded(_ value: Double, _ level: Double) -> Estimate {
        Estimate(value: value, lower: -.infinity, upper: .infinity, level: level)
    }

    /// The mean with its Student-t interval.
    public static func mean(_ x: [Double], level: Double = 0.95) -> Estimate {
        let n = x.count
        guard n > 0 else { return unbounded(.nan, level) }
        let m = x.reduce(0, +) / Double(n)
        guard n > 1 else { return unbounded(m, level) }
        let s = (sumOfSquares(x, about: m) / Double(n - 1)).squareRoot()
        let half = StudentTDistribution.quantile(0.5 * (1 + level), degreesOfFreedom: Double(n - 1)) * s
            / Double(n).squareRoot()
        return Estimate(value: m, lower: m - half, upper: m + half, level: level)
    }

    static func sumOfSquares(_ x: [Double], about m: Double) -> Double {
        x.reduce(0) { $0 + ($1 - m) * ($1 - m) }
    }

    /// The sample standard deviation s with Bonett's (2006) interval.
    public static func standardDeviation(_ x: [Double], level: Double = 0.95) -> Estimate {
        let n = x.count
        guard n > 1 else { return Estimate(value: .nan, lower: 0, upper: .infinity, level: level) }
        let nn = Double(n)
        let m = x.reduce(0, +) / nn
        let ss = sumOfSquares(x, about: m)
        let s2 = ss / (nn - 1)
        let s = s2.squareRoot()
        guard s2 > 0 else { return .exact(0, level: level) }
        let z = Self.z(level)
        guard nn > z + 1 else { return Estimate(value: s, lower: 0, upper: .infinity, level: level) }
        let trimmed = trimmedMean(x, proportion: n > 4 ? 1 / (2 * (nn - 4).squareRoot()) : 0)
        let fourth = x.reduce(0) { $0 + pow($1 - trimmed, 4) }
        let kurtosis = nn * fourth / (ss * ss)
        let c = nn / (nn - z)
        let se = c * (Swift.max(0, kurtosis - (nn - 3) / nn) / (nn - 1)).squareRoot()
        let centre = log(c * s2)
        return Estimate(value: s, lower: exp(0.5 * (centre - z * se)), upper: exp(0.5 * (centre + z * se)),
                        level: level)
    }

    /// The mean of x without the ⌊proportion·n⌋ smallest and as many largest values.
    static func trimmedMean(_ x: [Double], proportion: Double) -> Double {
        let sorted = x.sorted()
        let cut = Swift.min(Int((proportion * Double(x.count)).rounded(.down)), (x.count - 1) / 2)
        let kept = sorted[cut..<(x.count - cut)]
        return kept.reduce(0, +) / Double(kept.count)
    }

    /// The type-7 p-quantile with its distribution-free order-statistic interval.
    public static func quantile(_ x: [Double], _ p: Double, level: Double = 0.95) -> Estimate {
        precondition(p >= 0 && p <= 1, "quantile probability \(p) outside [0, 1]")
        guard !x.isEmpty else { return unbounded(.nan, level) }
        let sorted = x.sorted()
        return quantile(sorted: sorted, p, level: level)
    }

    /// ``quantile(_:_:level:)`` of a sample already sorted ascending (for several quantiles of one sample).
    public static func quantile(sorted: [Double], _ p: Double, level: Double = 0.95) -> Estimate {
        let n = sorted.count
        guard n > 0 else { return unbounded(.nan, level) }
        let value = typeSeven(sorted, p)
        let (r, s) = orderStatisticRanks(n: n, p: p, level: level)
        return Estimate(value: value, lower: r >= 1 ? sorted[r - 1] : -.infinity,
                        upper: s <= n ? sorted[s - 1] : .infinity, level: level)
    }

    /// Type-7 interpolation on a sorted sample.
    static func typeSeven(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let j = Int(h.rounded(.down))
        if j >= sorted.count - 1 { return sorted[sorted.count - 1] }
        let g = h - Double(j)
        return g == 0 ? sorted[j] : sorted[j] + g * (sorted[j + 1] - sorted[j])
    }

    /// The 1-based ranks (r, s) of the order-statistic interval [x_(r), x_(s)] of the p-quantile: r = 0 and
    /// s = n + 1 stand for −∞ and +∞.
    static func orderStatisticRanks(n: Int, p: Double, level: Double) -> (Int, Int) {
        let halfAlpha = 0.5 * (1 - level)
        let cdf = { (k: Int) in IncompleteBeta.binomialCDF(k, trials: n, probability: p) }
        // r: largest in 0...n with cdf(r − 1) ≤ α/2 (cdf(−1) = 0, so r = 0 always qualifies).
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if cdf(mid - 1) <= halfAlpha { lo = mid } else { hi = mid - 1 }
        }
        let r = lo
        // s: smallest in 1...(n + 1) with cdf(s − 1) ≥ 1 − α/2 (cdf(n) = 1, so s = n + 1 always qualifies).
        lo = 1; hi = n + 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cdf(mid - 1) >= 1 - halfAlpha { hi = mid } else { lo = mid + 1 }
        }
        return (r, lo)
    }

    /// k/n with the Wilson score interval.
    public static func probability(successes k: Int, trials n: Int, level: Double = 0.95) -> Estimate {
        precondition(k >= 0 && k <= n, "\(k) successes out of \(n) trials")
        let b = WilsonScoreInterval.bounds(successes: k, trials: n, z: z(level))
        return Estimate(value: n > 0 ? Double(k) / Double(n) : .nan, lower: b.low, upper: b.high, level: level)
    }

    /// Average ranks 1…n (ties share the mean of their positions).
    static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        var rank = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let average = 0.5 * Double(i + j) + 1
            for k in i...j { rank[order[k]] = average }
            i = j + 1
        }
        return rank
    }

    /// Spearman's rank correlation with the Fisher-z interval of Bonett & Wright (2000).
    public static func rankCorrelation(_ x: [Double], _ y: [Double], level: Double = 0.95) -> Estimate {
        precondition(x.count == y.count, "rank correlation of \(x.count) and \(y.count) values")
        let n = x.count
        guard n > 1 else { return Estimate(value: n == 1 ? 0 : .nan, lower: -1, upper: 1, level: level) }
        let rx = ranks(x), ry = ranks(y)
        let mean = 0.5 * Double(n + 1)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n {
            let dx = rx[i] - mean, dy = ry[i] - mean
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return Estimate(value: 0, lower: -1, upper: 1, level: level) }
        let rho = Swift.min(1, Swift.max(-1, sxy / (sxx * syy).squareRoot()))
        guard n > 3 else { return Estimate(value: rho, lower: -1, upper: 1, level: level) }
        let sz = ((1 + 0.5 * rho * rho) / Double(n - 3)).squareRoot()
        let centre = atanh(rho), half = z(level) * sz
        return Estimate(value: rho, lower: tanh(centre - half), upper: tanh(centre + half), level: level)
    }
}
