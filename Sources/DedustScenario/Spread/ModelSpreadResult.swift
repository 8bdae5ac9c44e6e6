/// The result of one model on one unit instance in a model-spread study (SI units).
public struct ModelSpreadEntry: Sendable {
    /// Where the number comes from.
    public enum Kind: String, Sendable { case correlation, trajectory }

    /// Efficiency model name (as in scenarios, e.g. "muschelknautz_vdi", "trajectory").
    public var model: String
    public var kind: Kind
    /// Pressure-drop model paired with it (each model with its usual partner).
    public var pressureDropModel: String
    /// Whether this is the model the scenario's flowsheet uses for the unit.
    public var configured: Bool
    /// 50 % cut size (m) — the model's own when it reports one, else interpolated from its curve.
    public var cutSize: Double?
    /// Overall efficiency on the unit's actual inlet dust.
    public var efficiency: Double
    /// Outlet concentration of the unit alone (kg/Nm³ and kg/m³ actual at the unit's outlet T, P).
    public var outletNormalConcentration: Double
    public var outletActualConcentration: Double
    /// Pressure drop (Pa).
    public var pressureDrop: Double
    /// Grade efficiency per class, with Monte Carlo bounds for the trajectory engine.
    public var gradeEfficiency: [Double]
    public var confidenceLow: [Double]?
    public var confidenceHigh: [Double]?
    public var warnings: [String]
    /// Wall time of the evaluation (s), reported by Monte Carlo models.
    public var wallTime: Double?

    public init(model: String, kind: Kind, pressureDropModel: String, configured: Bool, cutSize: Double?,
                efficiency: Double, outletNormalConcentration: Double, outletActualConcentration: Double,
                pressureDrop: Double, gradeEfficiency: [Double], confidenceLow: [Double]? = nil,
                confidenceHigh: [Double]? = nil, warnings: [String] = [], wallTime: Double? = nil) {
        self.model = model
        self.kind = kind
        self.pressureDropModel = pressureDropModel
        self.configured = configured
        self.cutSize = cutSize
        self.efficiency = efficiency
        self.outletNormalConcentration = outletNormalConcentration
        self.outletActualConcentration = outletActualConcentration
        self.pressureDrop = pressureDrop
        self.gradeEfficiency = gradeEfficiency
        self.confidenceLow = confidenceLow
        self.confidenceHigh = confidenceHigh
        self.warnings = warnings
        self.wallTime = wallTime
    }
}

/// Every model evaluated on one unit instance of one configuration.
public struct ModelSpreadUnit: Sendable {
    public var configuration: String
    /// Unit instance id and equipment name.
    public var unitID: String
    public var equipment: String
    /// What the unit receives: kg/Nm³, temperature (K), actual flow (m³/s).
    public var inletNormalConcentration: Double
    public var inletTemperature: Double
    public var inletActualFlow: Double
    public var entries: [ModelSpreadEntry]

    public init(configuration: String, unitID: String, equipment: String, inletNormalConcentration: Double,
                inletTemperature: Double, inletActualFlow: Double, entries: [ModelSpreadEntry]) {
        self.configuration = configuration
        self.unitID = unitID
        self.equipment = equipment
        self.inletNormalConcentration = inletNormalConcentration
        self.inletTemperature = inletTemperature
        self.inletActualFlow = inletActualFlow
        self.entries = entries
    }

    /// Smallest and largest value of `value` over the entries that have one.
    public func range(_ value: (ModelSpreadEntry) -> Double?) -> ClosedRange<Double>? {
        let v = entries.compactMap(value).filter(\.isFinite)
        guard let lo = v.min(), let hi = v.max() else { return nil }
        return lo...hi
    }

    /// The entry that gives the extreme of `value` (for "which model produced which number").
    public func entry(minimizing value: (ModelSpreadEntry) -> Double?) -> ModelSpreadEntry? {
        valued(value).min { $0.1 < $1.1 }?.0
    }
    public func entry(maximizing value: (ModelSpreadEntry) -> Double?) -> ModelSpreadEntry? {
        valued(value).max { $0.1 < $1.1 }?.0
    }

    private func valued(_ value: (ModelSpreadEntry) -> Double?) -> [(ModelSpreadEntry, Double)] {
        entries.compactMap { e in value(e).flatMap { $0.isFinite ? (e, $0) : nil } }
    }
}

/// The whole model-spread study of a run.
public struct ModelSpreadResult: Sendable {
    public var units: [ModelSpreadUnit]
    /// Models that could not be evaluated on a unit, in words (e.g. a model outside its validity).
    public var failures: [String]

    public init(units: [ModelSpreadUnit], failures: [String] = []) {
        self.units = units
        self.failures = failures
    }
}
