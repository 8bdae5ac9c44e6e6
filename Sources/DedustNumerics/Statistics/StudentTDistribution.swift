import Foundation

/// Student's t distribution with ν degrees of freedom (Student 1908, Biometrika 6:1–25): the distribution
/// of (x̄ − μ)/(s/√n) for n = ν + 1 normal observations.
///
///     P(T ≤ t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½)   for t ≥ 0, symmetric about 0
///     f(t) = Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) · (1 + t²/ν)^{−(ν+1)/2}
///
/// The quantile is closed-form for ν = 1 (tan π(p − ½)) and ν = 2 ((2p − 1)/√(2p(1 − p))); otherwise it
/// starts from the Cornish–Fisher expansion (Abramowitz & Stegun 1964, eq. 26.7.5) and is refined by
/// Newton steps on the distribution function, kept inside a bracket.
///
/// Validity: ν > 0 (not necessarily an integer), 0 < p < 1.
///
/// Example: t_{0.975}(9) = 2.2621571627982053, t_{0.975}(1) = 12.706204736174705
/// (`StatisticsDistributionTests.studentT`).
public enum StudentTDistribution {
    /// P(T ≤ t).
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        if t.isNaN { return .nan }
        if t == .infinity { return 1 }
        if t == -.infinity { return 0 }
        let tail = 0.5 * IncompleteBeta.regularized(nu / (nu + t * t), 0.5 * nu, 0.5)
        return t > 0 ? 1 - tail : tail
    }

    /// The density f(t).
    public static func density(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let logC = lgamma(0.5 * (nu + 1)) - lgamma(0.5 * nu) - 0.5 * log(nu * Double.pi)
        return exp(logC - 0.5 * (nu + 1) * log1p(t * t / nu))
    }

    /// The quantile t_p(ν): P(T ≤ t_p) = p.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        guard p > 0, p < 1, nu > 0 else {
            if p == 0 { return -.infinity }
            if p == 1 { return .infinity }
            return .nan
        }
        if nu == 1 { return tan(Double.pi * (p - 0.5)) }
        if nu == 2 { return (2 * p - 1) / (2 * p * (1 - p)).squareRoot() }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: nu) }
        if p == 0.5 { return 0 }
        let z = NormalDistribution.quantile(p), z2 = z * z
        let g1 = (z2 + 1) * z / 4
        let g2 = ((5 * z2 + 16) * z2 + 3) * z / 96
        let g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384
        let g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160
        var t = z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu
        // Bracket [lo, hi] with cdf(lo) < p ≤ cdf(hi), then safeguarded Newton.
        var lo = 0.0, hi = Swift.max(t, 1)
        while cdf(hi, degreesOfFreedom: nu) < p { lo = hi; hi *= 2 }
        if !(t > lo && t < hi) { t = 0.5 * (lo + hi) }
        for _ in 0..<200 {
            let f = cdf(t, degreesOfFreedom: nu) - p
            if f == 0 { return t }
            if f < 0 { lo = t } else { hi = t }
            var next = t - f / density(t, degreesOfFreedom: nu)
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - t) <= 4 * Double.ulpOfOne * abs(t) { return next }
            t = next
        }
        return t
    }
}
