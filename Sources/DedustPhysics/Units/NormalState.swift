/// The reference state of "normal" volumes (Nm³): by default 0 °C and 101.325 kPa (DIN 1343, the basis
/// of the carbide-furnace figures). Other conventions (e.g. 20 °C, or 15 °C "standard" m³) can be passed
/// wherever normal and actual quantities are converted.
///
///     NormalState.din1343.molarVolume   // 0.022 414 m³/mol
public struct NormalState: Sendable, Equatable {
    /// Absolute temperature T_N (K).
    public var temperature: Double
    /// Absolute pressure P_N (Pa).
    public var pressure: Double

    public init(temperature: Double, pressure: Double) {
        self.temperature = temperature
        self.pressure = pressure
    }

    /// 0 °C, 101.325 kPa (``PhysicalConstants/normalTemperature``, ``PhysicalConstants/normalPressure``).
    public static let din1343 = NormalState(temperature: PhysicalConstants.normalTemperature,
                                            pressure: PhysicalConstants.normalPressure)

    /// Ideal-gas molar volume R T_N / P_N (m³/mol).
    public var molarVolume: Double { PhysicalConstants.gasConstant * temperature / pressure }

    /// Actual volume per normal volume at `temperature`, `pressure` (ideal gas): (T/T_N)(P_N/P).
    ///
    /// Example: 600 °C, 101.325 kPa → 3.1966 m³ per Nm³.
    public func expansionFactor(temperature t: Double, pressure p: Double) -> Double {
        (t / temperature) * (pressure / p)
    }
}
