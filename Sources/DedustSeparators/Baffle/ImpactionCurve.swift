import Foundation

/// Inertial impaction efficiency of a jet (round hole or slot) against a surface, as a sigmoid in the Stokes
/// number through the published cut Stokes number (physics.md §3.5):
///
///     Stk = ρ_p C_c x² U_j / (9 μ W_j)         (W_j = hole diameter or slot width, U_j = mean jet velocity)
///     η   = 1 / (1 + (Stk₅₀/Stk)^s)
///     Stk₅₀ = 0.24 (round, √Stk₅₀ = 0.49),  0.59 (slot, √Stk₅₀ = 0.77)
///
/// Source: Marple & Liu (1974), Environ. Sci. Technol. 8:648 (numerical impactor curves); Hinds, *Aerosol
/// Technology*, 2nd ed., §5.7. The steepness s is a parameter: ideal impactors (jet-to-plate distance ≈ 1 W_j,
/// Re_j 500–3000) rise from 10 % to 90 % within a factor ≈ 2.5 in Stk, i.e. s ≈ 5; industrial perforated plates
/// with long free jets, turbulence and non-uniform holes are flatter — the default s = 2 ((x50/x)⁴ in size) is
/// a judgement, to be calibrated.
/// Validity: Stk₅₀ values are for Re_j ≈ 500–3000 and jet-to-plate distance S/W_j ≈ 1–5; at the Re_j ≈ 10⁴–10⁵ of
/// industrial holes the curves are sharper, not shifted much (Marple & Liu).
///
/// Example: round holes W_j = 50 mm, U_j = 10 m/s, μ = 3.73e-5 Pa·s, ρ_p = 2200 kg/m³, C_c ≈ 1:
/// x₅₀ = √(9 μ W_j Stk₅₀/(ρ_p U_j)) = 13.5 µm (physics.md §3.5; 19.1 µm at 5 m/s or with 100 mm holes).
public struct ImpactionCurve: Sendable, Equatable {
    /// Jet shape, which sets the cut Stokes number.
    public enum Shape: String, Sendable, CaseIterable {
        case round
        case slot

        /// Published Stk₅₀ (Marple & Liu 1974).
        public var cutStokesNumber: Double { self == .round ? 0.24 : 0.59 }
    }

    public var cutStokesNumber: Double
    public var steepness: Double

    public init(cutStokesNumber: Double, steepness: Double = 2) {
        self.cutStokesNumber = cutStokesNumber
        self.steepness = steepness
    }

    /// The curve for a jet shape with its published Stk₅₀.
    public init(shape: Shape, steepness: Double = 2) {
        self.init(cutStokesNumber: shape.cutStokesNumber, steepness: steepness)
    }

    /// η at Stokes number `stokes` (jet convention above).
    public func efficiency(stokes: Double) -> Double {
        guard stokes > 0 else { return 0 }
        return 1 / (1 + pow(cutStokesNumber / stokes, steepness))
    }

    /// Stokes number of particle `diameter` with slip `slip` in a jet: ρ_p C_c x² U_j / (9 μ W_j).
    public static func stokesNumber(diameter x: Double, particleDensity: Double, slip: Double, viscosity: Double,
                                    jetVelocity: Double, jetWidth: Double) -> Double {
        particleDensity * slip * x * x * jetVelocity / (9 * viscosity * jetWidth)
    }
}
