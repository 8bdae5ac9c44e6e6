/// The coordinate system of a flow field's meridional plane.
///
/// * `.cartesian`: `a = x` (along the flow), `b = y` (vertical, up); the third velocity component is unused.
/// * `.cylindrical`: `a = r`, `b = z` (up), `c = θ` component; the step adds the centrifugal acceleration
///   v_θ²/r to the radial and the Coriolis term −v_r v_θ/r to the tangential equation (physics.md §4.3).
///   Fields are axisymmetric, so θ itself is not tracked.
public enum CoordinateSystem: Sendable {
    case cartesian
    case cylindrical
}

/// Gas velocity and turbulence at one point, as a flow field reports it to the step kernel.
///
/// Velocities in m/s in the field's (a, b, c) components. `turbulence` is a dimensionless shape factor in
/// [0, 1] multiplying the reference fluctuation σ of the dispersion model (so walls can damp turbulence),
/// `turbulenceGradientA/B` its derivatives (1/m), needed by the drift correction for inhomogeneous turbulence.
public struct GasSample: Sendable {
    public var ua: Double
    public var ub: Double
    public var uc: Double
    public var turbulence: Double
    public var turbulenceGradientA: Double
    public var turbulenceGradientB: Double

    @inlinable
    public init(ua: Double, ub: Double, uc: Double, turbulence: Double = 1,
                turbulenceGradientA: Double = 0, turbulenceGradientB: Double = 0) {
        self.ua = ua
        self.ub = ub
        self.uc = uc
        self.turbulence = turbulence
        self.turbulenceGradientA = turbulenceGradientA
        self.turbulenceGradientB = turbulenceGradientB
    }
}

/// Position and velocity of one particle, handed to a field's boundary logic.
public struct ParticleState: Sendable {
    /// Position (m): x or r.
    public var a: Double
    /// Position (m): y or z (up).
    public var b: Double
    /// Velocity components (m/s).
    public var va: Double
    public var vb: Double
    public var vc: Double
    /// Normalised seen-velocity fluctuations (u′/σ) of the dispersion model.
    public var wa: Double
    public var wb: Double
    public var wc: Double

    @inlinable
    public init(a: Double, b: Double, va: Double, vb: Double, vc: Double,
                wa: Double = 0, wb: Double = 0, wc: Double = 0) {
        self.a = a
        self.b = b
        self.va = va
        self.vb = vb
        self.vc = vc
        self.wa = wa
        self.wb = wb
        self.wc = wc
    }
}

/// What happened to a particle at the end of a step.
public enum ParticleFate: Sendable, Equatable {
    /// Still in the zone it was in.
    case active
    /// Reached a collecting wall or dust outlet (subject to the wall interaction for `.wallContact`).
    case captured
    /// Left with the gas.
    case escaped
    /// Touched a collecting wall whose normal is (approximately) the `a` axis (`normalIsA`) or the `b` axis.
    /// The wall interaction decides between capture and rebound; the field has already mirrored the position
    /// back into the domain, and a rebound multiplies the normal velocity by −e.
    ///
    /// `settlingFloor` marks a floor that particles cross only by settling through a quiescent sublayer
    /// (the well-mixed settler of physics.md §3.2): a particle that reaches it with turbulent velocity
    /// fluctuations σ is captured with probability 1 − R, where R is the reflection probability of
    /// Wilson, Ferrandino & Thurtell (1989, ``WilsonFerrandinoThurtellDeposition``) for a deposition velocity v_d = v_t,
    ///
    ///     R = (σ √(2/π) − v_t) / (σ √(2/π) + v_t)      (clipped to [0, 1]; R = 0 without turbulence)
    ///
    /// which makes the deposition flux v_t c at the floor for a well-mixed particle population.
    /// Example: σ = 0.3 m/s, v_t = 0.01 m/s → σ√(2/π) = 0.2394, R = 0.9198, capture probability 0.0802.
    case wallContact(normalIsA: Bool, settlingFloor: Bool = false)
    /// Touched a cyclone's collecting wall (normal along `a`, the radius) where the centrifugal acceleration
    /// of the gas swirl is `centrifugalAcceleration` = v_θ(R_w)²/R_w (m/s²). The engine deposits the particle
    /// with the Wilson–Ferrandino–Thurtell probability 1 − R for the deposition velocity v_d = τ' a_c, the
    /// particle's centrifugal drift (see ``CycloneWallDeposition/centrifugalDrift``), with σ the radial
    /// fluctuation; otherwise it reflects it (v_a, w_a reversed; the field has already mirrored the position).
    /// What happens to a deposited particle is `onDeposit`.
    /// Example: a_c = 746.5 m/s², σ_r = 1.5 m/s, v_d = 0.01975 m/s → capture probability 0.0325 per contact.
    case centrifugalWall(centrifugalAcceleration: Double, onDeposit: WallDeposit = .wallInteraction)
    /// Struck a thin plate across the flow (a settler baffle or perforated plate; normal along `a`) on the side
    /// `awaySign` (−1: the particle came from smaller a, +1: from larger a). Without turbulence every strike
    /// deposits (capture on contact). Under turbulence the engine deposits with the Wilson–Ferrandino–Thurtell
    /// probability 1 − R for the deposition velocity v_d = |s − v|, the particle's slip through the gas it saw
    /// over the step (its inertial impaction velocity — an upper bound of the normal component; a tracer has
    /// none), with σ the
    /// fluctuation along `a`; otherwise it reflects it (v_a, w_a pointing away from the plate). Deposited
    /// particles go through the wall interaction as at any collecting wall.
    /// Example: σ_a = 0.05 m/s (σ√(2/π) = 0.0399), slip 0.002 m/s → capture probability 0.095 per strike;
    /// slip 0.5 m/s → 1.
    case plateContact(awaySign: Double)
    /// Carried by the gas into another zone (re-injected there with that zone's inlet distribution).
    case transfer(zone: Int)
}

/// What becomes of a particle deposited on a collecting wall (``ParticleFate/centrifugalWall(centrifugalAcceleration:onDeposit:)``).
public enum WallDeposit: Sendable, Equatable {
    /// Captured, subject to the ``WallInteraction`` (rebound/re-entrainment), like ``ParticleFate/wallContact(normalIsA:settlingFloor:)``.
    case wallInteraction
    /// Counted as captured outright (e.g. the circulating cyclone's bypass in the `primaryOnly` mode).
    case captured
    /// Joins a wall layer that carries it into another zone (the circulating cyclone's bypass to the cone).
    case transfer(zone: Int)
}

/// A reduced-order gas flow field for Lagrangian tracking (physics.md §5, §2, §3).
///
/// A field is a value: it holds the operating point (velocities, flow splits, geometry) computed by the
/// separator model or given as plain inputs. It may consist of several zones (the circulating cyclone's
/// primary annulus and cone); particles move between zones by `transfer` events. All functions must be
/// pure (no state), because tiles run on any thread.
public protocol FlowField: Sendable {
    /// Coordinate system of the (a, b, c) components.
    var coordinates: CoordinateSystem { get }
    /// Number of zones (≥ 1).
    var zoneCount: Int { get }
    /// Zone where new particles enter.
    var inletZone: Int { get }
    /// Time step (s) that resolves the flow field (e.g. 1/20 of a revolution in the fastest part of a vortex).
    var timeStep: Double { get }
    /// Time after which particles still in the domain are reported as undecided (s).
    var timeLimit: Double { get }
    /// Reference velocity (m/s) for the default turbulence intensity (inlet velocity, mean through-flow).
    var referenceVelocity: Double { get }
    /// Default turbulence intensities σ/`referenceVelocity` per component (a, b, c).
    var defaultTurbulenceIntensity: (a: Double, b: Double, c: Double) { get }
    /// Default Lagrangian integral time scale (s) for the default dispersion parameters.
    var defaultIntegralTimeScale: Double { get }
    /// Radius or height scale (m) used to guard the centrifugal term near the axis.
    var lengthScale: Double { get }
    /// Smallest length over which the turbulence shape changes (m), e.g. a damped wall layer; the engine keeps
    /// σ Δt below a fifth of it. Infinite for uniform turbulence.
    var turbulenceLengthScale: Double { get }

    /// Position of a particle entering `zone`, from four uniforms in (0, 1) (flux-weighted over the inlet).
    func inject(zone: Int, uniforms: (Double, Double, Double, Double)) -> (a: Double, b: Double)
    /// Gas velocity and turbulence shape at (a, b) in `zone`.
    func gas(zone: Int, a: Double, b: Double) -> GasSample
    /// Boundary logic after a step from (`previousA`, `previousB`) to `state`: reflections at non-collecting
    /// walls (modifying `state`), wall contact, exits and zone transfers.
    func resolve(zone: Int, previousA: Double, previousB: Double, state: inout ParticleState) -> ParticleFate
    /// A cheap test the engine's boundary pass makes first: `true` only if `resolve` would return `.active`
    /// and leave the state unchanged (the particle is inside the zone and crossed nothing). The default,
    /// `false`, always calls `resolve`; fields override it so the pass skips the bulk of the particles.
    func isInterior(zone: Int, previousA: Double, previousB: Double, a: Double, b: Double) -> Bool
    /// ``gas(zone:a:b:)`` for eight points at once, for the step kernel's `SIMD8` groups (the default calls
    /// `gas` lane by lane; fields override it with vector arithmetic).
    func gas8(zone: SIMD8<Int32>, a: SIMD8<Double>, b: SIMD8<Double>) -> GasLanes
}

/// Gas velocity and turbulence at eight points, one vector per ``GasSample`` field.
public struct GasLanes: Sendable {
    public var ua, ub, uc, turbulence, turbulenceGradientA, turbulenceGradientB: SIMD8<Double>

    @inlinable @inline(__always)
    public init(ua: SIMD8<Double>, ub: SIMD8<Double>, uc: SIMD8<Double>, turbulence: SIMD8<Double> = .one,
                turbulenceGradientA: SIMD8<Double> = .zero, turbulenceGradientB: SIMD8<Double> = .zero) {
        self.ua = ua
        self.ub = ub
        self.uc = uc
        self.turbulence = turbulence
        self.turbulenceGradientA = turbulenceGradientA
        self.turbulenceGradientB = turbulenceGradientB
    }
}

extension FlowField {
    @inlinable
    public func gas8(zone: SIMD8<Int32>, a: SIMD8<Double>, b: SIMD8<Double>) -> GasLanes {
        var out = GasLanes(ua: .zero, ub: .zero, uc: .zero)
        for k in 0..<8 {
            let g = gas(zone: Int(zone[k]), a: a[k], b: b[k])
            out.ua[k] = g.ua
            out.ub[k] = g.ub
            out.uc[k] = g.uc
            out.turbulence[k] = g.turbulence
            out.turbulenceGradientA[k] = g.turbulenceGradientA
            out.turbulenceGradientB[k] = g.turbulenceGradientB
        }
        return out
    }

    @inlinable
    public func isInterior(zone: Int, previousA: Double, previousB: Double, a: Double, b: Double) -> Bool { false }
}
