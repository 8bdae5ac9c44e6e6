/// A volumetric gas flow with its basis stated: actual m³/s at the local temperature and pressure, or
/// normal m³/s (Nm³/s at the ``NormalState``, by default 0 °C and 101.325 kPa).
///
/// Ideal-gas conversion: Q = Q_N (T / T_N)(P_N / P).
///
///     let q = try Units.parseFlow("12350 Nm3/h")          // .normal(3.4306)
///     q.actual(temperature: 873.15, pressure: 101_325)    // 10.966 m³/s (physics.md §7.6: 10.97)
public enum VolumetricFlow: Sendable, Equatable {
    /// m³/s at the local temperature and pressure.
    case actual(Double)
    /// Nm³/s at the normal state.
    case normal(Double)

    /// The flow in actual m³/s at `temperature` (K) and `pressure` (Pa absolute).
    public func actual(temperature: Double, pressure: Double, normalState: NormalState = .din1343) -> Double {
        switch self {
        case let .actual(q): return q
        case let .normal(q): return q * normalState.expansionFactor(temperature: temperature, pressure: pressure)
        }
    }

    /// The flow in Nm³/s, given the local `temperature` (K) and `pressure` (Pa absolute) of an actual flow.
    public func normal(temperature: Double, pressure: Double, normalState: NormalState = .din1343) -> Double {
        switch self {
        case let .actual(q): return q / normalState.expansionFactor(temperature: temperature, pressure: pressure)
        case let .normal(q): return q
        }
    }

    /// Gas mass flow (kg/s) for a gas whose actual state is `gas`.
    public func massFlow(gas: GasState, normalState: NormalState = .din1343) -> Double {
        actual(temperature: gas.temperature, pressure: gas.pressure, normalState: normalState) * gas.density
    }
}
