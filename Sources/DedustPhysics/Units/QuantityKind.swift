/// The physical quantity a scenario field expects. ``Units/parse(_:as:)`` converts a string such as
/// `"600 degC"` to the SI value of this kind, or throws a ``UnitError`` that says what was expected.
///
/// SI units returned (a bare number is taken to be in these units already):
///
/// | kind | SI unit |
/// |---|---|
/// | length | m |
/// | area | m² |
/// | velocity | m/s |
/// | temperature | K (absolute) |
/// | temperatureDifference | K |
/// | pressure | Pa (absolute; gauge input is converted with 101.325 kPa) |
/// | pressureDifference | Pa |
/// | volumetricFlow | m³/s at the local (actual) T and P |
/// | massFlow | kg/s |
/// | concentration | kg/m³ at the local (actual) T and P |
/// | density | kg/m³ |
/// | viscosity | Pa·s |
/// | heatTransferCoefficient | W/(m²·K) |
/// | thermalResistance | m²·K/W |
/// | power | W |
/// | time | s |
/// | dimensionless | 1 (`%` divides by 100) |
public enum QuantityKind: String, Sendable, CaseIterable {
    case length, area, velocity, temperature, temperatureDifference, pressure, pressureDifference
    case volumetricFlow, massFlow, concentration, density, viscosity, heatTransferCoefficient
    case thermalResistance, power, time, dimensionless

    /// The kind in words with its article, as used in error messages: "a temperature".
    public var phrase: String {
        switch self {
        case .length: return "a length"
        case .area: return "an area"
        case .velocity: return "a velocity"
        case .temperature: return "a temperature"
        case .temperatureDifference: return "a temperature difference"
        case .pressure: return "a pressure"
        case .pressureDifference: return "a pressure difference"
        case .volumetricFlow: return "a volumetric flow"
        case .massFlow: return "a mass flow"
        case .concentration: return "a dust concentration"
        case .density: return "a density"
        case .viscosity: return "a dynamic viscosity"
        case .heatTransferCoefficient: return "a heat-transfer coefficient"
        case .thermalResistance: return "a thermal (fouling) resistance"
        case .power: return "a power"
        case .time: return "a time"
        case .dimensionless: return "a dimensionless number"
        }
    }

    /// Typical ways to write a value of this kind, for error messages.
    public var examples: [String] {
        switch self {
        case .length: return ["2.3 m", "15 um", "150 mm"]
        case .area: return ["500 m2", "1.2 m²"]
        case .velocity: return ["18 m/s", "0.9 m/min"]
        case .temperature: return ["600 degC", "873.15 K"]
        case .temperatureDifference: return ["20 K", "20 degC"]
        case .pressure: return ["101.325 kPa", "1 atm", "2 kPa(g)"]
        case .pressureDifference: return ["1.5 kPa", "150 mmH2O"]
        case .volumetricFlow: return ["39480 m3/h", "12350 Nm3/h", "10.97 m3/s"]
        case .massFlow: return ["1.85 t/h", "0.5 kg/s"]
        case .concentration: return ["150 g/Nm3", "300 mg/m3", "0.1 kg/kg"]
        case .density: return ["2200 kg/m3", "2.2 g/cm3"]
        case .viscosity: return ["3.7e-5 Pa*s", "0.037 cP"]
        case .heatTransferCoefficient: return ["15 W/(m2*K)"]
        case .thermalResistance: return ["0.002 m2*K/W"]
        case .power: return ["250 kW", "1.2 MW"]
        case .time: return ["30 s", "2 h"]
        case .dimensionless: return ["0.15", "15 %"]
        }
    }
}
