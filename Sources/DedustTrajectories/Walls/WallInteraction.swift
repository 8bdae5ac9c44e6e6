/// What happens when a particle touches a collecting wall (physics.md §1.11, §4.3).
public protocol WallInteraction: Sendable {
    /// True if the particle is captured, given a uniform variate `u` in (0, 1).
    func captures(uniform u: Double) -> Bool
    /// Coefficient of restitution e applied to the normal velocity on rebound (v_n ← −e v_n).
    var restitution: Double { get }
}

/// Capture on first contact (the default; the usual assumption of cyclone and settler theory).
public struct CaptureOnContact: WallInteraction {
    public init() {}
    @inlinable public func captures(uniform u: Double) -> Bool { true }
    public var restitution: Double { 0 }
}

/// Capture with probability 1 − p; otherwise the particle rebounds with restitution e (e = 0 models
/// re-entrainment: the particle is put back at the wall with zero normal velocity and is carried off by
/// the gas). Every contact draws its own variate from the particle's event stream, so results stay
/// independent of the schedule. Example: p = 0.2 — a particle survives k contacts with probability 0.2^k.
public struct ProbabilisticRebound: WallInteraction {
    /// Probability p of rebound/re-entrainment per contact, in [0, 1).
    public var reboundProbability: Double
    public var restitution: Double

    public init(reboundProbability: Double, restitution: Double = 0) {
        precondition(reboundProbability >= 0 && reboundProbability < 1, "rebound probability must be in [0, 1)")
        precondition(restitution >= 0 && restitution <= 1, "restitution must be in [0, 1]")
        self.reboundProbability = reboundProbability
        self.restitution = restitution
    }

    @inlinable public func captures(uniform u: Double) -> Bool { u >= reboundProbability }
}

/// How a cyclone's collecting wall takes up the particles that the turbulent flow brings to it.
///
/// * `centrifugalDrift` (default): the wall behaves like the settler's settling floor with the centrifugal
///   drift as deposition velocity. A particle touching the wall is deposited with probability
///
///       1 − R = 2 v_d / (σ_n √(2/π) + v_d),   v_d = τ' a_c,   a_c = v_θ(R_w)²/R_w   (clipped to ≤ 1)
///
///   and reflected otherwise (normal velocity and normal seen fluctuation reversed). R is the reflection
///   probability of Wilson, Ferrandino & Thurtell (1989, ``WilsonFerrandinoThurtellDeposition``) for a stochastic
///   Lagrangian model over a depositing surface; σ_n is the wall-normal (radial) fluctuation of the
///   dispersion model, v_θ(R_w) the gas tangential velocity at the local wall radius R_w, and τ' = τ/f(Re) the
///   drag time at the drift slip (Schiller–Naumann, Cunningham slip in τ), so v_d is the particle's
///   centrifugal terminal velocity at the wall (physics.md §1.7 w_a, §4.1, §4.3). For a well-mixed particle
///   population next to the wall this makes the deposition flux v_d c — the wall flux of the Mothes–Löffler
///   mixing model (§1.7, k₁ = 2π r_a' w_a/Q) — instead of the turbulent contact flux σ_n c/√(2π) that capture
///   on contact gives. The gas radial velocity is not subtracted: the gas does not cross the wall. Without
///   turbulence (σ_n = 0) every contact deposits, and when v_d ≥ σ_n √(2/π) every contact deposits too.
///   Validity: R assumes the particle's wall-normal velocities near the wall are Gaussian about the drift
///   (v_d ≪ σ_n is where it matters; for v_d ≳ σ_n √(2/π) it is capture on contact anyway), and that the
///   deposit sticks (rebound is the ``WallInteraction``'s business, applied after deposition).
///   Example: Stairmand HE, v_in = 15 m/s (σ_r = 1.5 m/s, σ_n √(2/π) = 1.197 m/s), D = 1 m, v_θw = 19.32 m/s,
///   a_c = 746.5 m/s²; a 2 µm particle of 2000 kg/m³ in air at 20 °C (τ = 26.5 µs with slip, f ≈ 1) drifts
///   at v_d = 0.01975 m/s and is deposited at 3.25 % of its contacts; a 10 µm particle (τ = 622.8 µs, Re ≈ 0.29,
///   f = 1.064, v_d = 0.4369 m/s) at 53.5 %.
/// * `onContact`: every contact deposits (then the ``WallInteraction`` decides), whatever the turbulence —
///   the behaviour before the deposition probability was introduced, which lets turbulent fluctuations carry
///   fine particles onto the wall and gives cut sizes a factor 4–5 below Barth/Muschelknautz with the default
///   dispersion (docs/trajectories.md).
public enum CycloneWallDeposition: String, Sendable, Equatable, CaseIterable {
    case centrifugalDrift = "centrifugal_drift"
    case onContact = "on_contact"
}
