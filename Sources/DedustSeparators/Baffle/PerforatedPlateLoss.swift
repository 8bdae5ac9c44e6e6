import Foundation

/// Pressure-loss coefficient of a thin, sharp-edged perforated plate (Idelchik, *Handbook of Hydraulic
/// Resistance*, 3rd ed., diagram 8-1; physics.md §3.5):
///
///     ζ = [0.707 (1 − φ)^0.375 + 1 − φ]² / φ²,     ΔP = ζ ½ ρ w₀²
///
/// φ = open-area ratio (hole area / plate area), w₀ = approach velocity on the plate area.
/// Validity: thin plates (thickness/hole diameter ≲ 0.015), Re in the holes ≳ 10⁵ (Idelchik gives a Re
/// correction below that); 0 < φ ≤ 1 (ζ → 0 at φ = 1).
///
/// Example: φ = 0.3 → ζ = (0.707·0.8748 + 0.7)²/0.09 = 19.32; at w₀ = 3 m/s, ρ = 0.3667 → ΔP = 31.9 Pa.
public enum PerforatedPlateLoss {
    /// ζ on the approach velocity for open-area ratio `openAreaRatio` ∈ (0, 1].
    public static func coefficient(openAreaRatio phi: Double) -> Double {
        let a = 0.707 * pow(1 - phi, 0.375) + 1 - phi
        return a * a / (phi * phi)
    }
}
