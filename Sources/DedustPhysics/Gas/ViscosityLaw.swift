import Foundation

/// Dilute-gas viscosity as a function of temperature, in the generalised Sutherland form
///
///     μ(T) = μ₀ (T/T₀)^n (T₀ + S)/(T + S)
///
/// n = 3/2 is Sutherland's law (Sutherland 1893); a fitted n makes it the DIPPR-102 form
/// μ = A Tⁿ / (1 + S/T) (Daubert & Danner, DIPPR equation 102 with D = 0), and S = 0 a pure power law.
/// Pressure has no effect in the dilute-gas range (≲ 10 bar, far from the critical point).
///
/// Example: nitrogen, ``GasSpecies/N2`` constants (μ₀ = 16.647 µPa·s, T₀ = 273.15 K, S = 65.34 K,
/// n = 1.5887) at 873.15 K → 38.04 µPa·s (CoolProp 8.0.0: 38.017 µPa·s).
public struct ViscosityLaw: Sendable, Equatable {
    /// μ₀ (Pa·s) at ``referenceTemperature``.
    public var referenceViscosity: Double
    /// T₀ (K).
    public var referenceTemperature: Double
    /// Sutherland constant S (K).
    public var sutherlandConstant: Double
    /// Temperature exponent n (3/2 for Sutherland's law).
    public var exponent: Double

    public init(referenceViscosity: Double, referenceTemperature: Double = 273.15,
                sutherlandConstant: Double, exponent: Double = 1.5) {
        self.referenceViscosity = referenceViscosity
        self.referenceTemperature = referenceTemperature
        self.sutherlandConstant = sutherlandConstant
        self.exponent = exponent
    }

    /// μ (Pa·s) at absolute temperature `temperature` (K).
    @inlinable
    public func viscosity(at temperature: Double) -> Double {
        let t0 = referenceTemperature, s = sutherlandConstant
        return referenceViscosity * pow(temperature / t0, exponent) * (t0 + s) / (temperature + s)
    }
}
