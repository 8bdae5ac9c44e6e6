import DedustNumerics
import Foundation

/// Discrete random walk / eddy-interaction model (Gosman & Ioannides 1981; physics.md §4.4).
///
/// A particle sees a constant fluctuation u′_i = σ_i φ(x) ζ_i (ζ a standard variate) for an interaction time
///
///     t_int = min(τ_e, t_cross),  τ_e = 2 T_L,  L_e = σ τ_e,
///     t_cross = −τ ln(1 − L_e/(τ |ū − v|))   (only when L_e < τ |ū − v|; otherwise the particle stays in the eddy)
///
/// then draws a new eddy. The long-time eddy diffusivity of a tracer is σ² τ_e/2 = σ² T_L, the same as the
/// Ornstein–Uhlenbeck model with the same σ and T_L. The model has no drift correction: in inhomogeneous
/// turbulence it lets particles accumulate where σ is low, so prefer the Langevin model there.
/// Example: σ = 1 m/s, T_L = 10 ms → τ_e = 20 ms, L_e = 20 mm; τ = 1 ms, slip 30 m/s → t_cross = −τ ln(1/3) = 1.10 ms.
public struct RandomWalkDispersion: Dispersion {
    public var sigma: (a: Double, b: Double, c: Double)
    public var timeScale: Double
    public static var usesEddyTimer: Bool { true }

    public init(sigma: (a: Double, b: Double, c: Double), timeScale: Double) {
        self.sigma = sigma
        self.timeScale = timeScale
    }

    /// Interaction time of a particle with relaxation time `relaxationTime` slipping at `slip` through eddies
    /// of r.m.s. velocity `localSigma`.
    @inlinable
    public func interactionTime(localSigma: Double, slip: Double, relaxationTime: Double) -> Double {
        let lifetime = 2 * timeScale
        let size = localSigma * lifetime
        let ratio = size / Swift.max(relaxationTime * slip, 1e-300)
        guard ratio < 1 else { return lifetime }
        return Swift.min(lifetime, -relaxationTime * FastMath.log(1 - ratio))
    }

    @inlinable @inline(__always)
    public func advance(wa: inout Double, wb: inout Double, wc: inout Double, timer: inout Double, gas: GasSample,
                        slip: Double, relaxationTime: Double, dt: Double, xi: (Double, Double, Double)) {
        timer -= dt
        if timer <= 0 {
            wa = xi.0
            wb = xi.1
            wc = xi.2
            let s2 = (sigma.a * sigma.a + sigma.b * sigma.b + sigma.c * sigma.c) * (1.0 / 3.0)
            timer = interactionTime(localSigma: gas.turbulence * s2.squareRoot(), slip: slip,
                                    relaxationTime: relaxationTime)
        }
    }

    /// ``advance(wa:wb:wc:timer:gas:slip:relaxationTime:dt:xi:)`` for eight particles in vector registers: the
    /// interaction time is computed in every lane and blended in where the eddy has expired (the same
    /// operations lane by lane, so the same bits as the scalar update; tested).
    @inlinable @inline(__always)
    public func advance8(_ l: inout DispersionLanes, dt: Double) {
        let timer = l.timer - dt
        let expired = timer .<= 0
        let lifetime = 2 * timeScale
        let rms = ((sigma.a * sigma.a + sigma.b * sigma.b + sigma.c * sigma.c) * (1.0 / 3.0)).squareRoot()
        let size = (l.turbulence * rms) * lifetime
        let travel = l.relaxationTime * FastMath.squareRoot(l.slipSquared)
        let ratio = size / travel.replacing(with: 1e-300, where: travel .< 1e-300)
        let crossing = -l.relaxationTime * FastMath.log(1 - ratio)  // blended away where ratio ≥ 1
        let interaction = crossing.replacing(with: lifetime, where: (ratio .>= 1) .| (crossing .> lifetime))
        l.timer = timer.replacing(with: interaction, where: expired)
        l.wa = l.wa.replacing(with: l.xi0, where: expired)
        l.wb = l.wb.replacing(with: l.xi1, where: expired)
        l.wc = l.wc.replacing(with: l.xi2, where: expired)
    }
}
