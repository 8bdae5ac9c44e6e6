import DedustNumerics
import DedustSeparators
import Foundation

/// Reduced-order flow field of the circulating (环流式) cyclone (physics.md §2, §2.5, §1.12, §1.13), two zones
/// in cylindrical coordinates.
///
/// **Zone 0 — primary annulus** (r_i < r < R, 0 < z < L, z up from the bottom tangential inlet): upward
/// uniflow spiral with plug axial velocity w = Q_p/(π(R² − r_i²)), no radial flow, and a power-law swirl
/// that decays with wall friction (§2.4):
///
///     v_θ(r, z) = v_θw(z) (R/r)^n,   v_θw(z) = v_θw0 / [1 + f A(z) v_θw0/(2 Q_p)],   A(z) = 2π (R + r_i) z
///
/// Particles that reach the outer wall join the **wall layer**, which the bypass draws off at the top
/// together with the gas in the outermost stream tube carrying the fraction φ_b of Q_p
/// (r² > R² − φ_b (R² − r_i²) at z = L); the rest leaves through the top outlet. The inner body r = r_i
/// (the tube carrying the return flow) reflects. Under turbulence a particle touching the outer wall joins
/// the wall layer with the Wilson–Ferrandino–Thurtell (1989) probability 1 − R = 2v_d/(σ_r√(2/π) + v_d) for
/// its centrifugal drift v_d = τ' v_θw(z)²/R and is reflected otherwise, as at the cone's wall
/// (``CycloneWallDeposition``; `wallDeposition: .onContact` joins on every contact).
///
/// **Zone 1 — cone** (secondary separation): a small reverse-flow cyclone (``ConventionalCycloneFlow``) fed by
/// the bypass with Q_b = φ_b Q_p; its wall and dust outlet collect, and its vortex-finder flow is the return
/// flow up the axis, which re-enters the primary zone at the inlet.
///
/// Flow balance: the net flow Q leaves through the top outlet, so Q_p = Q/(1 − φ_b) and Q_b = φ_b Q_p = the
/// recirculated flow. The bypass duct and the inlet mixing zone are treated as well mixed: a transferred
/// particle re-enters the next zone with that zone's inlet distribution. Per pass the primary zone sends a
/// fraction η₁ to the cone and the cone collects η₂ of it, so the recirculating simulation must reproduce
/// η = η₁η₂/(1 − η₁(1 − η₂)) (§1.12) — a test checks it with η₁, η₂ from the single-zone modes.
///
/// Example: R = 1 m, r_i = 0.5 m, L = 3 m, Q = 8 m³/s, φ_b = 0.15 → Q_p = 9.412 m³/s, w = 3.995 m/s;
/// v_θw0 = 20 m/s, f = 0.005 → v_θw(L) = 20/(1 + 0.005·28.27·20/18.82) = 17.38 m/s.
public struct CirculatingCycloneFlow: FlowField {
    /// Which part of the loop is simulated.
    public enum Mode: String, Sendable, Equatable {
        /// Full loop: primary → bypass → cone → return flow → primary (default).
        case recirculating
        /// Primary zone only; reaching the bypass counts as "captured" (measures η₁).
        case primaryOnly
        /// Cone only; the return flow counts as "escaped" (measures η₂).
        case coneOnly
    }

    public var radius: Double
    public var innerRadius: Double
    public var primaryLength: Double
    /// Net gas flow through the unit Q (m³/s).
    public var volumetricFlow: Double
    /// Fraction φ_b of the primary-zone flow drawn into the bypass.
    public var bypassFraction: Double
    /// Wall tangential velocity at the inlet v_θw0 (m/s).
    public var inletWallVelocity: Double
    /// Outer-vortex exponent n.
    public var vortexExponent: Double
    /// Wall friction factor f of the swirl decay.
    public var wallFriction: Double
    /// The cone (secondary cyclone), with its flow equal to the bypass flow.
    public var cone: ConventionalCycloneFlow
    public var mode: Mode
    /// c in Δt = c r_i/v_θ(r_i, 0).
    public var angularResolution: Double
    /// Time limit of one primary pass, in primary residence times L/w.
    public var timeLimitFactor: Double
    /// Passes allowed for the recirculating mode before particles are reported undecided.
    public var maximumPasses: Double
    /// Deposition into the wall layer at the primary zone's outer wall under turbulence (the cone's wall has
    /// its own, `cone.wallDeposition`).
    public var wallDeposition: CycloneWallDeposition

    public init(radius: Double, innerRadius: Double, primaryLength: Double, volumetricFlow: Double,
                bypassFraction: Double = 0.15, inletWallVelocity: Double, vortexExponent: Double,
                wallFriction: Double = 0.005, cone: ConventionalCycloneFlow, mode: Mode = .recirculating,
                angularResolution: Double = 0.05, timeLimitFactor: Double = 20, maximumPasses: Double = 10,
                wallDeposition: CycloneWallDeposition = .centrifugalDrift) {
        self.wallDeposition = wallDeposition
        self.radius = radius
        self.innerRadius = innerRadius
        self.primaryLength = primaryLength
        self.volumetricFlow = volumetricFlow
        self.bypassFraction = bypassFraction
        self.inletWallVelocity = inletWallVelocity
        self.vortexExponent = vortexExponent
        self.wallFriction = wallFriction
        self.cone = cone
        self.mode = mode
        self.angularResolution = angularResolution
        self.timeLimitFactor = timeLimitFactor
        self.maximumPasses = maximumPasses
    }

    /// Input problems, as messages (empty when valid).
    public var problems: [String] {
        var m: [String] = []
        for (name, v) in [("radius", radius), ("inner radius", innerRadius), ("primary length", primaryLength),
                          ("flow", volumetricFlow), ("inlet wall velocity", inletWallVelocity)]
        where !(v > 0 && v.isFinite) { m.append("circulating cyclone \(name) must be positive, got \(v)") }
        if innerRadius >= radius { m.append("inner radius \(innerRadius) m must be smaller than the radius \(radius) m") }
        if !(bypassFraction > 0 && bypassFraction < 1) {
            m.append("bypass_fraction must be in (0, 1), got \(bypassFraction)")
        }
        if !(vortexExponent >= 0 && vortexExponent <= 1) {
            m.append("vortex exponent must be in [0, 1], got \(vortexExponent)")
        }
        return m
    }

    /// Primary-zone flow Q_p = Q/(1 − φ_b) (m³/s).
    public var primaryFlow: Double { volumetricFlow / (1 - bypassFraction) }
    /// Bypass (= recirculated) flow Q_b = φ_b Q_p (m³/s).
    public var bypassFlow: Double { bypassFraction * primaryFlow }
    /// Axial velocity in the primary annulus (m/s).
    public var axialVelocity: Double { primaryFlow / (.pi * (radius * radius - innerRadius * innerRadius)) }

    /// Wall tangential velocity at height z of the primary zone (m/s).
    @inline(__always)
    public func wallVelocity(atHeight z: Double) -> Double {
        let area = 2 * Double.pi * (radius + innerRadius) * Swift.max(z, 0)
        return inletWallVelocity / (1 + wallFriction * area * inletWallVelocity / (2 * primaryFlow))
    }

    public var coordinates: CoordinateSystem { .cylindrical }
    public var zoneCount: Int { 2 }
    public var inletZone: Int { mode == .coneOnly ? 1 : 0 }
    public var timeStep: Double {
        let primary = angularResolution * innerRadius
            / (inletWallVelocity * Foundation.pow(radius / innerRadius, vortexExponent))
        return mode == .primaryOnly ? primary : Swift.min(primary, cone.timeStep)
    }
    public var timeLimit: Double {
        let primary = timeLimitFactor * primaryLength / axialVelocity
        switch mode {
        case .primaryOnly: return primary
        case .coneOnly: return cone.timeLimit
        case .recirculating: return maximumPasses * (primary + cone.timeLimit)
        }
    }
    public var referenceVelocity: Double { inletWallVelocity }
    public var defaultTurbulenceIntensity: (a: Double, b: Double, c: Double) { (0.1, 0.1, 0.15) }
    public var defaultIntegralTimeScale: Double { 0.1 * (radius - innerRadius) / (0.1 * inletWallVelocity) }
    public var lengthScale: Double { radius }
    public var turbulenceLengthScale: Double { .infinity }

    public func inject(zone: Int, uniforms: (Double, Double, Double, Double)) -> (a: Double, b: Double) {
        if zone == 1 { return cone.inject(zone: 0, uniforms: uniforms) }
        let ri2 = innerRadius * innerRadius
        let r = (ri2 + uniforms.0 * (radius * radius - ri2)).squareRoot()
        return (r, 1e-6 * primaryLength)
    }

    /// ``gas(zone:a:b:)`` on vectors (same equations; both zones evaluated and blended by the zone mask).
    @_transparent
    public func gas8(zone: SIMD8<Int32>, a r: SIMD8<Double>, b z: SIMD8<Double>) -> GasLanes {
        let c = cone.gas8(zone: .zero, a: r, b: z)
        let area = (2 * Double.pi * (radius + innerRadius)) * z.replacing(with: 0, where: z .< 0)
        let wall = inletWallVelocity / (1 + (wallFriction * inletWallVelocity / (2 * primaryFlow)) * area)
        let ut = wall * FastMath.pow(radius / r.replacing(with: innerRadius, where: r .< innerRadius),
                                           vortexExponent)
        let inCone = SIMD8<UInt64>(truncatingIfNeeded: SIMD8<UInt32>(truncatingIfNeeded: zone)) .== 1
        return GasLanes(ua: SIMD8<Double>.zero.replacing(with: c.ua, where: inCone),
                        ub: SIMD8<Double>(repeating: axialVelocity).replacing(with: c.ub, where: inCone),
                        uc: ut.replacing(with: c.uc, where: inCone))
    }

    @inline(__always)
    public func gas(zone: Int, a r: Double, b z: Double) -> GasSample {
        // Both zones evaluated and selected (no branch), so the step kernel vectorises.
        let c = cone.gas(zone: 0, a: r, b: z)
        let ut = wallVelocity(atHeight: z) * FastMath.pow(radius / Swift.max(r, innerRadius), vortexExponent)
        let inCone = zone == 1
        return GasSample(ua: inCone ? c.ua : 0, ub: inCone ? c.ub : axialVelocity, uc: inCone ? c.uc : ut)
    }

    /// True where ``resolve(zone:previousA:previousB:state:)`` would return `.active` without touching the
    /// particle: inside the primary annulus R_i ≤ r < R, 0 ≤ z < L₁, or inside the cone by its own test.
    @inline(__always)
    public func isInterior(zone: Int, previousA: Double, previousB: Double, a: Double, b: Double) -> Bool {
        if zone == 1 { return cone.isInterior(zone: 0, previousA: previousA, previousB: previousB, a: a, b: b) }
        return a >= innerRadius && a < radius && b >= 0 && b < primaryLength
    }

    public func resolve(zone: Int, previousA: Double, previousB: Double, state s: inout ParticleState) -> ParticleFate {
        if zone == 1 {
            switch cone.resolve(zone: 0, previousA: previousA, previousB: previousB, state: &s) {
            case .escaped: return mode == .coneOnly ? .escaped : .transfer(zone: 0)
            case let other: return other
            }
        }
        if s.a < innerRadius {  // inner body
            s.a = 2 * innerRadius - s.a
            s.va = -s.va
            s.wa = -s.wa
        }
        if s.b < 0 {  // inlet floor
            s.b = -s.b
            s.vb = -s.vb
            s.wb = -s.wb
        }
        let toBypass: ParticleFate = mode == .primaryOnly ? .captured : .transfer(zone: 1)
        if s.a >= radius {
            guard wallDeposition == .centrifugalDrift else { return toBypass }
            let ut = wallVelocity(atHeight: s.b)
            let deposit: WallDeposit = mode == .primaryOnly ? .captured : .transfer(zone: 1)
            s.a = 2 * radius - s.a  // kept only if the particle is reflected
            return .centrifugalWall(centrifugalAcceleration: ut * ut / radius, onDeposit: deposit)
        }
        if s.b >= primaryLength {
            let ri2 = innerRadius * innerRadius
            let layer2 = radius * radius - bypassFraction * (radius * radius - ri2)
            return s.a * s.a >= layer2 ? toBypass : .escaped
        }
        return .active
    }
}
