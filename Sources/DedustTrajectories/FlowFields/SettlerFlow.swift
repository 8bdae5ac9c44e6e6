import DedustNumerics
import Foundation

/// Reduced-order flow in a gravity settling chamber (physics.md §3): one tray channel of a (Howard)
/// multi-tray chamber, x along the flow, y up from the tray floor.
///
/// * Channel height h = H/N for N trays (trays are identical in this model, so one channel represents all);
///   mean velocity U = Q/(W H).
/// * Velocity profile: plug flow u = U (default), or a rough-wall log law
///   u(y) = (u*/κ) ln(y/y₀) for y > y₀ (0 below), κ = 0.41, with u* set so the channel mean equals U:
///   u* = κ U h / (h ln(h/y₀) − h + y₀).
/// * Floor: a settling floor (deposition flux v_t c, §3.2): particles arriving with turbulent fluctuations are
///   captured with the Wilson–Ferrandino–Thurtell probability (``ParticleFate/wallContact(normalIsA:settlingFloor:)``),
///   without turbulence on contact. Ceiling (the tray above): reflecting. Outlet at x = L.
/// * Optional damped floor layer (`dampedLayerFraction` δ/h > 0, default 0): turbulence shape
///   φ(y) = min(1, y/δ), so σ → 0 at the floor and particles cross the last δ by settling; the drift correction
///   of the Langevin model keeps tracers well mixed across it. Note: when σT_L is not small against δ the
///   layer is crossed ballistically and deposition falls below v_t c (measured: −60 % at δ = 0.1 h,
///   σ T_L = 0.15 h), so the default is the deposition-probability floor.
/// * Default turbulence: σ = 0.05 U (≈ u*), T_L = κ h/(6 · 0.05) / U, which gives the depth-averaged eddy
///   diffusivity of open-channel flow ε = σ² T_L = κ u* h/6 (Fischer et al. 1979).
/// * Effective-area factor k_A ∈ (0, 1] (physics.md §3.4, dead zones and short-circuiting): the gas uses only
///   k_A of the width, so U = Q/(k_A W H) and the residence time is k_A L W H/Q — the same definition as the
///   correlation model `GravitySettler`, so the laminar law becomes η = min(1, k_A v_t L W N/Q).
/// * Obstacles (``SettlerObstacle``): vertical baffles and perforated plates, as stream-function stations
///   with thin plates that capture on contact. Without obstacles the field runs the plain path above (a single
///   loop-invariant flag is tested); with them the time step also resolves the obstacle flow
///   (``SettlerObstacleLayout``, `obstacleStepFraction`).
///
/// Limits: dispersion off ⇒ η = min(1, v_t L W N / Q) (§3.1, laminar); strong mixing (Pe = v_t h/ε → 0) ⇒
/// η = 1 − exp(−v_t L W N/Q) (§3.2). Example: L = 9, W = 3, H = 4 m, Q = 12 m³/s (U = 1 m/s), one tray;
/// v_t = 0.01 m/s ⇒ laminar η = min(1, 0.01·9·3/12) = 0.0225, mixed η = 1 − e^(−0.0225) = 0.0222; with k_A = 0.5,
/// U = 2 m/s and laminar η = 0.01125.
public struct SettlerFlow: FlowField {
    /// Axial velocity profile.
    public enum Profile: Sendable, Equatable {
        case plug
        /// Log law over a rough floor with roughness length y₀ (m).
        case logLaw(roughnessLength: Double)
    }

    public let length: Double
    public let width: Double
    public let height: Double
    public let trays: Int
    public let volumetricFlow: Double
    public let profile: Profile
    /// Thickness δ of the damped turbulence layer over the floor, as a fraction of the channel height.
    public let dampedLayerFraction: Double
    /// Steps per mean residence time L/U (resolution of the flow).
    public var stepsPerResidenceTime: Double
    /// Time limit in mean residence times.
    public var timeLimitFactor: Double
    /// Effective-area factor k_A ∈ (0, 1]: fraction of the width the gas uses (default 1).
    public let effectiveAreaFactor: Double
    /// Baffles and perforated plates in the tray channel (default none).
    public let obstacles: [SettlerObstacle]
    /// f in the obstacle time step Δt ≤ f · (feature)/(local velocity) (default 0.05; see
    /// ``SettlerObstacleLayout``): 0.05 moves a particle at most a twentieth of a jet half-width per step.
    public let obstacleStepFraction: Double

    public init(length: Double, width: Double, height: Double, trays: Int = 1, volumetricFlow: Double,
                profile: Profile = .plug, dampedLayerFraction: Double = 0, stepsPerResidenceTime: Double = 400,
                timeLimitFactor: Double = 20, effectiveAreaFactor: Double = 1, obstacles: [SettlerObstacle] = [],
                obstacleStepFraction: Double = 0.05) {
        self.length = length
        self.width = width
        self.height = height
        self.trays = trays
        self.volumetricFlow = volumetricFlow
        self.profile = profile
        self.dampedLayerFraction = dampedLayerFraction
        self.stepsPerResidenceTime = stepsPerResidenceTime
        self.timeLimitFactor = timeLimitFactor
        self.effectiveAreaFactor = effectiveAreaFactor
        self.obstacles = obstacles
        self.obstacleStepFraction = obstacleStepFraction
        // Loop-invariant constants of `gas` (kept branch-free so the step kernel vectorises).
        let h = height / Double(trays), u = volumetricFlow / (effectiveAreaFactor * width * height)
        channel = h
        mean = u
        if case let .logLaw(y0) = profile {
            roughness = y0
            logScale = u * h / (h * Foundation.log(h / y0) - h + y0)  // u*/κ
        } else {
            roughness = 0
            logScale = 0
        }
        layer = dampedLayerFraction > 0 ? dampedLayerFraction * h : 0
        if obstacles.isEmpty {
            layout = nil
            obstacleProblems = []
        } else {
            switch SettlerObstacleLayout.make(obstacles: obstacles, length: length, height: h, mean: u,
                                              logScale: logScale, roughness: roughness) {
            case let .success(l):
                layout = l
                obstacleProblems = []
            case let .failure(p):
                layout = nil
                obstacleProblems = p.messages
            }
        }
        hasObstacles = layout != nil
        obstacleTimeStep = layout?.resolvingTimeStep(fraction: obstacleStepFraction) ?? .infinity
        interiorLimit = Swift.min(length, layout.map { $0.stations[$0.walls[0]] } ?? .infinity)
    }

    @usableFromInline let channel, mean, roughness, logScale, layer: Double
    /// The obstacles' stations and plates (nil without obstacles, or when they do not fit: see `problems`).
    public let layout: SettlerObstacleLayout?
    /// `layout != nil`, the loop-invariant test of the obstacle path.
    @usableFromInline let hasObstacles: Bool
    let obstacleProblems: [String]
    /// min(L, x of the first plate) (m): ``isInterior``'s limit, so it needs no flag.
    @usableFromInline let interiorLimit: Double
    /// Largest time step that resolves the obstacle flow (s), infinite without obstacles.
    public let obstacleTimeStep: Double

    /// Input problems, as messages (empty when valid).
    public var problems: [String] {
        var m: [String] = []
        for (name, v) in [("length", length), ("width", width), ("height", height), ("flow", volumetricFlow)]
        where !(v > 0 && v.isFinite) { m.append("settler \(name) must be positive, got \(v)") }
        if trays < 1 { m.append("settler trays must be ≥ 1, got \(trays)") }
        if !(effectiveAreaFactor > 0 && effectiveAreaFactor <= 1) {
            m.append("effective-area factor must be in (0, 1], got \(effectiveAreaFactor)")
        }
        if !obstacles.isEmpty && !(obstacleStepFraction > 0 && obstacleStepFraction <= 1) {
            m.append("obstacle step fraction must be in (0, 1], got \(obstacleStepFraction)")
        }
        if !(dampedLayerFraction >= 0 && dampedLayerFraction < 1) {
            m.append("damped layer fraction must be in [0, 1), got \(dampedLayerFraction)")
        }
        if case let .logLaw(y0) = profile, !(y0 > 0 && y0 < channelHeight / 10) {
            m.append("log-law roughness length must be in (0, h/10) = (0, \(channelHeight / 10)) m, got \(y0) m")
        }
        return m + obstacleProblems
    }

    /// Height of one tray channel h = H/N (m).
    public var channelHeight: Double { channel }
    /// Mean velocity U = Q/(k_A W H) (m/s).
    public var meanVelocity: Double { mean }
    /// von Kármán constant.
    public static let karman = 0.41
    /// Friction velocity u* of the log-law profile (m/s); nil for plug flow.
    public var frictionVelocity: Double? {
        guard case let .logLaw(y0) = profile else { return nil }
        let h = channelHeight
        return SettlerFlow.karman * meanVelocity * h / (h * Foundation.log(h / y0) - h + y0)
    }

    public var coordinates: CoordinateSystem { .cartesian }
    public var zoneCount: Int { 1 }
    public var inletZone: Int { 0 }
    public var timeStep: Double {
        let plain = length / meanVelocity / stepsPerResidenceTime
        return hasObstacles ? Swift.min(plain, obstacleTimeStep) : plain
    }
    public var timeLimit: Double { timeLimitFactor * length / meanVelocity }
    public var referenceVelocity: Double { meanVelocity }
    public var defaultTurbulenceIntensity: (a: Double, b: Double, c: Double) { (0.05, 0.05, 0.05) }
    public var defaultIntegralTimeScale: Double { SettlerFlow.karman * channelHeight / (6 * 0.05) / meanVelocity }
    public var lengthScale: Double { channelHeight }
    public var turbulenceLengthScale: Double { layer > 0 ? layer : .infinity }


    /// Axial gas velocity of the undisturbed profile at height y above the tray floor (m/s).
    public func velocity(atHeight y: Double) -> Double { plainGas(b: y).ua }

    /// Cumulative flux ∫₀^y u dy per unit width (m²/s).
    func flux(below y: Double) -> Double {
        switch profile {
        case .plug: return meanVelocity * y
        case let .logLaw(y0):
            guard y > y0 else { return 0 }
            return (frictionVelocity ?? 0) / SettlerFlow.karman * (y * Foundation.log(y / y0) - y + y0)
        }
    }

    public func inject(zone: Int, uniforms: (Double, Double, Double, Double)) -> (a: Double, b: Double) {
        let h = channelHeight
        switch profile {
        case .plug: return (0, uniforms.0 * h)
        case .logLaw:
            // Flux-weighted entry height: invert the cumulative flux by bisection.
            let target = uniforms.0 * flux(below: h)
            var lo = 0.0, hi = h
            for _ in 0..<60 {
                let mid = 0.5 * (lo + hi)
                if flux(below: mid) < target { lo = mid } else { hi = mid }
            }
            return (0, 0.5 * (lo + hi))
        }
    }


    @inline(__always)
    public func gas(zone: Int, a: Double, b: Double) -> GasSample {
        var g = plainGas(b: b)
        if hasObstacles, let v = layout?.velocity(x: a, y: b) {
            g.ua = v.u
            g.ub = v.v
        }
        return g
    }

    /// The undisturbed profile and turbulence shape at height b.
    @inline(__always)
    func plainGas(b: Double) -> GasSample {
        let logLaw = roughness > 0
        let u = logLaw ? (b > roughness ? logScale * FastMath.log(Swift.max(b, roughness) / roughness) : 0) : mean
        let inLayer = layer > 0 && b < layer
        return GasSample(ua: u, ub: 0, uc: 0,
                         turbulence: inLayer ? Swift.max(b, 0) / layer : 1,
                         turbulenceGradientA: 0, turbulenceGradientB: inLayer ? 1 / layer : 0)
    }

    /// ``gas(zone:a:b:)`` on vectors (same equations, compares and blends instead of selects).
    @_transparent  // always inlined into the step kernel (plain @inline(__always) was not honoured there)
    public func gas8(zone: SIMD8<Int32>, a: SIMD8<Double>, b: SIMD8<Double>) -> GasLanes {
        var u = SIMD8<Double>(repeating: mean)
        if roughness > 0 {
            let above = b .> roughness
            let clamped = b.replacing(with: roughness, where: .!above)
            u = (logScale * FastMath.log(clamped / roughness)).replacing(with: 0, where: .!above)
        }
        var out = GasLanes(ua: u, ub: .zero, uc: .zero)
        if layer > 0 {
            let inLayer = b .< layer
            let positive = b.replacing(with: 0, where: b .< 0)
            out.turbulence = (positive / layer).replacing(with: 1, where: .!inLayer)
            out.turbulenceGradientB = SIMD8<Double>.zero.replacing(with: 1 / layer, where: inLayer)
        }
        if hasObstacles {
            // By value, not inout: an escaping address of `out` would keep all six vectors in memory on the
            // plain path too (measured +11 % per step).
            let v = obstacleVelocity8(a: a, b: b, ua: out.ua)
            out.ua = v.ua
            out.ub = v.ub
        }
        return out
    }

    /// The obstacle path of ``gas8(zone:a:b:)``: lanes inside the obstacle region get the stream-function
    /// velocity of ``SettlerObstacleLayout`` (`ua` elsewhere; turbulence stays that of the plain channel).
    @usableFromInline @inline(never)
    func obstacleVelocity8(a: SIMD8<Double>, b: SIMD8<Double>, ua: SIMD8<Double>) -> (ua: SIMD8<Double>, ub: SIMD8<Double>) {
        var u = ua, v = SIMD8<Double>.zero
        guard let layout else { return (u, v) }
        for k in 0..<8 {
            if let g = layout.velocity(x: a[k], y: b[k]) {
                u[k] = g.u
                v[k] = g.v
            }
        }
        return (u, v)
    }

    @inline(__always)
    public func isInterior(zone: Int, previousA: Double, previousB: Double, a: Double, b: Double) -> Bool {
        // One max and compare (a flag test, a call or a first/last-plate test here cost 2–11 % per step on the
        // plain path, measured): without obstacles the limit is L and max(a, a_prev) < L ⇔ a < L (an active
        // particle starts its step inside); with obstacles every step that starts or ends behind the first plate
        // goes to `resolve`, which finds the exact crossing (slower, but never tunnelling).
        b > 0 && b < channel && Swift.max(a, previousA) < interiorLimit
    }

    public func resolve(zone: Int, previousA: Double, previousB: Double, state s: inout ParticleState) -> ParticleFate {
        if hasObstacles, let layout,
           let hit = layout.firstWallCrossed(previousA: previousA, previousB: previousB, a: s.a, b: s.b), hit.solid {
            // Mirror back in front of the plate (strictly on the side the particle came from).
            s.a = previousA < hit.x ? Swift.min(2 * hit.x - s.a, hit.x.nextDown) : Swift.max(2 * hit.x - s.a, hit.x)
            // A floor or ceiling crossed in the same step: mirror too (the plate contact decides this step).
            if s.b <= 0 { s.b = -s.b }
            let h = channelHeight
            if s.b >= h { s.b = 2 * h - s.b }
            return .plateContact(awaySign: previousA < hit.x ? -1 : 1)
        }
        if s.b <= 0 {
            s.b = -s.b
            return .wallContact(normalIsA: false, settlingFloor: true)
        }
        let h = channelHeight
        if s.b >= h {
            s.b = 2 * h - s.b
            s.vb = -s.vb
            s.wb = -s.wb
        }
        return s.a >= length ? .escaped : .active
    }
}
