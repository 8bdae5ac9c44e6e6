/// The standard normal restricted to [α, β] (either end may be infinite), evaluated so that an interval
/// far in either tail keeps its precision: when α > 0 every probability is taken from the upper tail,
/// Φ(−x), which the C library's `erfc` gives to full relative precision.
///
///     Z = Φ(β) − Φ(α)
///     F(x) = (Φ(x) − Φ(α))/Z,   F⁻¹(u) = Φ⁻¹(Φ(α) + u Z)
///     E = (φ(α) − φ(β))/Z,      Var = 1 + (α φ(α) − β φ(β))/Z − E²
///
/// (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 1, 2nd ed., Wiley 1994,
/// chapter 13 §10.1, "Truncated normal distributions".) Terms with an infinite end vanish (x φ(x) → 0).
///
/// Example: α = 0, β = ∞ (half-normal): E = √(2/π) = 0.7978845608, Var = 1 − 2/π = 0.3633802276
/// (`SamplingDistributionTests.truncatedNormalMoments`).
struct TruncatedStandardNormal: Sendable {
    let alpha: Double
    let beta: Double
    /// Whether the interval lies in the upper half (probabilities from Φ(−x)).
    let upperTail: Bool
    /// Z = Φ(β) − Φ(α).
    let mass: Double

    init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
        upperTail = alpha > 0
        mass = upperTail
            ? NormalDistribution.cdf(-alpha) - NormalDistribution.cdf(-beta)
            : NormalDistribution.cdf(beta) - NormalDistribution.cdf(alpha)
    }

    func cdf(_ x: Double) -> Double {
        if x <= alpha { return 0 }
        if x >= beta { return 1 }
        let f = upperTail
            ? (NormalDistribution.cdf(-alpha) - NormalDistribution.cdf(-x)) / mass
            : (NormalDistribution.cdf(x) - NormalDistribution.cdf(alpha)) / mass
        return Swift.min(1, Swift.max(0, f))
    }

    func quantile(_ u: Double) -> Double {
        if u <= 0 { return alpha }
        if u >= 1 { return beta }
        let x = upperTail
            ? -NormalDistribution.quantile(NormalDistribution.cdf(-beta) + (1 - u) * mass)
            : NormalDistribution.quantile(NormalDistribution.cdf(alpha) + u * mass)
        return Swift.min(beta, Swift.max(alpha, x))
    }

    /// x φ(x), 0 at ±∞.
    private static func xDensity(_ x: Double) -> Double { x.isFinite ? x * NormalDistribution.density(x) : 0 }

    var mean: Double { (NormalDistribution.density(alpha) - NormalDistribution.density(beta)) / mass }

    var variance: Double {
        let m = mean
        return Swift.max(0, 1 + (Self.xDensity(alpha) - Self.xDensity(beta)) / mass - m * m)
    }

    /// Φ(β − s) − Φ(α − s) / Z: the shifted mass that gives the log-normal moments E[e^{s Z}] = e^{s²/2}·this.
    func shiftedMassRatio(_ s: Double) -> Double {
        TruncatedStandardNormal(alpha: alpha - s, beta: beta - s).mass / mass
    }
}
