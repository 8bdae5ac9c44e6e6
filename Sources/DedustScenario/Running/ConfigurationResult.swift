import DedustPhysics
import DedustFlowsheet

/// The results of one configuration: KPIs, every unit, every limit.
public struct ConfigurationResult: Sendable {
    public var name: String
    /// Overall efficiency of the train, 1 − stack dust / feed dust.
    public var overallEfficiency: Double
    public var inlet: NodeConditions
    public var outlet: NodeConditions
    /// Feed to stack pressure drop (Pa).
    public var pressureDrop: Double
    /// Fan shaft power ΔP·Q_stack/η_fan (W), Q at the stack's actual conditions.
    public var fanPower: Double
    /// Annual fan energy (kWh), cost (currency) and CO₂ (kg).
    public var annualEnergy: Double
    public var annualCost: Double
    public var annualCO2: Double
    public var units: [UnitReport]
    public var limits: [LimitCheck]
    /// Mass fractions per class at the feed and at the stack.
    public var inletPSD: [Double]
    public var outletPSD: [Double]
    /// Fixed-point iterations and the worst relative mass-closure error of the solve.
    public var iterations: Int
    public var closureError: Double
}

/// The results of a scenario run.
public struct ScenarioResult: Sendable {
    public var scenario: String
    public var seed: UInt64
    public var baseline: String
    public var grid: SizeGrid
    public var currency: String
    public var configurations: [ConfigurationResult]
}
