/// An insert in a settler's tray channel that the gas has to flow around or through (physics.md §3.5): a vertical
/// baffle that leaves a gap at the floor or at the top, or a perforated plate whose holes issue jets, optionally
/// onto a second, staggered plate (the impactor geometry of Marple & Liu 1974).
///
/// ## Reduced-order flow: stream-function stations
///
/// The channel flow is two-dimensional (x along the flow, y up, 0 ≤ y ≤ h). Its stream function ψ(x, y) is the
/// flux per unit width through [0, y] (u = ∂ψ/∂y, v = −∂ψ/∂x). An obstacle fixes ψ on a few vertical *stations*:
///
///     free stream        ψ_f(y) = ∫₀^y u₀ dy          (plug U y, or the log law's cumulative flux)
///     baffle, floor gap  ψ_b(y) = U h min(y, g)/g      (all flux through 0 < y < g at U h/g)
///     baffle, top gap    ψ_b(y) = U h max(0, y − h + g)/g
///     perforated plate   ψ_p(y) = U_j · (open length of the holes below y),  U_j = U/φ
///
/// and between two neighbouring stations x_i < x_{i+1} the field interpolates linearly,
///
///     t = (x − x_i)/(x_{i+1} − x_i),   ψ = (1 − t) ψ_i(y) + t ψ_{i+1}(y)
///     u = (1 − t) ψ_i′(y) + t ψ_{i+1}′(y),     v = −(ψ_{i+1}(y) − ψ_i(y))/(x_{i+1} − x_i)
///
/// Every such field is divergence-free and carries the same flux ψ(h) = U h through every cross-section
/// (continuity); it has u = 0 on the solid part of a plate station (no flow through the plate), the gap or hole
/// velocity at the plate, and the free stream beyond the approach lengths. Between a plate and a free station
/// the gas turns toward the opening over the approach length ℓ (upstream) and re-expands over ℓ (downstream);
/// between two plates (a labyrinth of baffles closer than 2ℓ, or a perforated plate and its impingement plate)
/// the field interpolates directly between the plates, so the gas flows vertically between alternating
/// baffles at U h/s (s their spacing) and turns along the impingement plate in the jet stage.
///
/// Perforated plates are modelled on a representative periodic cell: n = round(φ h/W_j) slots of width
/// W = φ h/n (so φ is kept exactly; W equals W_j when φ h/W_j is an integer) at pitch P = h/n, centred in
/// their cells. Jets leave the holes at U_j = U/φ. With an impingement plate at spacing S the jets run straight
/// (inviscid, no spreading) to a distance δ from it and then turn in the stagnation region
///
///     ψ = U_j [ m(η) T + e(η) (1 − T) ],   T = min(1, ζ/δ)     (ζ: distance from the impingement plate)
///
/// where m(η) and e(η) are the open lengths of the jet hole and of the staggered exit holes (centred on the cell
/// boundaries) below y: on the jet axis this is the linear stagnation flow u = −U_j ζ/δ, v = U_j η/δ with
/// strain rate a = U_j/δ, joined to the free jet and to a wall jet of thickness δ. The default δ = W/2 is the
/// wall-jet thickness of the inviscid free-streamline solution (continuity plus Bernoulli: the half-jet of width
/// W/2 leaves along the wall at U_j); the exact potential-flow stagnation strain π U_j/(4 W) (free jet,
/// Milne-Thomson hodograph) would correspond to δ = 4W/π. Particles in the linear core reach the plate only if
/// a τ > 1/4 (stagnation-flow criterion), i.e. Stk = ρ_p C_c x² U_j/(9 μ W) = 2τU_j/W > δ/(2W): with δ = W/2,
/// Stk > 0.25 on the axis, higher off it.
///
/// ## Capture
///
/// Plates are thin walls at their station: a particle whose step crosses the plane of a plate through its solid
/// part (found from the straight segment between its previous and new position; crossings through openings
/// are passed over, and the obstacle time step keeps a step shorter than the spacing of two plates, so it cannot
/// tunnel through) strikes the plate (``ParticleFate/plateContact(awaySign:)``, normal along x). Without
/// turbulence every strike deposits (captured on contact by the default wall model). Turbulence is not changed
/// by the obstacles (the seen-velocity model keeps its σ and T_L); under it a strike deposits with the
/// Wilson–Ferrandino–Thurtell probability for the particle's slip through the gas it saw — its inertial
/// impaction velocity — and is reflected otherwise, so eddies carrying tracers to a plate do not collect them
/// (the same treatment as the settling floor and the cyclone walls). Particles that pass an opening go on.
///
/// ## Validity and sources
///
/// Reduced order, not CFD: no separation bubble behind a baffle (the downstream re-expansion is the mirror of
/// the approach), no jet spreading or entrainment, no viscous boundary layers; slots only (the 2-D field cannot
/// hold a round jet — ``TrajectorySettler`` maps round holes to slots with the same cut size, see there).
/// Jet-stage validation (dispersion off, gravity off, Stokes drag, particles uniform across the slot exit at the
/// jet velocity, S = 2W, default step): the simulated cut is Stk₅₀ = 0.385 (0.40 at a 5× finer step;
/// √Stk₅₀ = 0.62) against Marple & Liu's 0.59 (0.77) for slots — the cut size is ≈ 19 % small. The result
/// scales with δ: δ = 0.75 W (`turningLengthRatio` 1.5) gives 0.589, δ = 4W/π gives 1.0, so Marple & Liu lie
/// between the wall-jet (default) and the free-jet stagnation-strain choices; the default is not fitted.
/// See `SettlerObstacleTests`. The labyrinth drift law τUθ of physics.md §3.5 is the corresponding correlation
/// for baffles.
///
/// Example: h = 1 m, U = 1 m/s, a baffle from the ceiling at x_b with a floor gap g = 0.25 m and the default
/// ℓ = h − g = 0.75 m. Gap velocity U h/g = 4 m/s. Half-way through the approach (t = 0.5) at y = 0.5 m:
/// ψ_f = 0.5, ψ_b = 1 m²/s ⇒ u = 0.5·1 + 0.5·0 = 0.5 m/s, v = −(1 − 0.5)/0.75 = −0.667 m/s (down, toward the
/// gap); at y = 0.1 m: u = 0.5·1 + 0.5·4 = 2.5 m/s.
/// Jet example: slots W = 4 mm at φ = 0.2 (pitch 20 mm), U = 1 m/s ⇒ U_j = 5 m/s, δ = 2 mm, strain 2500 1/s;
/// air at 20 °C (μ = 1.81e-5 Pa s), ρ_p = 2000 kg/m³, C_c ≈ 1: the simulated Stk₅₀ = 0.385 gives
/// x₅₀ = √(9 μ W Stk₅₀/(ρ_p U_j)) = 5.0 µm (Marple & Liu's 0.59: 6.2 µm).
public enum SettlerObstacle: Sendable, Equatable {
    case baffle(SettlerBaffle)
    case perforatedPlate(SettlerPerforatedPlate)

    /// Position of the first plate (m from the inlet).
    public var position: Double {
        switch self {
        case let .baffle(b): return b.position
        case let .perforatedPlate(p): return p.position
        }
    }
}

/// A thin vertical baffle across the tray channel at x = `position`, hanging from the ceiling (gas passes a gap
/// of height `gap` at the floor) or standing on the floor (gap at the top). See ``SettlerObstacle``.
public struct SettlerBaffle: Sendable, Equatable {
    public enum Orientation: Sendable, Equatable {
        /// A plate from the ceiling down to y = g: the gap is at the floor.
        case fromCeiling
        /// A plate from the floor up to y = h − g: the gap is at the top.
        case fromFloor
    }

    /// x of the plate (m).
    public var position: Double
    public var orientation: Orientation
    /// Height g of the opening (m), 0 < g < h.
    public var gap: Double
    /// Length ℓ over which the gas turns toward the gap upstream and re-expands downstream (m); nil: h − g, the
    /// distance the gas at the far wall is displaced (a mean 45° turn of the outermost streamline).
    public var approachLength: Double?

    public init(position: Double, orientation: Orientation = .fromCeiling, gap: Double, approachLength: Double? = nil) {
        self.position = position
        self.orientation = orientation
        self.gap = gap
        self.approachLength = approachLength
    }
}

/// A perforated plate across the tray channel at x = `position` with slots of width W_j at open-area ratio φ,
/// optionally with a second, staggered plate at `impingementSpacing` behind it on which the jets impinge (its
/// slots sit behind the first plate's webs). See ``SettlerObstacle``.
public struct SettlerPerforatedPlate: Sendable, Equatable {
    /// x of the (first) plate (m).
    public var position: Double
    /// Open-area ratio φ in (0, 1); below 0.5 with an impingement plate (its slots must not overlap the jets).
    public var openAreaRatio: Double
    /// Slot width W_j (m); the model uses W = φ h/n with n = round(φ h/W_j) slots.
    public var holeWidth: Double
    /// Jet-to-plate distance S (m) of the staggered impingement plate; nil: a single plate (the jets re-expand).
    public var impingementSpacing: Double?
    /// δ/(W/2): thickness of the stagnation (turning) region in half slot widths (default 1; see
    /// ``SettlerObstacle``). Clipped to S.
    public var turningLengthRatio: Double
    /// Approach (and re-expansion) length ℓ (m); nil: (P − W)/2, the half-width of the web the gas has to
    /// cross sideways to reach a hole.
    public var approachLength: Double?

    public init(position: Double, openAreaRatio: Double, holeWidth: Double, impingementSpacing: Double? = nil,
                turningLengthRatio: Double = 1, approachLength: Double? = nil) {
        self.position = position
        self.openAreaRatio = openAreaRatio
        self.holeWidth = holeWidth
        self.impingementSpacing = impingementSpacing
        self.turningLengthRatio = turningLengthRatio
        self.approachLength = approachLength
    }

    /// Number of slots n = max(1, round(φ h/W_j)) in a channel of height `channelHeight`.
    public func slotCount(channelHeight h: Double) -> Int {
        Swift.max(1, Int((openAreaRatio * h / holeWidth).rounded()))
    }

    /// Slot width W = φ h/n the model uses (m).
    public func modelledHoleWidth(channelHeight h: Double) -> Double {
        openAreaRatio * h / Double(slotCount(channelHeight: h))
    }
}
