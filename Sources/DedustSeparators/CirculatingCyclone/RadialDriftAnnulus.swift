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

    /// k·Σλ·(1 − 1/cells) of a whole call beyond which the well-mixed bound is below the 1e-10 of dust at which
    /// marching stops with P = 0: ln 1e10.
    public static let settledOut = log(1e10)

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
    ///
    /// Work: every sub-step is two tridiagonal solves and one shift over the cells, so a class costs
    /// ≈ cells·Σλ sub-steps (the carbide scenario's two circulating cyclones: ≈ 19 000 sub-steps over 80 classes,
    /// ≈ 200 M instructions, most of a study sample). What does not change inside a piece is computed once: the
    /// geometry (edges, volumes, face conductances and their extremes) once per call, the Thomas elimination of
    /// V + d K (multipliers and reciprocal pivots) once per diffusion length d. A sub-step is then two
    /// multiply-add sweeps without division, each taken two cells per link of its recurrence, with the shift done
    /// inside the first diffusion's back sweep. This differs from eliminating afresh with divisions in every
    /// half-step only by rounding (≤ 1e-14 in P; every shipped scenario's JSON report within 1e-11 relative).
    /// A class whose whole drift puts the well-mixed bound, with the splitting allowance exp(k Σλ/cells), below
    /// the 1e-10 at which marching stops returns 0 before marching — the answer the march gives.
    public func penetration(innerRadius ri: Double, outerRadius rOut: Double, exponent n: Double,
                            pieces: [Piece]) -> Double {
        let m = cells
        let p = 2 * n + 2
        let s0 = pow(ri, p), s1 = pow(rOut, p)
        let span = s1 - s0
        let ds = span / Double(m)
        let wallShare = 2 / p * pow(rOut, 2 - p) * span / (rOut * rOut - ri * ri)
        var totalDrift = 0.0
        for piece in pieces { totalDrift += max(piece.shift, 0) / span }
        // P ≤ exp(−k Σλ (1 − 1/cells)) < 1e-10: the march would end at 0 (see `settledOut`).
        if wallShare > 0, !(totalDrift * wallShare * (1 - 1 / Double(m)) <= Self.settledOut) { return 0 }

        var work = [Double](repeating: 0, count: 10 * m)
        return work.withUnsafeMutableBufferPointer { buffer -> Double in
            let base = buffer.baseAddress!
            let volume = base, face = base + m, mass = base + 2 * m, edges = base + 3 * m
            let multiplier = base + 4 * m, forward = base + 5 * m, pivotInverse = base + 6 * m
            let lowerRatio = base + 7 * m, lowerPair = base + 8 * m, multiplierPair = base + 9 * m
            // Cell edges r_k (r_0 = r_i, r_m = R), uniform in s.
            for k in 0..<m { edges[k] = k == 0 ? ri : pow(s0 + Double(k) * ds, 1 / p) }
            func edge(_ k: Int) -> Double { k == m ? rOut : edges[k] }
            var total = 0.0, faceMax = -Double.infinity, volumeMin = Double.infinity
            var previousCentre = 0.0
            for k in 0..<m {
                let a = edge(k), b = edge(k + 1)
                volume[k] = Double.pi * (b * b - a * a)
                let centre = 0.5 * (a + b)
                // Conductance per unit D_T·Δt between cells k−1 and k (face k).
                face[k] = k == 0 ? 0 : 2 * Double.pi * a / (centre - previousCentre)
                previousCentre = centre
                total += volume[k]
                mass[k] = volume[k]
                faceMax = max(faceMax, face[k])
                volumeMin = min(volumeMin, volume[k])
            }
            func dust() -> Double {
                var sum = 0.0
                for k in 0..<m { sum += mass[k] }
                return sum
            }
            // Thomas elimination of (V + d K) c = mass once per d: with pivots π_k, the forward sweep is
            // f_k = mass_k/π_k + a_k f_{k−1} (a_k = d K_k/π_k) and the back sweep c_k = f_k − u_k c_{k+1}
            // (u_k = −d K_{k+1}/π_k). Both recurrences are taken two cells per link,
            //     f_{k+1} = (b_{k+1} + a_{k+1} b_k) + a_{k+1} a_k f_{k−1},   c_{k−1} = (f_{k−1} − u_{k−1} f_k) + u_{k−1} u_k c_{k+1},
            // which halves the chain of dependent operations a sweep waits on.
            var eliminated = -1.0
            func eliminate(_ d: Double) {
                guard d != eliminated else { return }
                eliminated = d
                for k in 0..<m {
                    let below = d * face[k]
                    let above = k + 1 < m ? d * face[k + 1] : 0
                    let pivot = volume[k] + below + above + (k > 0 ? below * multiplier[k - 1] : 0)
                    multiplier[k] = -above / pivot
                    pivotInverse[k] = 1 / pivot
                    lowerRatio[k] = below / pivot
                }
                for k in 0..<m {
                    lowerPair[k] = k >= 1 ? lowerRatio[k] * lowerRatio[k - 1] : 0
                    multiplierPair[k] = k + 1 < m ? multiplier[k] * multiplier[k + 1] : 0
                }
            }
            // Backward Euler: V_k c_k + Σ d K_f (c_k − c_nb) = mass_k, then mass_k = V_k c_k; with `courant` the
            // drift shift follows in the same downward pass (mass_k += C (mass_{k−1} − mass_k), mass_0 *= 1 − C).
            func diffuse(_ d: Double, thenShift courant: Double? = nil) {
                guard d > 0 else {
                    if let courant { shift(courant) }
                    return
                }
                guard d * faceMax / volumeMin < 1e10 else {
                    let c = dust() / total
                    for k in 0..<m { mass[k] = c * volume[k] }
                    if let courant { shift(courant) }
                    return
                }
                eliminate(d)
                var f = mass[0] * pivotInverse[0]
                forward[0] = f
                var k = 1
                while k + 1 < m {
                    let b0 = mass[k] * pivotInverse[k], b1 = mass[k + 1] * pivotInverse[k + 1]
                    let f0 = b0 + lowerRatio[k] * f
                    f = (b1 + lowerRatio[k + 1] * b0) + lowerPair[k + 1] * f
                    forward[k] = f0
                    forward[k + 1] = f
                    k += 2
                }
                if k < m {
                    f = mass[k] * pivotInverse[k] + lowerRatio[k] * f
                    forward[k] = f
                }
                var c = f
                guard let courant else {
                    mass[m - 1] = c * volume[m - 1]
                    var j = m - 2
                    while j >= 1 {
                        let f0 = forward[j], f1 = forward[j - 1]
                        let c0 = f0 - multiplier[j] * c
                        c = (f1 - multiplier[j - 1] * f0) + multiplierPair[j - 1] * c
                        mass[j] = c0 * volume[j]
                        mass[j - 1] = c * volume[j - 1]
                        j -= 2
                    }
                    if j == 0 {
                        c = forward[0] - multiplier[0] * c
                        mass[0] = c * volume[0]
                    }
                    return
                }
                // Diffused masses come out downwards; cell j + 1 is shifted once cell j is known.
                var above = c * volume[m - 1]
                var j = m - 2
                while j >= 1 {
                    let f0 = forward[j], f1 = forward[j - 1]
                    let c0 = f0 - multiplier[j] * c
                    c = (f1 - multiplier[j - 1] * f0) + multiplierPair[j - 1] * c
                    let m0 = c0 * volume[j], m1 = c * volume[j - 1]
                    mass[j + 1] = above + courant * (m0 - above)
                    mass[j] = m0 + courant * (m1 - m0)
                    above = m1
                    j -= 2
                }
                if j == 0 {
                    c = forward[0] - multiplier[0] * c
                    let m0 = c * volume[0]
                    mass[1] = above + courant * (m0 - above)
                    above = m0
                }
                mass[0] = above * (1 - courant)
            }
            func shift(_ courant: Double) {
                for k in stride(from: m - 1, through: 1, by: -1) { mass[k] += courant * (mass[k - 1] - mass[k]) }
                mass[0] *= (1 - courant)
            }

            var remaining = 1.0
            var drift = 0.0
            for piece in pieces {
                let lambda = max(piece.shift, 0) / span
                guard lambda > 0 else { diffuse(piece.diffusion); continue }
                drift += lambda
                // P ≤ exp(−k Σλ) < 1e-40 (also Σλ = ∞); a degenerate annulus (k not positive) has no bound, so
                // its drift is capped by the same number of annulus crossings.
                if !(drift * (wallShare > 0 ? wallShare : 1) <= Self.settledDrift) { return 0 }
                let steps = max(Int((lambda * Double(m)).rounded(.up)), 1)  // ≤ cells·settledDrift/k: representable
                let courant = lambda * Double(m) / Double(steps)
                let d = 0.5 * (piece.diffusion / Double(steps))
                for step in 0..<steps {
                    if step % 64 == 63, dust() < 1e-10 * total { return 0 }
                    diffuse(d, thenShift: courant)
                    diffuse(d)
                }
                remaining = dust() / total
                if remaining < 1e-10 { return 0 }
            }
            return max(0, min(1, remaining))
        }
    }
}
