import Foundation
import DedustPhysics

/// Saltation (wall re-entrainment) velocity of a cyclone, Kalen & Zenz (1974), SI form:
///
///     v_s = 4.913 · w · (b/D)^0.4 / (1 − b/D)^(1/3) · D^0.067 · v_in^(2/3)      (D in m, velocities in m/s)
///     w   = [ 4 g μ (ρ_p − ρ) / (3 ρ²) ]^(1/3)
///
/// (2.055 instead of 4.913 in ft units.) Source: physics.md §1.11 [M-M] (Kalen & Zenz, AIChE Symp. Ser. 70
/// (1974) 388; as given by Cooper & Alley). The best inlet velocity is about 1.25 v_s; above about 1.36 v_s
/// collected dust is re-entrained and efficiency falls. Validity: tangential-inlet cyclones, dilute to moderate
/// loading; the constants are medium-confidence, so the warning ratio is a parameter of `ConventionalCyclone`.
///
/// Example: Stairmand HE, D = 1 m, v_in = 15 m/s, air (ρ = 1.2 kg/m³, μ = 1.81e-5 Pa·s), ρ_p = 2000 kg/m³:
/// w = 0.6900 m/s, v_s = 11.67 m/s, v_in/v_s = 1.29 (near the 1.25 optimum, below the 1.36 limit).
public enum SaltationVelocity {
    /// w (m/s), the characteristic velocity of the Kalen–Zenz correlation.
    public static func characteristicVelocity(gas: GasState, particleDensity: Double,
                                              gravity: Double = PhysicalConstants.standardGravity) -> Double {
        cbrt(4 * gravity * gas.viscosity * (particleDensity - gas.density) / (3 * gas.density * gas.density))
    }

    /// v_s (m/s) for `geometry` at inlet velocity `inletVelocity`.
    public static func kalenZenz(_ geometry: CycloneGeometry, inletVelocity: Double, gas: GasState,
                                 particleDensity: Double) -> Double {
        let w = characteristicVelocity(gas: gas, particleDensity: particleDensity)
        let bd = geometry.inletWidth / geometry.diameter
        return 4.913 * w * pow(bd, 0.4) / cbrt(1 - bd) * pow(geometry.diameter, 0.067) * pow(inletVelocity, 2.0 / 3.0)
    }
}
