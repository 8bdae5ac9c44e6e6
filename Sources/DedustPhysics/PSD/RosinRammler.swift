import Foundation

/// Rosin–Rammler–Sperling–Bennett (RRSB) distribution (Rosin & Rammler 1933; DIN 66145):
///
///     F(d) = 1 − exp[−(d/d₆₃)ⁿ]
///
/// d₆₃ is the size with 63.2 % undersize, n the uniformity (spread) exponent; fine industrial dusts have
/// n ≈ 0.7–1.5. Closed forms: d_F = d₆₃ (−ln(1 − F))^(1/n); d₅₀ = d₆₃ (ln 2)^(1/n);
/// d₃₂ = d₆₃ / Γ(1 − 1/n) for n > 1 (diverges — returned as 0 — for n ≤ 1).
///
/// Example: d₆₃ = 20 µm, n = 1.2 → F(10 µm) = 0.35291, d₅₀ = 14.736 µm, d₃₂ = 20 µm / Γ(1/6) = 3.5930 µm.
public struct RosinRammler: ParticleSizeDistribution, Equatable {
    /// d₆₃ (m).
    public let d63: Double
    /// Uniformity exponent n.
    public let n: Double

    public init(d63: Double, n: Double) throws(PSDError) {
        try PSDError.requireParameter("d63", d63, greaterThan: 0, expected: "a positive size")
        try PSDError.requireParameter("n", n, greaterThan: 0, expected: "a positive exponent")
        self.d63 = d63
        self.n = n
    }

    public func cumulativeUndersize(_ d: Double) -> Double {
        guard d > 0 else { return 0 }
        return -expm1(-pow(d / d63, n))
    }

    public func diameter(atCumulative fraction: Double) -> Double {
        guard fraction > 0 else { return 0 }
        guard fraction < 1 else { return .infinity }
        return d63 * pow(-log1p(-fraction), 1 / n)
    }

    public var sauterDiameter: Double {
        n > 1 ? d63 / tgamma(1 - 1 / n) : 0
    }
}
