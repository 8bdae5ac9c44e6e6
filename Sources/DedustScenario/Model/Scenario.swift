import DedustPhysics
import DedustFlowsheet
import DedustSeparators

/// A validated scenario: the gas and dust entering the train, the equipment library, the configurations to
/// compare, the limits they must meet and the economics of running the fan. Everything is SI.
///
/// Read one with ``ScenarioLoader``; every field is documented in `docs/scenario.md`.
public struct Scenario: Sendable {
    /// Title (`scenario:`).
    public var name: String
    /// Seed of every random stream (`seed:`, default 1).
    public var seed: UInt64
    /// Size classes.
    public var grid: SizeGrid
    /// Raw gas.
    public var gas: GasSpecification
    /// Raw dust.
    public var dust: DustSpecification
    /// Equipment library, in file order.
    public var equipment: [EquipmentSpecification]
    /// Configurations, in file order.
    public var configurations: [ConfigurationSpecification]
    /// Limits checked for every configuration.
    public var limits: [LimitSpecification]
    /// Name of the baseline configuration (`baseline:`, default the first).
    public var baseline: String
    /// Fan and energy economics.
    public var economics: Economics
    /// Cyclones to re-evaluate with every applicable model (`model_spread:`; nil: none).
    public var modelSpread: ModelSpreadSpecification? = nil
    /// What the loader accepted but flags (implausible values with units, dust outside the size grid), located;
    /// carried into every report as unit warnings (``ScenarioWarnings``).
    public var warnings: [ScenarioDiagnostic] = []

    /// The raw gas and dust entering every configuration.
    public var feed: FlowsheetFeed {
        let state = gas.model.state(temperature: gas.temperature, pressure: gas.pressure)
        let q = gas.flow.actual(temperature: gas.temperature, pressure: gas.pressure)
        let dustFlow = dust.loading.actual(in: state) * q
        let stream = ProcessStream(temperature: gas.temperature, pressure: gas.pressure,
                                   gasMassFlow: q * state.density,
                                   dust: dust.classFractions.map { $0 * dustFlow })
        return FlowsheetFeed(gas: gas.model, stream: stream, particleDensity: dust.particleDensity, grid: grid)
    }
}

/// The raw gas.
public struct GasSpecification: Sendable {
    /// Property model (mixture, named gas, or with measured properties).
    public var model: any GasModel
    /// Mole fractions as given (after `normalize`), in file order.
    public var composition: [(species: String, fraction: Double)]
    /// Volumetric flow with its basis.
    public var flow: VolumetricFlow
    /// Temperature (K) and absolute pressure (Pa) at the train inlet.
    public var temperature: Double
    public var pressure: Double
}

/// The raw dust.
public struct DustSpecification: Sendable {
    /// Concentration (or loading) with its basis.
    public var loading: Concentration
    /// Particle true density ρ_p (kg/m³).
    public var particleDensity: Double
    /// Mass fraction per size class (sums to 1).
    public var classFractions: [Double]
    /// Mass fractions the size distribution puts below the grid's first edge and above its last; they are
    /// counted in the first and the last class (a warning above 1 %).
    public var massBelowGrid: Double = 0
    public var massAboveGrid: Double = 0
}

/// One piece of equipment in the library.
public struct EquipmentSpecification: Sendable {
    public var name: String
    public var type: String
    public var model: String
    /// The configured model.
    public var separator: any SeparatorModel
}

/// One configuration: a flowsheet of unit instances.
public struct ConfigurationSpecification: Sendable {
    public var name: String
    /// The flowsheet (units with instance ids, streams including recycles).
    public var flowsheet: Flowsheet
}

/// Fan and energy economics (`economics:`), with defaults.
public struct Economics: Sendable, Equatable {
    /// Operating hours per year (default 8000 h).
    public var operatingHours: Double = 8000
    /// Electricity price per kWh (default 0.10, in `currency`).
    public var electricityPrice: Double = 0.10
    /// Currency label for costs (default "EUR").
    public var currency: String = "EUR"
    /// Grid emission factor, kg CO₂ per kWh (default 0.4).
    public var gridCO2: Double = 0.4
    /// Fan efficiency η_fan (default 0.7): fan shaft power = ΔP·Q / η_fan.
    public var fanEfficiency: Double = 0.7

    public init() {}
}
