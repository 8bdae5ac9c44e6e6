import Foundation

/// Gates–Gaudin–Schuhmann distribution (Schuhmann 1940; typical of crushed and ground material):
///
///     F(d) = (d/d_max)^m  for d < d_max,   1 above
///
/// Closed forms: d_F = d_max F^(1/m); d₅₀ = d_max 2^(−1/m); d₃₂ = d_max (m − 1)/m for m > 1 (diverges —
/// returned as 0 — for m ≤ 1).
///
/// Example: d_max = 300 µm, m = 0.6 → F(10 µm) = 0.12994, d₅₀ = 94.494 µm.
public struct GatesGaudinSchuhmann: ParticleSizeDistribution, Equatable {
    /// Largest size d_max (m).
    public let maximumSize: Double
    /// Distribution modulus m.
    public let modulus: Double

    public init(maximumSize: Double, modulus: Double) throws(PSDError) {
        try PSDError.requireParameter("d_max", maximumSize, greaterThan: 0, expected: "a positive size")
        try PSDError.requireParameter("m", modulus, greaterThan: 0, expected: "a positive exponent")
        self.maximumSize = maximumSize
        self.modulus = modulus
    }

    public func cumulativeUndersize(_ d: Double) -> Double {
        guard d > 0 else { return 0 }
        guard d < maximumSize else { return 1 }
        return pow(d / maximumSize, modulus)
    }

    public func diameter(atCumulative fraction: Double) -> Double {
        guard fraction > 0 else { return 0 }
        guard fraction < 1 else { return maximumSize }
        return maximumSize * pow(fraction, 1 / modulus)
    }

    public var sauterDiameter: Double {
        modulus > 1 ? maximumSize * (modulus - 1) / modulus : 0
    }
}
