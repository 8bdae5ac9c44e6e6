import Foundation

/// Filter-drag coefficients of the fabric (K₁) and the dust cake (K₂) (physics.md §6.1):
///
///     ΔP = K₁ v + K₂ w v        v = Q/A_cloth (m/s), w = areal dust mass (kg/m²)
///     K₁ = 24590 / P_F           [Pa·s/m], P_F = Frazier permeability (cfm/ft² at 0.5 in. w.g.; S10)
///     K₂ = 180 μ (1 − ε) / (ρ_p x_s² ε³)   [s⁻¹]  Kozeny–Carman with the Sauter diameter x_s and cake porosity ε
///
/// Both are viscous resistances, ∝ μ(T): a value measured at viscosity μ_ref is scaled by μ(T)/μ_ref. The
/// Frazier test is run with room air (μ_ref = 1.81e-5 Pa·s); Kozeny–Carman uses μ(T) directly.
/// Validity: Kozeny–Carman for incompressible cakes of near-spherical particles, ε ≈ 0.4–0.9; real cakes of fine
/// fume are compressible and K₂ from tables (6e3–4.7e5 s⁻¹, S11) is preferred when known.
///
/// Example: μ = 2.69e-5 Pa·s (260 °C gas), ε = 0.8, x_s = 2 µm, ρ_p = 2200 → K₂ = 2.15e5 s⁻¹ (ε = 0.85: 1.34e5;
/// x_s = 5 µm: 3.44e4); P_F = 20 cfm/ft² → K₁ = 1230 Pa·s/m at 20 °C.
public enum FilterDrag {
    /// Viscosity of room air at 20 °C, the Frazier-test reference (Pa·s).
    public static let roomAirViscosity = 1.813e-5

    /// K₁ (Pa·s/m) from a Frazier permeability (cfm/ft²), at room-air viscosity.
    public static func clothDrag(frazierPermeability pf: Double) -> Double { 24_590 / pf }

    /// Kozeny–Carman K₂ (s⁻¹).
    public static func kozenyCarman(viscosity mu: Double, porosity eps: Double, sauterDiameter x: Double,
                                    particleDensity rho: Double) -> Double {
        180 * mu * (1 - eps) / (rho * x * x * eps * eps * eps)
    }
}

/// How the bag filter obtains K₁.
public enum ClothDrag: Sendable, Equatable {
    /// K₁ (Pa·s/m) measured at viscosity `referenceViscosity` (Pa·s).
    case given(Double, referenceViscosity: Double = FilterDrag.roomAirViscosity)
    /// From the Frazier permeability (cfm/ft²).
    case frazier(permeability: Double)
}

/// How the bag filter obtains K₂.
public enum CakeDrag: Sendable, Equatable {
    /// K₂ (s⁻¹) measured at viscosity `referenceViscosity` (Pa·s); nil: already at the operating viscosity.
    case given(Double, referenceViscosity: Double? = nil)
    /// Kozeny–Carman from the inlet dust's Sauter diameter and a cake porosity ε.
    case kozenyCarman(porosity: Double = 0.8)
}
