import DedustPhysics
import DedustFlowsheet

/// The state of the gas and dust at one point of a train, on both concentration bases (SI).
public struct NodeConditions: Sendable, Equatable {
    /// Temperature (K) and absolute pressure (Pa).
    public var temperature: Double
    public var pressure: Double
    /// Gas flow: actual m³/s at T, P, and Nm³/s.
    public var actualFlow: Double
    public var normalFlow: Double
    /// Dust mass flow (kg/s).
    public var dustMassFlow: Double
    /// Dust concentration, kg/m³ actual and kg/Nm³.
    public var actualConcentration: Double
    public var normalConcentration: Double

    public init(_ stream: ProcessStream, gas: any GasModel) {
        temperature = stream.temperature
        pressure = stream.pressure
        actualFlow = stream.actualFlow(gas)
        normalFlow = stream.normalFlow(gas)
        dustMassFlow = stream.dustMassFlow
        actualConcentration = stream.actualConcentration(gas)
        normalConcentration = stream.normalConcentration(gas)
    }
}
