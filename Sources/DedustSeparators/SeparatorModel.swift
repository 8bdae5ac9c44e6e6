/// An engineering model of one unit in a gas-cleaning train.
///
/// A model is a value configured from the scenario (geometry and parameters); `evaluate` maps an inlet to
/// per-class grade efficiencies, a pressure drop and an outlet temperature. Models may depend on the inlet
/// loading and size distribution (the Muschelknautz loading limit does), so the flowsheet calls them with
/// the actual stream each unit sees.
public protocol SeparatorModel: Sendable {
    /// Unit type as written in scenarios (e.g. "cyclone", "gravity_settler").
    var unitType: String { get }
    /// Model name as written in scenarios (e.g. "muschelknautz_vdi").
    var modelName: String { get }
    /// Evaluates the unit for `inlet`.
    func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult
}

/// Run-time context for an evaluation: where the unit sits (for its random streams), how many threads it may
/// use, and whom to tell about progress.
public struct EvaluationContext: Sendable {
    /// Scenario seed.
    public var seed: UInt64
    /// Index of the configuration in the scenario.
    public var configurationIndex: Int
    /// Index of the unit in its configuration (distinct for repeated units).
    public var unitIndex: Int
    /// Maximum threads (nil: all cores).
    public var threads: Int?
    /// Called with a fraction in [0, 1] as Monte Carlo work proceeds (any thread).
    public var progress: (@Sendable (Double) -> Void)?
    /// Largest worst-case Monte Carlo cost (particle-steps) a unit may start; above it the unit throws
    /// ``WorkLimitExceeded`` before it runs (CLI: `--max-particle-steps`; default ``defaultMaxParticleSteps``).
    public var maxParticleSteps: Double

    /// 2e11 worst-case particle-steps: above the carbide walkthrough's `model: trajectory` cyclone (40 classes ×
    /// 16 384 particles × 2.1e5 steps = 1.4e11, about a minute of real work since most particles leave early) and
    /// 23× the carbide model-spread trajectory member (8.5e9); a worst case that large would take hours.
    public static let defaultMaxParticleSteps = 2e11

    public init(seed: UInt64 = 0, configurationIndex: Int = 0, unitIndex: Int = 0, threads: Int? = nil,
                progress: (@Sendable (Double) -> Void)? = nil, maxParticleSteps: Double = defaultMaxParticleSteps) {
        self.maxParticleSteps = maxParticleSteps
        self.seed = seed
        self.configurationIndex = configurationIndex
        self.unitIndex = unitIndex
        self.threads = threads
        self.progress = progress
    }
}

/// A unit refused to start because its worst-case work is above the run's limit (``EvaluationContext/maxParticleSteps``).
/// The message gives the estimate and the fields (or option) to change.
public struct WorkLimitExceeded: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
