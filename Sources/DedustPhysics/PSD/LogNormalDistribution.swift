import Foundation

/// Log-normal distribution of particle mass over size (Hatch & Choate 1929; Hinds, *Aerosol Technology*, ch. 4):
///
///     F(d) = Φ( ln(d/d₅₀) / ln σ_g ) = ½ erfc( −ln(d/d₅₀) / (√2 ln σ_g) )
///
/// d₅₀ is the mass median diameter, σ_g > 1 the geometric standard deviation (d₈₄.₁₃/d₅₀).
/// Hatch–Choate: d₃₂ = d₅₀ exp(−½ ln² σ_g).
///
/// Example: d₅₀ = 15 µm, σ_g = 3 → F(5 µm) = Φ(−1) = 0.15866, d₈₄.₁₃ = 45 µm, d₃₂ = 8.2036 µm.
public struct LogNormalDistribution: ParticleSizeDistribution, Equatable {
    /// Mass median diameter d₅₀ (m).
    public let median: Double
    /// Geometric standard deviation σ_g (> 1).
    public let geometricStandardDeviation: Double

    public init(median: Double, geometricStandardDeviation: Double) throws(PSDError) {
        try PSDError.requireParameter("median", median, greaterThan: 0, expected: "a positive size")
        try PSDError.requireParameter("geometric_std", geometricStandardDeviation, greaterThan: 1,
                                      expected: "a number > 1")
        self.median = median
        self.geometricStandardDeviation = geometricStandardDeviation
    }

    public func cumulativeUndersize(_ d: Double) -> Double {
        guard d > 0 else { return 0 }
        return PSDNumerics.normalCDF(log(d / median) / log(geometricStandardDeviation))
    }

    public func diameter(atCumulative fraction: Double) -> Double {
        guard fraction > 0 else { return 0 }
        guard fraction < 1 else { return .infinity }
        return median * exp(log(geometricStandardDeviation) * PSDNumerics.inverseNormalCDF(fraction))
    }

    public var sauterDiameter: Double {
        let s = log(geometricStandardDeviation)
        return median * exp(-0.5 * s * s)
    }
}
