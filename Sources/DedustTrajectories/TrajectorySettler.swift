import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation

/// Gravity settling chamber evaluated by Lagrangian trajectories (scenario: `type: gravity_settler`,
/// `model: trajectory`).
///
/// The chamber geometry (length, width, height, trays, parallel count) is that of the correlation model
/// `GravitySettler`, which also supplies the pressure drop, the outlet temperature (wall cooling) and its
/// warnings. The trajectories run at the mean of inlet and outlet temperature (Q ∝ T), in one tray channel
/// (``SettlerFlow``) with plug flow or a log-law profile and the chosen dispersion; the floor deposits with
/// the well-mixed deposition probability, so dispersion off gives the laminar law (§3.1) and strong mixing
/// the exponential law (§3.2). Not modelled here: the effective-area factor and a carried baffle of the
/// correlation model (a warning says so when they are set).
///
/// Example: L = 9, W = 3, H = 4 m, Q = 12 m³/s of air at 20 °C, ρ_p = 2200: v_t(20 µm) = 0.0266 m/s, laminar
/// η = 0.060, trajectory η with the default turbulence (σ = 0.05 U, T_L = κh/(6·0.05 U)) slightly below.
public struct TrajectorySettler: SeparatorModel {
    public var chamber: GravitySettler
    public var profile: SettlerFlow.Profile
    public var dispersion: DispersionModel
    public var wall: WallModel
    public var settings: TrajectorySettings

    public init(chamber: GravitySettler, profile: SettlerFlow.Profile = .plug,
                dispersion: DispersionModel = .ornsteinUhlenbeck(), wall: WallModel = .capture,
                settings: TrajectorySettings = TrajectorySettings()) {
        self.chamber = chamber
        self.profile = profile
        self.dispersion = dispersion
        self.wall = wall
        self.settings = settings
    }

    public var unitType: String { "gravity_settler" }
    public var modelName: String { "trajectory" }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let base = try chamber.evaluate(inlet, context: context)
        let meanT = 0.5 * (inlet.temperature + base.outletTemperature)
        let gas = inlet.gas.state(temperature: meanT, pressure: inlet.pressure)
        let flowPerUnit = inlet.volumetricFlow / Double(max(chamber.count, 1)) * meanT / inlet.temperature
        let flow = SettlerFlow(length: chamber.length, width: chamber.width, height: chamber.height,
                               trays: chamber.trays, volumetricFlow: flowPerUnit, profile: profile)
        if let problem = flow.problems.first { throw SeparatorParameterError(message: "gravity_settler/trajectory: \(problem)") }
        let sim = TrajectorySimulation(field: .settler(flow), dispersion: dispersion, wall: wall, settings: settings)
        if let problem = sim.problems.first { throw SeparatorParameterError(message: "gravity_settler/trajectory: \(problem)") }
        let r = sim.run(diameters: inlet.grid.means, particleDensity: inlet.particleDensity, gas: gas,
                        stream: StreamKey(seed: context.seed, configuration: context.configurationIndex,
                                          unit: context.unitIndex),
                        threads: context.threads, progress: context.progress)
        var warnings = base.warnings + TrajectoryCyclone.statisticsWarnings(r)
        if chamber.effectiveAreaFactor != 1 || chamber.baffle != nil {
            warnings.append("the trajectory settler ignores effective_area and the carried baffle of the chamber model")
        }
        var details = base.details
        details["trajectory_mean_temperature_k"] = meanT
        details["mean_velocity_m_per_s"] = flow.meanVelocity
        details["time_step_s"] = sim.timeStep
        return SeparatorResult(model: modelName, gradeEfficiency: r.gradeEfficiency, confidenceLow: r.confidenceLow,
                               confidenceHigh: r.confidenceHigh, pressureDrop: base.pressureDrop,
                               outletTemperature: base.outletTemperature, warnings: warnings, details: details,
                               statistics: r.statistics)
    }
}
