import Foundation
import DedustNumerics

/// Motion of a single spherical particle in a gas: relaxation time, terminal settling velocity and
/// Stokes numbers (physics.md §4.1).
public struct ParticleDynamics: Sendable {
    /// Particle (true) density ρ_p (kg/m³).
    public var particleDensity: Double
    /// Drag law (default Schiller–Naumann).
    public var drag: any DragLaw
    /// Slip correction (default Davies).
    public var slip: CunninghamSlip

    public init(particleDensity: Double, drag: any DragLaw = SchillerNaumannDrag(), slip: CunninghamSlip = .davies) {
        self.particleDensity = particleDensity
        self.drag = drag
        self.slip = slip
    }

    /// Cunningham slip correction C_c at `diameter` in `gas`.
    public func slipCorrection(diameter: Double, gas: GasState) -> Double {
        slip.correction(diameter: diameter, meanFreePath: gas.meanFreePath)
    }

    /// Stokes relaxation time τ = ρ_p x² C_c / (18 μ) (s).
    ///
    /// Example: x = 10 µm, ρ_p = 2200, carbide gas at 600 °C (μ = 3.728e-5) → τ = 3.48e-4 s.
    public func relaxationTime(diameter: Double, gas: GasState) -> Double {
        particleDensity * diameter * diameter * slipCorrection(diameter: diameter, gas: gas) / (18 * gas.viscosity)
    }

    /// Particle Reynolds number Re_p = ρ |u − v| x / μ.
    public func reynolds(diameter: Double, slipVelocity: Double, gas: GasState) -> Double {
        gas.density * abs(slipVelocity) * diameter / gas.viscosity
    }

    /// Terminal velocity under a body acceleration `acceleration` (default g), at any particle Reynolds number.
    ///
    /// Solves the force balance
    ///
    ///     (ρ_p − ρ) a = 18 μ f(Re_p(v)) v / (ρ_p x² C_c) · ρ_p ,  i.e.  v = τ a (1 − ρ/ρ_p) / f(Re_p(v))
    ///
    /// with Brent's method on `v ∈ (0, v_Stokes]` (drag only grows with Re, so the Stokes velocity
    /// bounds the root from above). No Stokes shortcut: the drag law is honoured at every size.
    ///
    /// Example: x = 100 µm, ρ_p = 2200 in carbide gas at 600 °C → about 0.30 m/s (Stokes would give 0.323).
    public func terminalVelocity(diameter: Double, gas: GasState,
                                 acceleration: Double = PhysicalConstants.standardGravity) -> Double {
        let tau = relaxationTime(diameter: diameter, gas: gas)
        let buoyancy = 1 - gas.density / particleDensity
        let stokes = tau * acceleration * buoyancy
        guard stokes > 0 else { return 0 }
        let residual: (Double) -> Double = { v in
            v * self.drag.stokesCorrection(reynolds: self.reynolds(diameter: diameter, slipVelocity: v, gas: gas)) - stokes
        }
        if residual(stokes) <= 0 { return stokes }
        return (try? RootFinding.brent(in: 0, stokes, relativeTolerance: 1e-13, residual)) ?? stokes
    }

    /// Stokes number Stk = τ U / L for a flow of velocity scale `velocity` and length scale `length`.
    /// (Which length — collector radius, jet width, half-width — is the caller's convention and must be stated.)
    public func stokesNumber(diameter: Double, gas: GasState, velocity: Double, length: Double) -> Double {
        relaxationTime(diameter: diameter, gas: gas) * velocity / length
    }
}
