import Foundation

/// Turbulent dispersion: how the gas velocity *seen* by a particle fluctuates (physics.md §4.4).
///
/// The state of each particle is a normalised fluctuation w = u′/σ per component; the seen velocity is
/// `u + σ φ(x) w`, where σ is the model's reference fluctuation and φ(x) ∈ [0, 1] the field's turbulence
/// shape (walls may damp it). Implementations are small value types so the step kernel is specialised and
/// inlined for each of them.
public protocol Dispersion: Sendable {
    /// Reference r.m.s. fluctuations σ (m/s) per component (a, b, c).
    var sigma: (a: Double, b: Double, c: Double) { get }
    /// Lagrangian integral time scale T_L (s); infinite without dispersion.
    var timeScale: Double { get }
    /// True if the model keeps an eddy timer and needs the drag time (the random walk); lets the kernel skip
    /// those arrays otherwise (fewer pointers, so the loop vectorises).
    static var usesEddyTimer: Bool { get }
    /// Advances the seen-velocity state over `dt`. `slip` is |u_seen − v| (the particle's drift through the
    /// eddies),
    /// `relaxationTime` the drag-corrected τ/f, `xi` three standard variates (three-point or Gaussian),
    /// `timer` the remaining eddy lifetime (for the random walk).
    func advance(wa: inout Double, wb: inout Double, wc: inout Double, timer: inout Double, gas: GasSample,
                 slip: Double, relaxationTime: Double, dt: Double, xi: (Double, Double, Double))
    /// The same update for eight particles at once (the dispersion kernel's inner step). The default runs
    /// ``advance(wa:wb:wc:timer:gas:slip:relaxationTime:dt:xi:)`` lane by lane; models whose update is
    /// branch-free override it with vector arithmetic.
    func advance8(_ lanes: inout DispersionLanes, dt: Double)
}

/// The per-step dispersion state and inputs of eight particles, one vector per quantity.
public struct DispersionLanes: Sendable {
    /// Normalised seen-velocity fluctuations and eddy timers (updated in place).
    public var wa, wb, wc, timer: SIMD8<Double>
    /// Turbulence shape φ and its gradients (1/m), squared slip |u_seen − v|² (m²/s²), drag time τ/f (s).
    public var turbulence, gradientA, gradientB, slipSquared, relaxationTime: SIMD8<Double>
    /// Three standard variates per particle.
    public var xi0, xi1, xi2: SIMD8<Double>
}

extension Dispersion {
    @inlinable
    public func advance8(_ l: inout DispersionLanes, dt: Double) {
        for k in 0..<8 {
            var wa = l.wa[k], wb = l.wb[k], wc = l.wc[k], timer = l.timer[k]
            let g = GasSample(ua: 0, ub: 0, uc: 0, turbulence: l.turbulence[k], turbulenceGradientA: l.gradientA[k],
                              turbulenceGradientB: l.gradientB[k])
            advance(wa: &wa, wb: &wb, wc: &wc, timer: &timer, gas: g, slip: l.slipSquared[k].squareRoot(),
                    relaxationTime: l.relaxationTime[k], dt: dt, xi: (l.xi0[k], l.xi1[k], l.xi2[k]))
            l.wa[k] = wa
            l.wb[k] = wb
            l.wc[k] = wc
            l.timer[k] = timer
        }
    }
}

/// No dispersion: particles see the mean gas velocity.
public struct NoDispersion: Dispersion {
    public init() {}
    public var sigma: (a: Double, b: Double, c: Double) { (0, 0, 0) }
    public var timeScale: Double { .infinity }
    public static var usesEddyTimer: Bool { false }
    @inlinable @inline(__always)
    public func advance(wa: inout Double, wb: inout Double, wc: inout Double, timer: inout Double, gas: GasSample,
                        slip: Double, relaxationTime: Double, dt: Double, xi: (Double, Double, Double)) {}
    @inlinable @inline(__always)
    public func advance8(_ lanes: inout DispersionLanes, dt: Double) {}
}

/// The dispersion model chosen in a scenario, with optional parameters; missing parameters take the flow
/// field's defaults (``FlowField/defaultTurbulenceIntensity`` × ``FlowField/referenceVelocity`` and
/// ``FlowField/defaultIntegralTimeScale``).
///
/// Scenario form: `dispersion: none` or `dispersion: {model: ornstein_uhlenbeck, sigma: 1.5 m/s,
/// time_scale: 0.01 s}` (`model: random_walk` for Gosman–Ioannides).
public enum DispersionModel: Sendable, Equatable {
    case none
    /// Langevin seen-velocity model. `sigma` (m/s, isotropic) and `timeScale` T_L (s) default to the field's
    /// values; `crossingCoefficient` β of the crossing-trajectory correction defaults to 1.
    case ornsteinUhlenbeck(sigma: Double? = nil, timeScale: Double? = nil, crossingCoefficient: Double = 1)
    /// Discrete random walk (eddy-interaction model) with eddy lifetime 2 T_L.
    case randomWalk(sigma: Double? = nil, timeScale: Double? = nil)

    /// Scenario name of the model.
    public var name: String {
        switch self {
        case .none: return "none"
        case .ornsteinUhlenbeck: return "ornstein_uhlenbeck"
        case .randomWalk: return "random_walk"
        }
    }

    /// Parameter problems, as messages (empty when valid).
    public var problems: [String] {
        var m: [String] = []
        func check(_ name: String, _ v: Double?) {
            if let v, !(v >= 0 && v.isFinite) { m.append("dispersion \(name) must be ≥ 0 and finite, got \(v)") }
        }
        switch self {
        case .none: break
        case let .ornsteinUhlenbeck(s, t, beta):
            check("sigma", s)
            check("time_scale", t)
            if let t, t == 0 { m.append("dispersion time_scale must be > 0, got 0 s") }
            check("crossing coefficient", beta)
        case let .randomWalk(s, t):
            check("sigma", s)
            check("time_scale", t)
            if let t, t == 0 { m.append("dispersion time_scale must be > 0, got 0 s") }
        }
        return m
    }

    /// Reference fluctuations and time scale for `field`.
    func resolved(for field: some FlowField) -> (sigma: (a: Double, b: Double, c: Double), timeScale: Double) {
        let i = field.defaultTurbulenceIntensity
        let u = field.referenceVelocity
        let defaultSigma = (a: i.a * u, b: i.b * u, c: i.c * u)
        let sigma: Double?, time: Double?
        switch self {
        case .none: return ((0, 0, 0), field.defaultIntegralTimeScale)
        case let .ornsteinUhlenbeck(s, t, _): (sigma, time) = (s, t)
        case let .randomWalk(s, t): (sigma, time) = (s, t)
        }
        let resolvedSigma = sigma.map { (a: $0, b: $0, c: $0) } ?? defaultSigma
        return (resolvedSigma, time ?? field.defaultIntegralTimeScale)
    }
}
