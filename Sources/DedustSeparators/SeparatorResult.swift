/// What a separator model returns for one inlet.
public struct SeparatorResult: Sendable {
    /// Name of the model that produced the numbers (e.g. "muschelknautz_vdi", "trajectory").
    public var model: String
    /// Grade efficiency η per size class, each in [0, 1]: the fraction of inlet dust of that class that the
    /// unit collects.
    public var gradeEfficiency: [Double]
    /// Lower and upper 95 % confidence bounds per class, for Monte Carlo models (nil for correlations).
    public var confidenceLow: [Double]?
    public var confidenceHigh: [Double]?
    /// Pressure drop, inlet to gas outlet (Pa).
    public var pressureDrop: Double
    /// Gas temperature at the outlet (K).
    public var outletTemperature: Double
    /// Things an engineer must know (re-entrainment risk, validity range exceeded, media overheated, …).
    public var warnings: [String]
    /// Model-specific scalar results for reports, in SI, keyed by snake_case names
    /// (e.g. "cut_size_m", "wall_velocity_m_per_s", "vortex_exponent", "mass_loading_limit").
    public var details: [String: Double]
    /// Monte Carlo statistics, for trajectory models.
    public var statistics: SimulationStatistics?
    /// Limits of the unit's own operating envelope, checked by the unit (reported as limit checks).
    public var operatingLimits: [OperatingLimit] = []

    public init(model: String, gradeEfficiency: [Double], confidenceLow: [Double]? = nil,
                confidenceHigh: [Double]? = nil, pressureDrop: Double, outletTemperature: Double,
                warnings: [String] = [], details: [String: Double] = [:], statistics: SimulationStatistics? = nil) {
        self.model = model
        self.gradeEfficiency = gradeEfficiency
        self.confidenceLow = confidenceLow
        self.confidenceHigh = confidenceHigh
        self.pressureDrop = pressureDrop
        self.outletTemperature = outletTemperature
        self.warnings = warnings
        self.details = details
        self.statistics = statistics
    }

    /// Overall (total) efficiency for a feed with the given class mass fractions: Σ ηᵢ fᵢ / Σ fᵢ.
    public func totalEfficiency(massFractions: [Double]) -> Double {
        let total = massFractions.reduce(0, +)
        guard total > 0 else { return 0 }
        var s = 0.0
        for i in 0..<min(massFractions.count, gradeEfficiency.count) { s += gradeEfficiency[i] * massFractions[i] }
        return s / total
    }
}
