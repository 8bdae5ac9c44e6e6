/// Weak-order random increments: cheap stand-ins for Gaussian Wiener increments when only expectations
/// (such as grade efficiencies) are wanted.
///
/// **Three-point variate** (Kloeden & Platen 1992, *Numerical Solution of Stochastic Differential
/// Equations*, Springer, §14.2, simplified weak order 2.0 Taylor scheme; also Platen 1999, Acta Numerica
/// 8, 197–246):
///
///     ξ = −√3 with probability 1/6,   0 with probability 2/3,   +√3 with probability 1/6
///
/// and the increment is `ΔŴ = √Δt · ξ`. Its moments are `E ξ = E ξ³ = E ξ⁵ = 0`, `E ξ² = 1`,
/// `E ξ⁴ = 2·(1/6)·9 = 3` — exactly those of N(0, 1) up to order 5 (the sixth moment is 9 instead
/// of 15). That is the moment condition of K&P for weak order 2.0:
/// `|E ΔŴ| + |E ΔŴ³| + |E ΔŴ⁵| + |E ΔŴ² − Δ| + |E ΔŴ⁴ − 3Δ²| ≤ KΔ³`.
/// A scheme of weak order 1 (Euler) needs only the first three moments, so the three-point variate
/// serves it too. It is *not* a strong (pathwise) approximation of Brownian motion.
///
/// **Sampling.** One 32-bit word `w` gives one variate: with `q = ⌊2³²/6⌋ = 715 827 882`,
/// `w < q → −√3`, `q ≤ w < 2q → +√3`, `2q ≤ w < 6q → 0`. The four words `w ≥ 6q` (probability
/// 2⁻³⁰) are rejected and the next word is used, so the probabilities are exactly 1/6, 1/6, 2/3.
///
/// Worked example: the word `0x2AAAAAA9` (= q − 1) gives −√3 = −1.7320508075688772, `0x2AAAAAAA` (= q)
/// gives +√3, `0x55555554` (= 2q) gives 0, `0xFFFFFFFC` (= 6q) is rejected.
extension RandomStream {
    /// √3 = 1.7320508075688772, the magnitude of a nonzero three-point variate.
    @inlinable @inline(__always)
    public static var threePointMagnitude: Double { 1.7320508075688772 }

    /// `q = ⌊2³²/6⌋`, the number of words mapped to each of ±√3.
    @inlinable @inline(__always)
    static var threePointBin: UInt32 { 715_827_882 }

    /// The three-point variate of one word, or `nil` for the four rejected words `w ≥ 6q`.
    @inlinable @inline(__always)
    public static func threePoint(_ w: UInt32) -> Double? {
        let q = threePointBin
        if w >= 6 &* q { return nil }
        // Branch-free: sign = −1 for w < q, +1 for q ≤ w < 2q (w − q < q in wrapping arithmetic), else 0.
        let sign = (w &- q < q ? 1.0 : 0.0) - (w < q ? 1.0 : 0.0)
        return sign * threePointMagnitude
    }

    /// A three-point variate ξ ∈ {−√3, 0, +√3} with probabilities {1/6, 2/3, 1/6}: mean 0 and the
    /// moments of N(0, 1) up to order 5. One word (rarely more, see the extension's notes).
    /// Multiply by √Δt for a weak-order Wiener increment.
    @inlinable
    public mutating func nextThreePoint() -> Double {
        while true {
            if let xi = Self.threePoint(nextWord()) { return xi }
        }
    }
}
