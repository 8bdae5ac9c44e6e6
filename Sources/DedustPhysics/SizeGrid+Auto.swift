import Foundation

extension SizeGrid {
    /// Classes per decade of size of an automatic grid (the default grid, 48 classes over 0.3–500 µm, has 14.9).
    public static let autoClassesPerDecade = 15.0
    /// Mass fraction each tail of the distribution may leave outside an automatic grid (0.05 % each, so the
    /// grid holds ≥ 99.9 % of the mass).
    public static let autoTailFraction = 0.0005

    /// `size_grid: auto` — log-spaced classes whose edges hold at least 99.9 % of the mass of `psd`:
    ///
    ///     from = the 0.05 % quantile d_0.0005, rounded down to 1, 2 or 5 × 10ᵏ m
    ///     to   = the 99.95 % quantile d_0.9995, rounded up to 1, 2 or 5 × 10ᵏ m
    ///     classes = ⌈15 · log₁₀(to/from)⌉ (15 per decade, at least 10, at most 2000)
    ///
    /// Rounding outward only adds mass, so F(to) − F(from) ≥ 0.999. Sizes are kept within 1 nm … 1 m.
    ///
    /// Example: Rosin–Rammler d₆₃ = 20 µm, n = 1.2 → quantiles 0.0355 µm and 108.4 µm → 0.02–200 µm,
    /// ⌈15 · 4⌉ = 60 classes.
    public static func auto(for psd: some ParticleSizeDistribution) throws -> SizeGrid {
        let lower = psd.diameter(atCumulative: autoTailFraction)
        let upper = psd.diameter(atCumulative: 1 - autoTailFraction)
        let from = max(1e-9, niceRounded(lower > 0 ? lower : 1e-9, up: false))
        var to = min(1.0, niceRounded(upper.isFinite ? upper : 1, up: true))
        if !(to > from) { to = niceRounded(from * 1.000_001, up: true) }
        let classes = min(2000, max(10, Int((autoClassesPerDecade * log10(to / from)).rounded(.up))))
        return try logSpaced(from: from, to: to, classes: classes)
    }

    /// `x` rounded down (or up) to the 1–2–5 series: … 0.5, 1, 2, 5, 10, 20 … × 10ᵏ.
    static func niceRounded(_ x: Double, up: Bool) -> Double {
        let k = floor(log10(x))
        let decade = pow(10, k)
        let steps = [1.0, 2, 5, 10]
        let m = x / decade
        if up {
            let s = steps.first { $0 * (1 - 1e-12) >= m } ?? 10
            return s * decade
        }
        let s = steps.last { $0 <= m * (1 + 1e-12) } ?? 1
        return s * decade
    }
}

extension ParticleSizeDistribution {
    /// Mass fractions the distribution puts below the grid's first edge and above its last — the dust that
    /// ``discretize(onto:)`` counts in the first and the last class.
    ///
    /// Example: Rosin–Rammler d₆₃ = 20 µm, n = 1.2 on 0.5–20 µm: below = F(0.5 µm) = 0.0119, above =
    /// 1 − F(20 µm) = 0.3679.
    public func massOutside(_ grid: SizeGrid) -> (below: Double, above: Double) {
        let below = min(1, max(0, cumulativeUndersize(grid.edges[0])))
        let above = min(1, max(0, 1 - cumulativeUndersize(grid.edges[grid.edges.count - 1])))
        return (below, above)
    }
}
