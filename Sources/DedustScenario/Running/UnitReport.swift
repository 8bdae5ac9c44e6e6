import DedustSeparators
import DedustPhysics
import DedustFlowsheet

/// Everything reported about one unit instance of a configuration.
public struct UnitReport: Sendable {
    /// Instance id (`settler#2`), equipment name, unit type and model.
    public var id: String
    public var equipment: String
    public var type: String
    public var model: String
    /// Overall efficiency for the dust this unit actually receives.
    public var efficiency: Double
    public var inlet: NodeConditions
    public var outlet: NodeConditions
    /// Mass fraction per size class of the dust this unit receives.
    public var inletFractions: [Double]
    /// Pressure drop (Pa).
    public var pressureDrop: Double
    /// Dust collected (kg/s), before any recycle of it.
    public var collectedMassFlow: Double
    /// Grade efficiency per class, with Monte Carlo confidence bounds when the model gives them.
    public var gradeEfficiency: [Double]
    public var confidenceLow: [Double]?
    public var confidenceHigh: [Double]?
    public var warnings: [String]
    /// Model-specific scalars (SI), e.g. `cut_size_m` (for a trajectory model its Monte Carlo cut size; see
    /// ``oneCutSize(_:monteCarlo:)``).
    public var details: [String: Double]
    public var statistics: SimulationStatistics?
    /// The unit's own operating limits (listed among the configuration's limit checks).
    public var operatingLimits: [OperatingLimit]

    /// Bag-filter cleaning interval (s), from the model's detail (``BagFilter/cleaningIntervalDetail``).
    public var cleaningInterval: Double? { details[BagFilter.cleaningIntervalDetail] }

    init(_ u: UnitSolution, gas: any GasModel) {
        id = u.id
        equipment = u.equipment
        type = u.unitType
        model = u.modelName
        efficiency = u.efficiency
        inlet = NodeConditions(u.inlet, gas: gas)
        outlet = NodeConditions(u.outlet, gas: gas)
        inletFractions = u.inlet.massFractions
        pressureDrop = u.result.pressureDrop
        collectedMassFlow = u.collected.reduce(0, +)
        gradeEfficiency = u.result.gradeEfficiency
        confidenceLow = u.result.confidenceLow
        confidenceHigh = u.result.confidenceHigh
        // The gas model's own validity at the unit's inlet and outlet (extrapolated laws, water condensing).
        warnings = u.result.warnings + gas.validityWarnings(at: [(u.inlet.temperature, u.inlet.pressure),
                                                                 (u.outlet.temperature, u.outlet.pressure)])
        details = Self.oneCutSize(u.result.details, monteCarlo: u.result.statistics != nil)
        statistics = u.result.statistics
        operatingLimits = u.result.operatingLimits
    }

    /// A trajectory (Monte Carlo) unit reports one cut size: its own, from `trajectory_cut_size_m`, under
    /// `cut_size_m`; the cut size of the correlation it takes its flow or pressure drop from is kept as
    /// `correlation_cut_size_m`. Correlation units are unchanged.
    static func oneCutSize(_ details: [String: Double], monteCarlo: Bool) -> [String: Double] {
        guard monteCarlo else { return details }
        var d = details
        if let correlation = d.removeValue(forKey: "cut_size_m") { d["correlation_cut_size_m"] = correlation }
        if let own = d.removeValue(forKey: "trajectory_cut_size_m") { d["cut_size_m"] = own }
        return d
    }
}
