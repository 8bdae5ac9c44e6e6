import Foundation

/// Time-of-flight separation in an annulus r_i < r < R with a swirling plug flow and finite radial turbulent
/// mixing (physics.md §2.1–§2.2: "a radial eddy diffusivity D_T between them can be handled with a 1-D
/// advection–diffusion solver in r marched along z").
///
///     ∂c/∂t + (1/r) ∂(r u_r c)/∂r = (1/r) ∂/∂r (r D_T ∂c/∂r),   u_r = τ v_θw² R^{2n} r^{−2n−1}
///     wall r = R: deposition flux u_r c (ideal sink);  r = r_i: no flux;  t = z/w along the annulus
///
/// Numerics: finite volumes uniform in s = r^{2n+2}. In s the drift is uniform, ds/dt = (2n+2) τ v_θw² R^{2n}
/// (§2.1), and the dust mass per unit s is carried at that speed, so a settling sub-step with Courant number 1
/// shifts each cell's mass exactly one cell outwards (no numerical diffusion: the plug-flow limit §2.1 is
/// reproduced). Each piece (with its own v_θw(z), from the swirl decay) is split into ⌈λ·cells⌉ sub-steps,
/// λ = Δs/(R^{2n+2} − r_i^{2n+2}), stopping once less than 1e-10 of the dust is left; radial diffusion is backward Euler on the cell concentrations (conductance
/// 2π r_f D_T/Δr_c between cell centres), Strang-split around the shift. D_T → 0 gives §2.1,
/// D_T → ∞ gives the well-mixed §2.2 result η = 1 − exp(−2π τ ∫v_θw² dz / Q) up to a splitting error ≈ N/(2·cells)
/// in ln P.
///
/// Bounded work: the well-mixed annulus is the least efficient case, P ≤ exp(−k Σλ) with
/// k = (2/p) R^{2−p} (R^p − r_i^p)/(R² − r_i²) (the wall's share of the dust per unit s, relative to the mean;
/// p = 2n + 2). Once k·Σλ exceeds ``settledDrift`` (P ≤ 1e-40) marching stops with P = 0 before that piece's
/// sub-steps are counted, so a class never takes more than about cells·``settledDrift``/k sub-steps, however
/// small the cyclone or slow the gas (both make λ huge).
///
/// Example (cells = 200): r_i = 0.5, R = 1 m, n = 0.6, one piece with λ = 0.5 and D_T = 0 → P = the plug value
/// 1 − (R² − r_c²)/(R² − r_i²) with r_c^{3.2} = ½(1 + 0.5^{3.2}) → P = 0.5889.
public struct RadialDriftAnnulus: Sendable, Equatable {
    public var cells: Int
    public init(cells: Int = 200) { self.cells = max(cells, 2) }

    /// k·Σλ beyond which the annulus is settled out (the well-mixed bound exp(−92) ≈ 1e-40).
    public static let settledDrift = 92.0

    /// One axial piece: the drift shift Δs (m^{2n+2}) and the diffusion length² D_T Δt (m²).
    public struct Piece: Sendable, Equatable {
        public var shift: Double
        public var diffusion: Double
        public init(shift: Double, diffusion: Double) {
            self.shift = shift
            self.diffusion = diffusion
        }
    }

    /// Penetration (fraction of the dust not at the outer wall) after `pieces`, uniform inlet concentration.
    public func penetration(innerRadius ri: Double, outerRadius rOut: Double, exponent n: Double,
                            pieces: [Piece]) -> Double {
        let m = cells
        let p = 2 * n + 2
        let s0 = pow(ri, p), s1 = pow(rOut, p)
        let ds = (s1 - s0) / Double(m)
        let edges = (0...m).map { k -> Double in
            k == 0 ? ri : (k == m ? rOut : pow(s0 + Double(k) * ds, 1 / p))
        }
        let volume = (0..<m).map { Double.pi * (edges[$0 + 1] * edges[$0 + 1] - edges[$0] * edges[$0]) }
        let centre = (0..<m).map { 0.5 * (edges[$0] + edges[$0 + 1]) }
        // Conductance per unit D_T·Δt between cells k−1 and k (face k).
        let face = (0..<m).map { k -> Double in
            k == 0 ? 0 : 2 * Double.pi * edges[k] / (centre[k] - centre[k - 1])
        }
        let total = volume.reduce(0, +)
        var mass = volume
        var conc = [Double](repeating: 0, count: m)
        var cp = [Double](repeating: 0, count: m), dp = [Double](repeating: 0, count: m)

        func diffuse(_ d: Double) {
            guard d > 0 else { return }
            let maxNumber = d * (face.max() ?? 0) / (volume.min() ?? 1)
            if !(maxNumber < 1e10) {
                let c = mass.reduce(0, +) / total
                for k in 0..<m { mass[k] = c * volume[k] }
                return
            }
            for k in 0..<m { conc[k] = mass[k] / volume[k] }
            // V_k c_k + Σ d K_f (c_k − c_nb) = V_k c_k_old
            for k in 0..<m {
                let lower = d * face[k]
                let upper = k + 1 < m ? d * face[k + 1] : 0
                let b = volume[k] + lower + upper
                let denom = b + (k > 0 ? lower * cp[k - 1] : 0)
                cp[k] = -upper / denom
                dp[k] = (volume[k] * conc[k] + (k > 0 ? lower * dp[k - 1] : 0)) / denom
            }
            conc[m - 1] = dp[m - 1]
            for k in stride(from: m - 2, through: 0, by: -1) { conc[k] = dp[k] - cp[k] * conc[k + 1] }
            for k in 0..<m { mass[k] = conc[k] * volume[k] }
        }

        var remaining = 1.0
        let wallShare = 2 / p * pow(rOut, 2 - p) * (s1 - s0) / (rOut * rOut - ri * ri)
        var drift = 0.0
        for piece in pieces {
            let lambda = max(piece.shift, 0) / (s1 - s0)
            guard lambda > 0 else { diffuse(piece.diffusion); continue }
            drift += lambda
            // P ≤ exp(−k Σλ) < 1e-40 (also Σλ = ∞); a degenerate annulus (k not positive) has no bound, so its
            // drift is capped by the same number of annulus crossings.
            if !(drift * (wallShare > 0 ? wallShare : 1) <= Self.settledDrift) { return 0 }
            let steps = max(Int((lambda * Double(m)).rounded(.up)), 1)  // ≤ cells·settledDrift/k: representable
            let courant = lambda * Double(m) / Double(steps)
            let d = piece.diffusion / Double(steps)
            for step in 0..<steps {
                if step % 64 == 63, mass.reduce(0, +) < 1e-10 * total { return 0 }
                diffuse(0.5 * d)
                for k in stride(from: m - 1, through: 1, by: -1) { mass[k] += courant * (mass[k - 1] - mass[k]) }
                mass[0] *= (1 - courant)
                diffuse(0.5 * d)
            }
            remaining = mass.reduce(0, +) / total
            if remaining < 1e-10 { return 0 }
        }
        return max(0, min(1, remaining))
    }
}
