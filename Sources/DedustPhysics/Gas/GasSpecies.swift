/// The gas species of furnace off-gas and air, named as in scenario files (`composition: {CO: 0.72, H2: 0.09, …}`).
///
/// Molar masses: IUPAC 2013 standard atomic weights as used by CoolProp 8.0.0 (air: Lemmon et al. 2000
/// dry air, 28.9655 g/mol).
///
/// Viscosity laws (``ViscosityLaw``, T₀ = 273.15 K) were fitted for Dedust by minimising the maximum relative
/// error over 293.15–1273.15 K (99 points) against independent reference data at 1 atm:
///
/// | species | μ₀ (µPa·s) | S (K) | n | max error | reference |
/// |---|---|---|---|---|---|
/// | CO | 16.507 | 94.49 | 1.5341 | 0.01 % | DIPPR (Perry's 8th ed.) via `chemicals` 1.5.2 / `thermo` 0.6.1 |
/// | H₂ | 8.3560 | 0 | 1.7000 | 0.19 % | CoolProp 8.0.0 (Muzny et al. 2013) |
/// | N₂ | 16.647 | 65.34 | 1.5887 | 0.08 % | CoolProp 8.0.0 (Lemmon & Jacobsen 2004) |
/// | CO₂ | 13.669 | 245.21 | 1.5256 | 0.11 % | CoolProp 8.0.0 (Laesecke & Muzny 2017) |
/// | CH₄ | 10.388 | 85.49 | 1.6236 | 0.03 % | CoolProp 8.0.0 (Quiñones-Cisneros & Deiters 2006) |
/// | O₂ | 19.151 | 84.52 | 1.5808 | 0.04 % | CoolProp 8.0.0 (Lemmon & Jacobsen 2004) |
/// | H₂O | 8.6763 | 46.33 | 2.0388 | 1.23 % | CoolProp 8.0.0 (IAPWS 2008), vapour at 1 kPa (dilute gas; at 1 atm water is liquid below 373 K) |
/// | Ar | 21.004 | 104.57 | 1.5783 | 0.02 % | CoolProp 8.0.0 (Lemmon & Jacobsen 2004) |
/// | air | 17.235 | 70.11 | 1.5862 | 0.07 % | CoolProp 8.0.0 (Lemmon & Jacobsen 2004, pseudo-pure air) |
///
/// A fitted exponent was needed: the classic two-constant Sutherland fits of physics.md §7.2 (n = 3/2) miss
/// hydrogen by 4.6 % and methane by 2.1 % over this range (refitted with n = 3/2: H₂ 2.3 %, H₂O 2.5 %).
/// Outside 293–1273 K the laws are extrapolations.
public enum GasSpecies: String, Sendable, CaseIterable {
    case CO, H2, N2, CO2, CH4, O2, H2O, Ar, air

    /// The temperatures (K) over which every ``viscosityLaw`` was fitted; outside them the laws are
    /// extrapolations (``GasMixture/validityWarnings(at:)`` says so).
    public static let fittedTemperatures: ClosedRange<Double> = 293.15...1273.15

    /// The species called `name`, ignoring case and accepting subscript digits: "CO", "co", "H₂", "Air".
    /// (The exact scenario spelling is the raw value; this is for lenient look-up and suggestions.)
    public init?(name: String) {
        let plain = String(name.map { ch -> Character in
            switch ch {
            case "₀": return "0"
            case "₁": return "1"
            case "₂": return "2"
            case "₃": return "3"
            case "₄": return "4"
            default: return ch
            }
        }).lowercased()
        guard let match = GasSpecies.allCases.first(where: { $0.rawValue.lowercased() == plain }) else { return nil }
        self = match
    }

    /// Molar mass M (kg/mol).
    public var molarMass: Double {
        switch self {
        case .CO: return 0.028_010_1
        case .H2: return 0.002_015_88
        case .N2: return 0.028_013_48
        case .CO2: return 0.044_009_8
        case .CH4: return 0.016_042_8
        case .O2: return 0.031_998_8
        case .H2O: return 0.018_015_268
        case .Ar: return 0.039_948
        case .air: return 0.028_965_46
        }
    }

    /// High-temperature viscosity law (see the table above).
    public var viscosityLaw: ViscosityLaw {
        switch self {
        case .CO: return ViscosityLaw(referenceViscosity: 16.507e-6, sutherlandConstant: 94.49, exponent: 1.5341)
        case .H2: return ViscosityLaw(referenceViscosity: 8.3560e-6, sutherlandConstant: 0, exponent: 1.7000)
        case .N2: return ViscosityLaw(referenceViscosity: 16.647e-6, sutherlandConstant: 65.34, exponent: 1.5887)
        case .CO2: return ViscosityLaw(referenceViscosity: 13.669e-6, sutherlandConstant: 245.21, exponent: 1.5256)
        case .CH4: return ViscosityLaw(referenceViscosity: 10.388e-6, sutherlandConstant: 85.49, exponent: 1.6236)
        case .O2: return ViscosityLaw(referenceViscosity: 19.151e-6, sutherlandConstant: 84.52, exponent: 1.5808)
        case .H2O: return ViscosityLaw(referenceViscosity: 8.6763e-6, sutherlandConstant: 46.33, exponent: 2.0388)
        case .Ar: return ViscosityLaw(referenceViscosity: 21.004e-6, sutherlandConstant: 104.57, exponent: 1.5783)
        case .air: return ViscosityLaw(referenceViscosity: 17.235e-6, sutherlandConstant: 70.11, exponent: 1.5862)
        }
    }

    /// Name in reports: "CO", "H₂", …, "air".
    public var formula: String {
        switch self {
        case .CO: return "CO"
        case .H2: return "H₂"
        case .N2: return "N₂"
        case .CO2: return "CO₂"
        case .CH4: return "CH₄"
        case .O2: return "O₂"
        case .H2O: return "H₂O"
        case .Ar: return "Ar"
        case .air: return "air"
        }
    }
}
