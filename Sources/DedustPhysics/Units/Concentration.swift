/// A dust concentration with its basis stated (case-carbide-furnace.md "basis trap": 300 mg/m³ at 600 °C
/// actual is about 960 mg/Nm³).
///
/// Conversions (ideal gas, ρ the actual gas density):
///
///     c_actual = c_N (T_N / T)(P / P_N) ,   c_actual = loading · ρ
///
///     let c = try Units.parseConcentration("150 g/Nm3")        // .normal(0.150)
///     c.actual(in: gasAt600C)                                   // 0.04692 kg/m³ (= 150 / 3.1966 g/m³)
public enum Concentration: Sendable, Equatable {
    /// kg of dust per m³ of gas at the local temperature and pressure.
    case actual(Double)
    /// kg of dust per Nm³ of gas (normal state, by default 0 °C and 101.325 kPa).
    case normal(Double)
    /// kg of dust per kg of gas (mass loading c_o).
    case loading(Double)

    /// kg/m³ at the state of `gas`.
    public func actual(in gas: GasState, normalState: NormalState = .din1343) -> Double {
        switch self {
        case let .actual(c): return c
        case let .normal(c): return c / normalState.expansionFactor(temperature: gas.temperature, pressure: gas.pressure)
        case let .loading(c): return c * gas.density
        }
    }

    /// kg/Nm³ for a gas whose actual state is `gas`.
    public func normal(in gas: GasState, normalState: NormalState = .din1343) -> Double {
        actual(in: gas, normalState: normalState)
            * normalState.expansionFactor(temperature: gas.temperature, pressure: gas.pressure)
    }

    /// kg dust per kg gas for a gas whose actual state is `gas`.
    public func loading(in gas: GasState, normalState: NormalState = .din1343) -> Double {
        switch self {
        case let .loading(c): return c
        default: return actual(in: gas, normalState: normalState) / gas.density
        }
    }
}
