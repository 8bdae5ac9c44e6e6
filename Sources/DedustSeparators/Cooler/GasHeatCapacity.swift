import Foundation
import DedustPhysics

/// Mass-specific isobaric heat capacity c_p(T) of the process gas (J/(kg·K)), needed by every unit that cools
/// the gas (settling coolers, coolers). The gas models of `DedustPhysics` carry no heat capacity, so the units
/// take it as a parameter.
///
/// `.diatomic` is the ideal diatomic gas with rigid rotation and one harmonic vibrational mode (Einstein
/// function; e.g. McQuarrie, *Statistical Mechanics*, ch. 6):
///
///     c_p,molar / R = 7/2 + (θ_v/T)² e^{θ_v/T} / (e^{θ_v/T} − 1)²,     c_p = c_p,molar / M
///
/// θ_v = 3122 K is CO's vibrational temperature (ω_e = 2169.8 cm⁻¹ × 1.4388 cm·K); N₂ has 3393 K.
/// Source check: CO at 500 K → 29.73 J/(mol·K) (NIST-JANAF 29.79); at 900 K → 32.4 (NIST 32.8).
/// Validity: CO/N₂-rich gases 250–1500 K within about 2 %; gases with much CO₂, H₂O or CH₄ (more modes) read
/// low — give `.constant` then.
///
/// Example: `.diatomic()` at 873.15 K with M = 0.0280 kg/mol → 1152 J/(kg·K).
public enum GasHeatCapacity: Sendable, Equatable {
    /// A fixed c_p (J/(kg·K)).
    case constant(Double)
    /// Rigid-rotor diatomic gas with one vibrational mode of temperature θ_v (K).
    case diatomic(vibrationalTemperature: Double = 3122)

    /// c_p (J/(kg·K)) at `temperature` (K) for a gas of molar mass `molarMass` (kg/mol).
    public func specificHeat(temperature: Double, molarMass: Double) -> Double {
        switch self {
        case let .constant(cp):
            return cp
        case let .diatomic(theta):
            let x = theta / temperature
            let ex = exp(x)
            let vib = x > 700 ? 0 : x * x * ex / ((ex - 1) * (ex - 1))
            return PhysicalConstants.gasConstant * (3.5 + vib) / molarMass
        }
    }

    /// Checks the parameters; throws a message naming the offending value.
    func validate(unit: String) throws {
        switch self {
        case let .constant(cp):
            try SeparatorParameterError.requirePositive("gas_heat_capacity", cp, unit: unit,
                                                        what: "a positive specific heat in J/(kg·K)")
        case let .diatomic(theta):
            try SeparatorParameterError.requirePositive("vibrational_temperature", theta, unit: unit,
                                                        what: "a positive temperature in K")
        }
    }
}
