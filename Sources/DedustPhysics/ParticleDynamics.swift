import Foundation
import DedustNumerics

/// Motion of a single spherical particle in a gas: relaxation time, terminal settling velocity and
/// Stokes numbers (physics.md §4.1).
///
/// Drag on a sphere moving at slip velocity w relative to the gas:
///
///     F_D = 3π μ x w f(Re_p) / C_c ,   Re_p = ρ |w| x / μ ,   τ = ρ_p x² C_c / (18 μ)
///
/// with f from the ``DragLaw`` and C_c from ``CunninghamSlip`` (both applied together, physics.md §4.2).
/// Valid for rigid spheres; Re_p up to the drag law's range.
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

    /// Terminal velocity under a body acceleration `acceleration` (default g; a centrifugal v_θ²/r works the
    /// same way), at any particle Reynolds number. Returns 0 when the particle is not denser than the gas.
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

    /// Stokes settling velocity including slip and buoyancy, v = τ a (1 − ρ/ρ_p): the terminal velocity when
    /// f(Re_p) = 1. An upper bound of ``terminalVelocity(diameter:gas:acceleration:)`` for every drag law here.
    ///
    /// Example: x = 10 µm, ρ_p = 2200, carbide gas at 600 °C → 3.41e-3 m/s (physics.md §4.2).
    public func stokesVelocity(diameter: Double, gas: GasState,
                               acceleration: Double = PhysicalConstants.standardGravity) -> Double {
        relaxationTime(diameter: diameter, gas: gas) * acceleration * (1 - gas.density / particleDensity)
    }

    /// Stokes number Stk = τ U / L for a flow of velocity scale `velocity` and length scale `length`.
    /// (Which length — collector radius, jet width, half-width — is the caller's convention and must be stated.)
    ///
    /// Example: x = 10 µm, ρ_p = 2200, carbide gas at 600 °C, U = 20 m/s, L = 0.1 m → Stk = 0.0696.
    public func stokesNumber(diameter: Double, gas: GasState, velocity: Double, length: Double) -> Double {
        relaxationTime(diameter: diameter, gas: gas) * velocity / length
    }

    /// The particle diameter whose Stokes number τ(x) U / L equals `stokesNumber` — e.g. the cut size of an
    /// impactor or baffle from its published Stk₅₀. Slip is included, so the answer solves
    ///
    ///     ρ_p x² C_c(x) U / (18 μ L) = Stk
    ///
    /// by Brent's method (x² C_c(x) increases strictly with x). The no-slip size √(18 μ L Stk/(ρ_p U)) bounds
    /// the root from above.
    ///
    /// - Throws: ``RootFinding/Failure`` only for non-finite input.
    /// - Example: Stk = 0.0696, U = 20 m/s, L = 0.1 m, carbide gas at 600 °C, ρ_p = 2200 → x ≈ 10 µm.
    public func diameter(forStokesNumber stokesNumber: Double, gas: GasState, velocity: Double,
                         length: Double) throws -> Double {
        let noSlip = (18 * gas.viscosity * length * stokesNumber / (particleDensity * velocity)).squareRoot()
        guard noSlip > 0 else { return 0 }
        return try RootFinding.brent(in: noSlip * 1e-9, noSlip, relativeTolerance: 1e-13) { x in
            self.stokesNumber(diameter: x, gas: gas, velocity: velocity, length: length) - stokesNumber
        }
    }
}
