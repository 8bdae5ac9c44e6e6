import DedustNumerics
import Foundation

/// Langevin (Ornstein–Uhlenbeck) model for the gas velocity fluctuation seen by a particle, with the
/// crossing-trajectory correction and the drift correction for inhomogeneous turbulence.
///
/// Normalised form (Wilson, Legg & Thomson 1983; Thomson 1987), per component i with σ_i(x) = σ_i φ(x):
///
///     dw_i = −w_i dt/T*  +  (∂σ_i/∂x_i) dt  +  sqrt(2/T*) dW_i ,       u′_i = σ_i(x) w_i
///
/// Writing u′ = σw shows this is Thomson's (1987) well-mixed 1-D model,
/// du′ = −u′ dt/T* + ½ ∂σ²/∂x (1 + u′²/σ²) dt + sqrt(2σ²/T*) dW, so a uniform concentration of fluid tracers
/// stays uniform where σ varies (without the drift term particles accumulate where σ is low; MacInnes &
/// Bracco 1992). The OU part is integrated exactly over a step:
///
///     w ← w e^(−Δt/T*) + sqrt(1 − e^(−2Δt/T*)) ξ + (∂σ_i/∂x_i) Δt ,     ξ: standard variate
///
/// Crossing trajectories (Csanady 1963, physics.md §4.4): a particle that slips through the turbulence at
/// |ū − v| decorrelates faster, T* = T_L / sqrt(1 + (β |ū − v| / σ)²), σ the local r.m.s. over the three
/// components, β ≈ 1.
///
/// Parameters: σ per component (m/s), T_L (s), β (–). Typical values: cyclones σ_r ≈ σ_z ≈ 0.1 v_in,
/// σ_θ ≈ 0.15 v_in, T_L ≈ 0.1 (R − R_x)/σ (physics.md §4.4, §5.6); channels σ ≈ u* ≈ 0.05 U.
/// Example: σ = 1.5 m/s, T_L = 5 ms, slip 0.1 m/s, Δt = 0.1 ms → T* = 4.989 ms, e^(−Δt/T*) = 0.98016.
/// Components are treated as uncorrelated and the basis rotation of cylindrical components is neglected.
public struct OrnsteinUhlenbeckDispersion: Dispersion {
    public var sigma: (a: Double, b: Double, c: Double)
    public var timeScale: Double
    public var crossingCoefficient: Double
    public static var usesEddyTimer: Bool { false }

    public init(sigma: (a: Double, b: Double, c: Double), timeScale: Double, crossingCoefficient: Double = 1) {
        self.sigma = sigma
        self.timeScale = timeScale
        self.crossingCoefficient = crossingCoefficient
    }

    /// Crossing-trajectory time scale T* for a local r.m.s. fluctuation `localSigma` and slip `slip`.
    @inlinable @inline(__always)
    public func correctedTimeScale(localSigma: Double, slip: Double) -> Double {
        let ratio = crossingCoefficient * slip / Swift.max(localSigma, 1e-30)
        return timeScale / (1 + ratio * ratio).squareRoot()
    }

    @inlinable @inline(__always)
    public func advance(wa: inout Double, wb: inout Double, wc: inout Double, timer: inout Double, gas: GasSample,
                        slip: Double, relaxationTime: Double, dt: Double, xi: (Double, Double, Double)) {
        let phi = gas.turbulence
        let s2 = (sigma.a * sigma.a + sigma.b * sigma.b + sigma.c * sigma.c) * (1.0 / 3.0)
        let local = phi * s2.squareRoot()
        let tStar = correctedTimeScale(localSigma: local, slip: slip)
        let e = FastMath.exp(-dt / tStar)
        let kick = Swift.max(0, 1 - e * e).squareRoot()
        wa = wa * e + kick * xi.0 + sigma.a * gas.turbulenceGradientA * dt
        wb = wb * e + kick * xi.1 + sigma.b * gas.turbulenceGradientB * dt
        wc = wc * e + kick * xi.2
    }

    /// ``advance(wa:wb:wc:timer:gas:slip:relaxationTime:dt:xi:)`` for eight particles in vector registers
    /// (the same equations lane by lane; branch-free, so it runs as AVX-512 code on the reference machine).
    @inlinable @inline(__always)
    public func advance8(_ l: inout DispersionLanes, dt: Double) {
        // ratio² = β² slip² / max(φ σ_rms, 1e-30)², without the scalar square root of σ_rms² per call.
        let meanSquare = (sigma.a * sigma.a + sigma.b * sigma.b + sigma.c * sigma.c) * (1.0 / 3.0)
        let localSquare = l.turbulence * l.turbulence * meanSquare
        let ratioSquared = (crossingCoefficient * crossingCoefficient) * l.slipSquared
            / localSquare.replacing(with: 1e-60, where: localSquare .< 1e-60)
        // Δt/T* = (Δt/T_L) √(1 + ratio²): no division.
        let e = FastMath.decayFactor((-dt / timeScale) * FastMath.squareRoot(1 + ratioSquared))
        let kickSquared = 1 - e * e
        let kick = FastMath.squareRoot(kickSquared.replacing(with: 0, where: kickSquared .< 0))
        l.wa = l.wa * e + kick * l.xi0 + (sigma.a * dt) * l.gradientA
        l.wb = l.wb * e + kick * l.xi1 + (sigma.b * dt) * l.gradientB
        l.wc = l.wc * e + kick * l.xi2
    }
}
