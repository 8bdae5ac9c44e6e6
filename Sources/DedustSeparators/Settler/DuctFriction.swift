import Foundation

/// Darcy friction factor of fully developed duct flow.
///
///     laminar   (Re < 2300):  f = 64/Re
///     turbulent (Re ≥ 2300):  1/√f = −1.8 log₁₀[ 6.9/Re + (k_s/(3.7 D_h))^1.11 ]      (Haaland 1983)
///
/// Source: Haaland, S.E. (1983) J. Fluids Eng. 105:89–90 — explicit fit to Colebrook within ±1.5 % for
/// 4·10³ ≤ Re ≤ 10⁸; rectangular ducts use the hydraulic diameter D_h = 4A/P (White, *Fluid Mechanics*, §6.8).
/// The laminar–turbulent switch is abrupt at 2300 (transition is not modelled).
///
/// Example: Re = 1·10⁵, smooth (k_s = 0) → f = 0.01782 (Colebrook: 0.01799, fluids 1.x `Colebrook(1e5, 0)`).
public enum DuctFriction {
    /// Darcy friction factor at Reynolds number `reynolds` (based on `hydraulicDiameter`) with equivalent sand
    /// roughness `roughness` (m).
    public static func darcy(reynolds: Double, roughness: Double = 0, hydraulicDiameter: Double) -> Double {
        guard reynolds > 0 else { return 0 }
        if reynolds < 2300 { return 64 / reynolds }
        let rel = max(roughness, 0) / (3.7 * hydraulicDiameter)
        let inv = -1.8 * log10(6.9 / reynolds + pow(rel, 1.11))
        return 1 / (inv * inv)
    }

    /// Hydraulic diameter of a W × H rectangle, 2WH/(W + H) (m).
    public static func hydraulicDiameter(width: Double, height: Double) -> Double {
        2 * width * height / (width + height)
    }
}
