import Foundation

/// The distribution of one uncertain study input, sampled by inversion: a study maps a uniform u in (0, 1)
/// to `quantile(u)`, so the scramble, stratification and copula of the unit-cube sample carry over.
///
/// | case | quantile F⁻¹(u) | mean | variance |
/// |---|---|---|---|
/// | uniform(a, b) | a + u(b − a) | (a + b)/2 | (b − a)²/12 |
/// | triangular(a, c, b) | a + √(u(b−a)(c−a)) for u < (c−a)/(b−a), else b − √((1−u)(b−a)(b−c)) | (a+b+c)/3 | (a²+b²+c²−ab−ac−bc)/18 |
/// | normal(μ, σ, [a, b]) | μ + σ·T⁻¹(u) | μ + σ E_T | σ² Var_T |
/// | logNormal(m, g, [a, b]) | exp(ln m + ln g · T⁻¹(u)) | m e^{s²/2} R(s) | m² e^{2s²} R(2s) − mean² |
/// | discrete(w) | least i with w₀ + … + w_i > u | Σ i wᵢ | Σ i² wᵢ − mean² |
///
/// T is the standard normal truncated to [α, β] = [(a − μ)/σ, (b − μ)/σ] (for the log-normal,
/// [(ln a − ln m)/s, (ln b − ln m)/s] with s = ln g), see `TruncatedStandardNormal`; without bounds it is
/// the plain standard normal. R(t) = [Φ(β − t) − Φ(α − t)]/[Φ(β) − Φ(α)] (Johnson, Kotz & Balakrishnan,
/// Continuous Univariate Distributions vol. 1, 2nd ed., Wiley 1994, chapters 13 and 14). Triangular moments:
/// Evans, Hastings & Peacock, Statistical Distributions, 3rd ed., Wiley 2000, chapter 40.
/// The log-normal is given the way engineers quote a particle-size or loading spread: its median and
/// geometric standard deviation g = exp(σ_ln) > 1. A discrete choice (e.g. which cyclone model) returns
/// the index 0…n−1 as a Double.
///
/// Mean and variance are exact, truncation included. ``validate()`` must pass before the other members
/// are used.
///
/// Example: `.triangular(lower: 0, mode: 1, upper: 4)` has mean 5/3, variance 13/18 and quantile(0.25) = 1
/// (`SamplingDistributionTests.triangular`).
public enum InputDistribution: Equatable, Sendable {
    case uniform(lower: Double, upper: Double)
    case triangular(lower: Double, mode: Double, upper: Double)
    /// A normal distribution, truncated to [lower, upper] when bounds are given.
    case normal(mean: Double, standardDeviation: Double, lower: Double? = nil, upper: Double? = nil)
    /// A log-normal distribution by its median and geometric standard deviation, truncated when bounds are
    /// given (lower ≥ 0).
    case logNormal(median: Double, geometricStandardDeviation: Double, lower: Double? = nil, upper: Double? = nil)
    /// A choice among n alternatives with the given probabilities; the value is the index.
    case discrete(weights: [Double])

    /// The smallest share of the untruncated distribution a truncation interval must keep (10⁻⁶): below it
    /// the bounds are almost surely a mistake (e.g. 10 standard deviations away from the mean).
    public static let minimumTruncatedMass = 1e-6

    /// Tolerance on the sum of discrete weights.
    public static let weightSumTolerance = 1e-9

    /// The distribution's name as a study file writes it.
    public var name: String {
        switch self {
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .normal: "normal"
        case .logNormal: "log-normal"
        case .discrete: "discrete"
        }
    }

    /// Checks the parameters; the error names the bad one, its value and the fix.
    public func validate() throws(DistributionError) {
        func finite(_ x: Double, _ what: String) throws(DistributionError) {
            guard x.isFinite else { throw DistributionError("\(name): \(what) must be a finite number, got \(x)") }
        }
        switch self {
        case let .uniform(a, b):
            try finite(a, "lower"); try finite(b, "upper")
            guard a < b else {
                throw DistributionError("uniform: lower \(a) must be below upper \(b); swap them or widen the range")
            }
        case let .triangular(a, c, b):
            try finite(a, "lower"); try finite(c, "mode"); try finite(b, "upper")
            guard a < b else {
                throw DistributionError("triangular: lower \(a) must be below upper \(b); swap them or widen the range")
            }
            guard c >= a && c <= b else {
                throw DistributionError("triangular: mode \(c) lies outside [lower \(a), upper \(b)]; "
                                        + "choose lower ≤ mode ≤ upper")
            }
        case let .normal(mu, sigma, lower, upper):
            try finite(mu, "mean"); try finite(sigma, "standard deviation")
            guard sigma > 0 else {
                throw DistributionError("normal: standard deviation \(sigma) must be positive; "
                                        + "for a fixed value give no distribution")
            }
            try checkBounds(lower, upper)
            if lower != nil || upper != nil {
                let t = TruncatedStandardNormal(alpha: lower.map { ($0 - mu) / sigma } ?? -.infinity,
                                                beta: upper.map { ($0 - mu) / sigma } ?? .infinity)
                try checkMass(t, "normal(mean \(mu), standard deviation \(sigma))")
            }
        case let .logNormal(median, g, lower, upper):
            try finite(median, "median"); try finite(g, "geometric standard deviation")
            guard median > 0 else {
                throw DistributionError("log-normal: median \(median) must be positive")
            }
            guard g > 1 else {
                throw DistributionError("log-normal: geometric standard deviation \(g) must exceed 1 "
                                        + "(it is exp of the standard deviation of ln x; 1 would mean no spread)")
            }
            if let lower, lower < 0 {
                throw DistributionError("log-normal: lower bound \(lower) must be at least 0 (a log-normal value is "
                                        + "positive)")
            }
            try checkBounds(lower, upper)
            if let upper, upper <= 0 {
                throw DistributionError("log-normal: upper bound \(upper) must be positive")
            }
            if lower != nil || upper != nil {
                try checkMass(logTruncation(median, g, lower, upper),
                              "log-normal(median \(median), geometric standard deviation \(g))")
            }
        case let .discrete(weights):
            guard !weights.isEmpty else {
                throw DistributionError("discrete: give at least one choice with its weight")
            }
            if let i = weights.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
                throw DistributionError("discrete: weight \(i + 1) is \(weights[i]); every weight must be a finite "
                                        + "number ≥ 0")
            }
            let sum = weights.reduce(0, +)
            guard abs(sum - 1) <= Self.weightSumTolerance else {
                throw DistributionError("discrete: the weights sum to \(sum); they must sum to 1 (within "
                                        + "\(Self.weightSumTolerance)) — divide each by \(sum)")
            }
        }
    }

    private func checkBounds(_ lower: Double?, _ upper: Double?) throws(DistributionError) {
        if let lower, !lower.isFinite { throw DistributionError("\(name): lower bound must be finite, got \(lower)") }
        if let upper, !upper.isFinite { throw DistributionError("\(name): upper bound must be finite, got \(upper)") }
        if let lower, let upper, !(lower < upper) {
            throw DistributionError("\(name): lower bound \(lower) must be below upper bound \(upper); swap them")
        }
    }

    private func checkMass(_ t: TruncatedStandardNormal, _ what: String) throws(DistributionError) {
        guard t.mass >= Self.minimumTruncatedMass else {
            throw DistributionError("\(name): the truncation interval keeps only \(t.mass) of the probability of "
                                    + "\(what) (at least \(Self.minimumTruncatedMass) needed); move the bounds "
                                    + "towards the centre or the centre into the bounds")
        }
    }

    /// The standardised truncation of ln x.
    private func logTruncation(_ median: Double, _ g: Double, _ lower: Double?, _ upper: Double?) -> TruncatedStandardNormal {
        let mu = log(median), s = log(g)
        let alpha = lower.map { $0 > 0 ? (log($0) - mu) / s : -.infinity } ?? -.infinity
        let beta = upper.map { (log($0) - mu) / s } ?? .infinity
        return TruncatedStandardNormal(alpha: alpha, beta: beta)
    }

    private func normalTruncation(_ mu: Double, _ sigma: Double, _ lower: Double?, _ upper: Double?) -> TruncatedStandardNormal {
        TruncatedStandardNormal(alpha: lower.map { ($0 - mu) / sigma } ?? -.infinity,
                                beta: upper.map { ($0 - mu) / sigma } ?? .infinity)
    }

    /// F⁻¹(u) for u in (0, 1); u ≤ 0 and u ≥ 1 give the ends of the support (possibly infinite).
    public func quantile(_ u: Double) -> Double {
        switch self {
        case let .uniform(a, b):
            if u <= 0 { return a }
            if u >= 1 { return b }
            return Swift.min(b, a + u * (b - a))
        case let .triangular(a, c, b):
            if u <= 0 { return a }
            if u >= 1 { return b }
            let fc = (c - a) / (b - a)
            return u < fc ? a + (u * (b - a) * (c - a)).squareRoot() : b - ((1 - u) * (b - a) * (b - c)).squareRoot()
        case let .normal(mu, sigma, lower, upper):
            if lower == nil && upper == nil { return mu + sigma * NormalDistribution.quantile(u) }
            let t = normalTruncation(mu, sigma, lower, upper)
            let x = mu + sigma * t.quantile(u)
            return Swift.min(upper ?? .infinity, Swift.max(lower ?? -.infinity, x))
        case let .logNormal(median, g, lower, upper):
            let s = log(g)
            if lower == nil && upper == nil { return median * exp(s * NormalDistribution.quantile(u)) }
            let t = logTruncation(median, g, lower, upper)
            let x = median * exp(s * t.quantile(u))
            return Swift.min(upper ?? .infinity, Swift.max(lower ?? 0, x))
        case let .discrete(weights):
            let total = weights.reduce(0, +)
            var cumulative = 0.0
            var last = 0
            for (i, w) in weights.enumerated() where w > 0 {
                cumulative += w / total
                last = i
                if u < cumulative { return Double(i) }
            }
            return Double(last)
        }
    }

    /// F(x), the probability of a value at most x.
    public func cdf(_ x: Double) -> Double {
        switch self {
        case let .uniform(a, b):
            return Swift.min(1, Swift.max(0, (x - a) / (b - a)))
        case let .triangular(a, c, b):
            if x <= a { return 0 }
            if x >= b { return 1 }
            if x <= c { return (x - a) * (x - a) / ((b - a) * (c - a)) }
            return 1 - (b - x) * (b - x) / ((b - a) * (b - c))
        case let .normal(mu, sigma, lower, upper):
            return normalTruncation(mu, sigma, lower, upper).cdf((x - mu) / sigma)
        case let .logNormal(median, g, lower, upper):
            if x <= 0 { return 0 }
            return logTruncation(median, g, lower, upper).cdf((log(x) - log(median)) / log(g))
        case let .discrete(weights):
            guard x >= 0 else { return 0 }
            let total = weights.reduce(0, +)
            let k = Swift.min(weights.count - 1, Int(x.rounded(.down)))
            return Swift.min(1, weights[0...k].reduce(0, +) / total)
        }
    }

    /// The exact mean (of the truncated distribution when bounds are given).
    public var mean: Double {
        switch self {
        case let .uniform(a, b): return 0.5 * (a + b)
        case let .triangular(a, c, b): return (a + b + c) / 3
        case let .normal(mu, sigma, lower, upper):
            if lower == nil && upper == nil { return mu }
            return mu + sigma * normalTruncation(mu, sigma, lower, upper).mean
        case let .logNormal(median, g, lower, upper):
            let s = log(g)
            let ratio = lower == nil && upper == nil ? 1 : logTruncation(median, g, lower, upper).shiftedMassRatio(s)
            return median * exp(0.5 * s * s) * ratio
        case let .discrete(weights):
            let total = weights.reduce(0, +)
            return weights.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element } / total
        }
    }

    /// The exact variance (of the truncated distribution when bounds are given).
    public var variance: Double {
        switch self {
        case let .uniform(a, b): return (b - a) * (b - a) / 12
        case let .triangular(a, c, b): return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case let .normal(mu, sigma, lower, upper):
            if lower == nil && upper == nil { return sigma * sigma }
            return sigma * sigma * normalTruncation(mu, sigma, lower, upper).variance
        case let .logNormal(median, g, lower, upper):
            let s = log(g)
            if lower == nil && upper == nil {
                // m² e^{s²}(e^{s²} − 1), written with expm1 to keep precision for small s
                return median * median * exp(s * s) * expm1(s * s)
            }
            let t = logTruncation(median, g, lower, upper)
            let m = mean
            return Swift.max(0, median * median * exp(2 * s * s) * t.shiftedMassRatio(2 * s) - m * m)
        case let .discrete(weights):
            let total = weights.reduce(0, +)
            let m = mean
            let second = weights.enumerated().reduce(0) { $0 + Double($1.offset * $1.offset) * $1.element } / total
            return Swift.max(0, second - m * m)
        }
    }
}
