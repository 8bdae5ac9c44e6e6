import DedustPhysics

/// A gas–dust stream at one point of a flowsheet: the gas (mass flow, temperature, pressure) and the dust
/// mass flow in every size class. SI throughout.
///
/// Mass flows are the conserved quantities; volumetric flows and concentrations are derived from them with
/// the scenario's gas model, so every node reports both bases:
///
///     Q   = ṁ_gas / ρ(T, P)        actual m³/s
///     Q_N = ṁ_gas / ρ_N            Nm³/s (0 °C, 101.325 kPa)
///     c   = ṁ_dust / Q,   c_N = ṁ_dust / Q_N
///
/// Example: 1 kg/s of air at 600 °C and 101.325 kPa is Q_N = 0.7735 Nm³/s and Q = 2.473 m³/s, so
/// 0.1 kg/s of dust is 129.3 g/Nm³ or 40.4 g/m³ actual.
public struct ProcessStream: Sendable, Equatable {
    /// Gas temperature T (K).
    public var temperature: Double
    /// Absolute gas pressure P (Pa).
    public var pressure: Double
    /// Gas mass flow ṁ_gas (kg/s).
    public var gasMassFlow: Double
    /// Dust mass flow per size class (kg/s).
    public var dust: [Double]

    public init(temperature: Double, pressure: Double, gasMassFlow: Double, dust: [Double]) {
        self.temperature = temperature
        self.pressure = pressure
        self.gasMassFlow = gasMassFlow
        self.dust = dust
    }

    /// Total dust mass flow (kg/s).
    public var dustMassFlow: Double { dust.reduce(0, +) }

    /// Actual volumetric gas flow at the stream's T and P (m³/s).
    public func actualFlow(_ gas: any GasModel) -> Double {
        let rho = gas.state(temperature: temperature, pressure: pressure).density
        return rho > 0 ? gasMassFlow / rho : 0
    }

    /// Normal volumetric gas flow (Nm³/s).
    public func normalFlow(_ gas: any GasModel) -> Double {
        gas.normalDensity > 0 ? gasMassFlow / gas.normalDensity : 0
    }

    /// Dust concentration at actual conditions (kg/m³); 0 without gas.
    public func actualConcentration(_ gas: any GasModel) -> Double {
        let q = actualFlow(gas)
        return q > 0 ? dustMassFlow / q : 0
    }

    /// Dust concentration on the normal basis (kg/Nm³); 0 without gas.
    public func normalConcentration(_ gas: any GasModel) -> Double {
        let q = normalFlow(gas)
        return q > 0 ? dustMassFlow / q : 0
    }

    /// Mass fraction of the dust in each class (all zero without dust).
    public var massFractions: [Double] {
        let total = dustMassFlow
        return total > 0 ? dust.map { $0 / total } : [Double](repeating: 0, count: dust.count)
    }
}
