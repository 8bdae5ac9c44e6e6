/// What the scenario's top-level `model_spread:` section asks for: which cyclones to re-evaluate with every
/// applicable efficiency model, and whether to add the trajectory engine.
///
/// ```yaml
/// model_spread:
///   units: [alpha_cyclone, second_cyclone]   # equipment names of the library (type: cyclone)
///   include_trajectory: true                 # default false
/// ```
///
/// Each listed unit is evaluated, in every configuration that contains it, on the inlet it actually sees in
/// that configuration (the stream the flowsheet solved for it), once per model; the configured model is
/// one of them. The flowsheet itself always uses the configured model: the spread is a report, it does not
/// change any other number.
public struct ModelSpreadSpecification: Sendable, Equatable {
    /// Equipment names (library keys) to spread.
    public var units: [String]
    /// Also run the Lagrangian trajectory engine on each unit.
    public var includeTrajectory: Bool

    public init(units: [String], includeTrajectory: Bool = false) {
        self.units = units
        self.includeTrajectory = includeTrajectory
    }
}
