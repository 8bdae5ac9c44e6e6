import Foundation

/// Settling with intermediate vertical mixing (Dobbins–Camp type; physics.md §3.3), solved as a 1-D
/// finite-volume column carried along the chamber with the gas (x = U t, plug flow):
///
///     ∂c/∂t = ∂/∂y( ε_y ∂c/∂y ) + v_t ∂c/∂y        0 < y < H, y up
///     roof  (y = H): no flux,  ε_y ∂c/∂y + v_t c = 0
///     floor (y = 0): deposition flux v_t c (ideal sink), no diffusive flux
///
/// In dimensionless form (η̂ = y/H, t̂ = v_t t/H) the only parameter is the settling Péclet number
/// Pe = v_t H/ε_y; the column is marched through a sequence of pieces, each with its own dimensionless settling
/// displacement N_k = v_t,k Δt_k / H (the laminar efficiency number of that piece) and its own Pe_k, so gas
/// cooling (changing U, μ and v_t) is followed piece by piece. The result is the penetration P = mean of c
/// over the column at the outlet (plug flow: flux-weighted mean = column mean).
///
/// Numerics: n equal cells. Each piece is split into m = max(⌈N_k n⌉, 1) sub-steps, so the settling sub-step
/// shifts the profile by a Courant number C = N_k n/m ≤ 1 (first-order upwind; exact shift by one cell when
/// C = 1, so the laminar limit has no numerical diffusion apart from one fractional step per piece).
/// Diffusion is backward Euler, Strang-split around the settling step (half, settle, half); when the
/// diffusion number exceeds 1e10 the column is replaced by its mean (the backward-Euler limit).
/// Bounded work: the fully mixed column (Pe → 0) is the least efficient case, so P ≤ exp(−ΣN_k) for any Pe. Once
/// ΣN_k exceeds ``settledSettlingNumber`` (twice −ln of `negligiblePenetration`, i.e. P ≤ negligible²) the
/// column is settled out and marching stops with P = 0, before the sub-steps of that piece are counted; so
/// a class never takes more than about n·``settledSettlingNumber`` sub-steps (≈ 5 500 for the defaults), however
/// slow the gas (a tiny flow makes N_k huge) or large the chamber.
/// Limits: Pe → ∞ gives P = max(0, 1 − ΣN_k) (laminar, §3.1); Pe → 0 gives P = exp(−ΣN_k) (mixed, §3.2), the
/// latter with a splitting error of about ΣN_k/(2n) in ln P (n = 100: ≤ 0.2 percentage points of η).
///
/// Example (n = 100, one piece): N = 0.5 → P = 0.5 at Pe = 10⁹, 0.6050 at Pe = 10⁻⁹ (100 cells; exp(−0.5) = 0.6065 in the limit),
/// and in between at Pe = 1.
public struct VerticalDispersionColumn: Sendable, Equatable {
    /// Number of finite-volume cells over the height.
    public var cells: Int
    /// Stop marching once the column holds less than this fraction of the inlet dust.
    public var negligiblePenetration: Double

    public init(cells: Int = 100, negligiblePenetration: Double = 1e-12) {
        self.cells = max(cells, 2)
        self.negligiblePenetration = negligiblePenetration
    }

    /// The total settling number ΣN_k beyond which the column is settled out: the fully mixed bound
    /// exp(−ΣN_k) is then below `negligiblePenetration`² (ΣN_k = 55.3 for the default 1e-12).
    public var settledSettlingNumber: Double {
        2 * -log(min(max(negligiblePenetration, 1e-300), 0.5))
    }

    /// Cell updates `penetration(pieces:)` does at most for these pieces: sub-steps (⌈N_k·n⌉ per piece, up to
    /// ``settledSettlingNumber``) × cells. The work the model knows before it runs; it grows as n², so a fine
    /// column (`column_cells`) is what makes it large.
    public func cellUpdates(pieces: [(settlingNumber: Double, peclet: Double)]) -> Double {
        var settled = 0.0, steps = 0.0
        for piece in pieces where piece.settlingNumber > 0 {
            settled += piece.settlingNumber
            if !(settled <= settledSettlingNumber) { break }
            steps += max((piece.settlingNumber * Double(cells)).rounded(.up), 1)
        }
        return steps * Double(cells)
    }

    /// Most cell updates one evaluation of a settler (all size classes) may do: 1e10, tens of seconds. The
    /// default 100 cells need at most about 5.5e5 per class.
    public static let maxCellUpdates = 1e10

    /// Penetration after the pieces `(settlingNumber N_k, peclet Pe_k)` in flow order, for a uniform inlet profile.
    public func penetration(pieces: [(settlingNumber: Double, peclet: Double)]) -> Double {
        let n = cells
        let nd = Double(n)
        var c = [Double](repeating: 1, count: n)
        var scratchC = [Double](repeating: 0, count: n)
        var scratchD = [Double](repeating: 0, count: n)
        var remaining = 1.0
        var settled = 0.0
        for piece in pieces {
            let shift = max(piece.settlingNumber, 0)
            guard shift > 0 else { continue }
            settled += shift
            if !(settled <= settledSettlingNumber) { return 0 }  // P ≤ exp(−ΣN) < negligible² (also ΣN = ∞)
            let steps = max(Int((shift * nd).rounded(.up)), 1)  // ≤ n·settledSettlingNumber: representable
            let courant = shift * nd / Double(steps)
            // Diffusion number per sub-step: ε Δt/h² = (N/Pe) n² / m.
            let diffusion = piece.peclet.isInfinite ? 0 : shift / max(piece.peclet, 0) * nd * nd / Double(steps)
            for _ in 0..<steps {
                diffuse(&c, number: 0.5 * diffusion, cp: &scratchC, dp: &scratchD)
                // Upwind settling: each cell receives C of the cell above and loses C of itself downwards.
                for i in 0..<(n - 1) { c[i] += courant * (c[i + 1] - c[i]) }
                c[n - 1] *= (1 - courant)
                diffuse(&c, number: 0.5 * diffusion, cp: &scratchC, dp: &scratchD)
            }
            remaining = c.reduce(0, +) / nd
            if remaining < negligiblePenetration { return 0 }
        }
        return max(0, min(1, remaining))
    }

    /// One backward-Euler diffusion step with zero-flux ends: (1 + 2d)cᵢ − d(cᵢ₋₁ + cᵢ₊₁) = cᵢ_old (Thomas algorithm).
    private func diffuse(_ c: inout [Double], number d: Double, cp: inout [Double], dp: inout [Double]) {
        let n = c.count
        guard d > 0 else { return }
        if !(d < 1e10) {
            let mean = c.reduce(0, +) / Double(n)
            for i in 0..<n { c[i] = mean }
            return
        }
        // Forward sweep; sub-diagonal a = −d, super-diagonal cc = −d.
        var b = 1 + d
        cp[0] = -d / b
        dp[0] = c[0] / b
        for i in 1..<n {
            b = (i == n - 1 ? 1 + d : 1 + 2 * d) + d * cp[i - 1]
            cp[i] = -d / b
            dp[i] = (c[i] + d * dp[i - 1]) / b
        }
        c[n - 1] = dp[n - 1]
        for i in stride(from: n - 2, through: 0, by: -1) { c[i] = dp[i] - cp[i] * c[i + 1] }
    }
}
