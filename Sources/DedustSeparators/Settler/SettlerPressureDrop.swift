import Foundation

/// Static pressure drop of a gas stream through a settling chamber, duct to duct:
///
///     ΔP = ζ_in ½ρ_in v_d,in² + Σ_k f_k (ΔL/D_h) ½ρ_k U_k² + ζ_out ½ρ_out v_d,out²
///     ζ_in  = (1 − A_d/A_c)²          sudden expansion, Borda–Carnot (Idelchik, *Handbook of Hydraulic
///                                     Resistance*, 3rd ed., diagram 4-1)
///     ζ_out = 0.5 (1 − A_d/A_c)       sharp-edged sudden contraction (Idelchik diagram 3-7; Crane TP-410 A-26)
///
/// v_d is the connecting-duct velocity (duct area A_d from the duct velocity at the inlet flow; the same duct
/// at the outlet), A_c = W H the chamber cross-section, U_k the horizontal velocity and f_k the Darcy friction
/// factor (``DuctFriction``) of a tray channel in segment k (D_h of one tray channel).
/// Not included: the acceleration term of the cooling gas (it decelerates; ≲ ρU² ≈ 0.05 Pa), static head,
/// internal obstructions (a carried baffle adds its own loss).
/// Validity: A_d < A_c; the entry jet is assumed to expand fully within the chamber length.
///
/// Example: duct 15 m/s into a 3 m × 4 m chamber at Q = 3.6 m³/s (A_d = 0.24 m², A_d/A_c = 0.02), ρ = 0.3667:
/// ζ_in = 0.9604 → 39.6 Pa, ζ_out = 0.49 → 20.2 Pa; friction over 9 m at U = 0.3 m/s ≈ 0.001 Pa.
public struct SettlerPressureDrop: Sendable, Equatable {
    /// Velocity in the connecting ducts (m/s); sets the duct area from the inlet flow. Typical hot-gas duct
    /// velocities are 12–20 m/s.
    public var ductVelocity: Double
    /// Equivalent sand roughness of the chamber walls (m): refractory or deposits ≈ 1–5 mm.
    public var wallRoughness: Double

    public init(ductVelocity: Double = 15, wallRoughness: Double = 0.003) {
        self.ductVelocity = ductVelocity
        self.wallRoughness = wallRoughness
    }

    /// Entry-loss coefficient (on the duct velocity head) for an area ratio A_d/A_c.
    public static func expansionLoss(areaRatio r: Double) -> Double { (1 - min(r, 1)) * (1 - min(r, 1)) }

    /// Exit-loss coefficient (on the duct velocity head) for an area ratio A_d/A_c.
    public static func contractionLoss(areaRatio r: Double) -> Double { 0.5 * (1 - min(r, 1)) }

    func validate(unit: String) throws {
        try SeparatorParameterError.requirePositive("duct_velocity", ductVelocity, unit: unit,
                                                    what: "a positive duct velocity in m/s")
        try SeparatorParameterError.requireNonNegative("wall_roughness", wallRoughness, unit: unit,
                                                       what: "a roughness ≥ 0 in m")
    }
}
