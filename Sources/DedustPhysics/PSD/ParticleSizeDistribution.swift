import Foundation
import DedustNumerics

/// A particle-size distribution on a mass basis, given by its cumulative undersize F(d): the mass fraction
/// of particles smaller than d (m). F is non-decreasing, F(0) = 0 and F(∞) = 1.
///
/// Conforming types: ``CumulativeTable``, ``RosinRammler``, ``LogNormalDistribution``,
/// ``GatesGaudinSchuhmann``, ``GridDistribution``. The extension derives class mass fractions on a
/// ``SizeGrid``, the mass median and the Sauter diameter; types override the last two with closed forms.
public protocol ParticleSizeDistribution: Sendable {
    /// F(d), mass fraction smaller than `d` (m), in [0, 1].
    func cumulativeUndersize(_ d: Double) -> Double

    /// The size d (m) with F(d) = `fraction`, for 0 < fraction < 1 (the quantile d_fraction; 0.5 gives
    /// the mass median).
    func diameter(atCumulative fraction: Double) -> Double

    /// Sauter mean diameter d₃₂ = Σ n d³ / Σ n d² (m). On a mass basis, d₃₂ = 1 / ∫ (1/d) dF(d);
    /// zero when that integral diverges (too many fines, e.g. RRSB with n ≤ 1).
    var sauterDiameter: Double { get }
}

extension ParticleSizeDistribution {
    /// Mass-median diameter d₅₀ (m): F(d₅₀) = 0.5.
    public var massMedianDiameter: Double { diameter(atCumulative: 0.5) }

    /// Mass fraction in each class of `grid`, conserving mass exactly: class i gets F(e_{i+1}) − F(e_i), except
    /// that **mass below the grid goes into the first class and mass above it into the last class**
    /// (the fractions are differences of a cumulative pinned to 0 and 1 at the outer edges).
    /// The fractions sum to 1 within a few ulp (≤ 1e-12 tested), each is ≥ 0.
    ///
    ///     try RosinRammler(d63: 20e-6, n: 1.2).discretize(onto: SizeGrid.logSpaced(from: 1e-6, to: 1e-4, classes: 2))
    ///     // [F(10 µm), 1 − F(10 µm)] = [0.35291, 0.64709]
    public func discretize(onto grid: SizeGrid) -> [Double] {
        let n = grid.count
        var cumulative = [Double](repeating: 0, count: n + 1)
        cumulative[n] = 1
        var previous = 0.0
        for k in 1..<n {
            // Clamp to [previous, 1]: a cumulative that is not monotone in the last ulp must not create
            // negative fractions.
            let value = min(1, max(previous, cumulativeUndersize(grid.edges[k])))
            cumulative[k] = value
            previous = value
        }
        return (0..<n).map { cumulative[$0 + 1] - cumulative[$0] }
    }

    /// Default quantile: Brent's method on ln d, after bracketing F = `fraction` between 1 nm and 1 m.
    public func diameter(atCumulative fraction: Double) -> Double {
        PSDNumerics.quantile(of: self, fraction)
    }

    /// Default Sauter diameter: d₃₂ = 1 / ∫ F(d)/d² dd (integration by parts of ∫ dF/d), integrated
    /// numerically in ln d (see `PSDNumerics.sauterDiameter`); the distributions here override it with
    /// closed forms.
    public var sauterDiameter: Double {
        PSDNumerics.sauterDiameter(of: self)
    }
}

/// Numerical helpers shared by the distributions.
enum PSDNumerics {
    static let smallest = 1e-9, largest = 1.0

    static func quantile(of psd: some ParticleSizeDistribution, _ fraction: Double) -> Double {
        guard fraction > 0 else { return 0 }
        guard fraction < 1 else { return .infinity }
        var lo = log(smallest), hi = log(largest)
        if psd.cumulativeUndersize(exp(lo)) >= fraction { return exp(lo) }
        if psd.cumulativeUndersize(exp(hi)) < fraction { return exp(hi) }
        // Bisection to a tight bracket, then Brent (F may be flat in places, so keep bisection's robustness).
        for _ in 0..<30 {
            let mid = 0.5 * (lo + hi)
            if psd.cumulativeUndersize(exp(mid)) < fraction { lo = mid } else { hi = mid }
        }
        let u = (try? RootFinding.brent(in: lo, hi, relativeTolerance: 1e-15, absoluteTolerance: 1e-14) { u in
            psd.cumulativeUndersize(exp(u)) - fraction
        }) ?? 0.5 * (lo + hi)
        return exp(u)
    }

    /// d₃₂ = 1 / ∫₀^∞ F(d)/d² dd, integrated in u = ln d by composite Simpson (8000 intervals) between the
    /// 1e-9 and 1 − 1e-9 quantiles (clamped to 1 nm … 1 m). Tails: above d_hi, F ≈ 1 contributes 1/d_hi; below
    /// d_lo, F is taken as the local power law F_lo (d/d_lo)^m (m from the log-slope over the first step), which
    /// contributes F_lo / ((m − 1) d_lo) and diverges for m ≤ 1 (then d₃₂ = 0 is returned).
    /// A kink in F (e.g. at d_max of GGS) limits the accuracy to about 1e-5 relative.
    static func sauterDiameter(of psd: some ParticleSizeDistribution) -> Double {
        let lo = log(max(quantile(of: psd, 1e-9), smallest)), hi = log(min(quantile(of: psd, 1 - 1e-9), largest))
        guard hi > lo else { return exp(lo) }
        let n = 8000
        let h = (hi - lo) / Double(n)
        var sum = 0.0
        for i in 0...n {
            let u = lo + Double(i) * h
            let w: Double = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2)
            sum += w * psd.cumulativeUndersize(exp(u)) * exp(-u)
        }
        var integral = sum * h / 3 + exp(-hi)
        let f0 = psd.cumulativeUndersize(exp(lo)), f1 = psd.cumulativeUndersize(exp(lo + h))
        if f0 > 0, f1 > f0 {
            let m = log(f1 / f0) / h
            guard m > 1 else { return 0 }
            integral += f0 * exp(-lo) / (m - 1)
        }
        return 1 / integral
    }

    /// Standard normal CDF Φ(z).
    static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// Inverse standard normal CDF Φ⁻¹(p), 0 < p < 1: Acklam's rational approximation (relative error
    /// 1.15e-9) refined by one Halley step on erfc, giving full double precision.
    static func inverseNormalCDF(_ p: Double) -> Double {
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        // Φ(x) − p, computed from the upper tail Q(x) = ½ erfc(x/√2) when p > ½ (1 − p is exact there).
        let e = p > 0.5 ? (1 - p) - 0.5 * erfc(x / 2.0.squareRoot()) : normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }
}
