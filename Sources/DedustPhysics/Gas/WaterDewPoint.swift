import Foundation
import DedustNumerics

/// Saturation pressure of water and the dew point of a gas that carries water vapour.
///
/// Saturation pressure over liquid water, Wagner & Pruß (1993), the IAPWS 1992 supplementary release
/// (J. Phys. Chem. Ref. Data 22:783, eq. 2.5), valid from the triple point 273.16 K to the critical point:
///
///     ln(p_s/p_c) = (T_c/T)(a₁τ + a₂τ^1.5 + a₃τ³ + a₄τ^3.5 + a₅τ⁴ + a₆τ^7.5),  τ = 1 − T/T_c
///     T_c = 647.096 K, p_c = 22.064 MPa
///     a = −7.85951783, 1.84408259, −11.7866497, 22.6807411, −15.9618719, 1.80122502
///
/// Below 273.16 K the same equation is extrapolated (over supercooled water; over ice the true frost point is a
/// little higher) — enough to say that such a gas condenses. The dew point T_d of a gas with water mole
/// fraction x at pressure P solves p_s(T_d) = x P (Brent's method).
///
/// Examples: p_s(373.124 K) = 101.32 kPa; p_s(293.15 K) = 2.339 kPa. 12 % H₂O at 101.325 kPa
/// (p_w = 12.16 kPa) has its dew point at 49.7 °C.
public enum WaterDewPoint {
    static let criticalTemperature = 647.096
    static let criticalPressure = 22.064e6
    private static let a = [-7.85951783, 1.84408259, -11.7866497, 22.6807411, -15.9618719, 1.80122502]

    /// Saturation pressure of water (Pa) at `temperature` (K), for T < T_c.
    public static func saturationPressure(temperature t: Double) -> Double {
        let tau = 1 - t / criticalTemperature
        let s = tau.squareRoot()
        let sum = a[0] * tau + a[1] * tau * s + a[2] * tau * tau * tau + a[3] * tau * tau * tau * s
            + a[4] * tau * tau * tau * tau + a[5] * pow(tau, 7.5)
        return criticalPressure * exp(criticalTemperature / t * sum)
    }

    /// Dew point (K) of a gas with water mole fraction `waterFraction` at absolute pressure `pressure` (Pa), or nil
    /// when it carries no water (or its partial pressure is beyond the critical pressure, or below the
    /// saturation pressure at 150 K).
    public static func dewPoint(waterFraction x: Double, pressure: Double) -> Double? {
        let pw = x * pressure
        guard pw > 0, pw < criticalPressure else { return nil }
        let lo = 150.0, hi = criticalTemperature - 1e-6
        guard saturationPressure(temperature: lo) < pw else { return nil }
        return try? RootFinding.brent(in: lo, hi, relativeTolerance: 1e-12, absoluteTolerance: 1e-9) { t in
            log(saturationPressure(temperature: t) / pw)
        }
    }
}
