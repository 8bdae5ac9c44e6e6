import Foundation
import DedustNumerics
import DedustPhysics
import DedustSeparators
import DedustTrajectories

/// The trajectory-engine member of a cyclone's model spread: Lagrangian Monte Carlo tracking in the reduced-order
/// flow field of the cyclone (``ConventionalCycloneFlow``, physics.md §5.6) instead of a correlation's
/// classification curve.
///
/// The field needs the wall and control-surface tangential velocities and the short-circuit fraction; they come
/// from the Muschelknautz method (VDI form) at the same inlet, so the field carries the method's friction and
/// solids-loading effects (physics.md §1.5.2):
///
///     v_θw = u_o, v_θCS = u_f, φ_sc = V̇_sec/V̇      (MuschelknautzVDI at this inlet)
///     η_traj(d) = captured/tracked per class (95 % Wilson bounds)                     (TrajectorySimulation)
///     η(d) = η_l + (1 − η_l) η_traj(d),   η_l = 1 − μ_main/μ_in when μ_in > μ_main, else 0
///
/// Trajectories follow single particles in dilute flow; the en-masse separation above the mass-loading limit
/// (η_l) is a collective effect they cannot produce, so it is taken from the same Muschelknautz evaluation
/// (`applyLoadingLimit`, default true; the split is reported as `loading_limit_efficiency` and
/// `trajectory_cut_size_m`). Pressure drop: the cyclone's configured ΔP model. Random streams: one per
/// (seed, configuration, unit, class), so results do not depend on the thread count.
///
/// Validity: as the flow field (reduced order; core radius from Iozia–Leith; turbulence σ ≈ 0.1 v_in by
/// default) — tested against Barth and Muschelknautz cut sizes within ±30 % for Stairmand HE cyclones
/// (Tests/DedustTrajectoriesTests/CycloneTrajectoryTests.swift).
/// Example: the carbide α cyclone (Stairmand HE, D = 2.2 m, 8.6 m³/s at 410 °C, 0.19 kg/kg) has
/// η_l ≈ 0.8 from the loading limit, so the trajectory curve only shapes the last ≈ 20 % of the dust.
public struct TrajectoryCycloneVariant: SeparatorModel {
    public var cyclone: ConventionalCyclone
    public var dispersion: DispersionModel
    public var settings: TrajectorySettings
    public var applyLoadingLimit: Bool

    public init(cyclone: ConventionalCyclone, dispersion: DispersionModel = .ornsteinUhlenbeck(),
                settings: TrajectorySettings = TrajectorySettings(particlesPerClass: 256, ciHalfWidth: 0.03,
                                                                  maxParticlesPerClass: 1024),
                applyLoadingLimit: Bool = true) {
        self.cyclone = cyclone
        self.dispersion = dispersion
        self.settings = settings
        self.applyLoadingLimit = applyLoadingLimit
    }

    public var unitType: String { "cyclone" }
    public var modelName: String { "trajectory" }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        var reference = cyclone
        if !(cyclone.efficiencyModel is MuschelknautzVDI) { reference.efficiencyModel = MuschelknautzVDI() }
        let mm = try reference.evaluate(inlet, context: context)
        guard let wall = mm.details["wall_velocity_m_per_s"], let inner = mm.details["inner_tangential_velocity_m_per_s"],
              wall > 0, inner > wall else {
            throw SpreadError("the Muschelknautz velocities needed for the trajectory field are unavailable or not a "
                              + "spinning-up vortex (wall \(mm.details["wall_velocity_m_per_s"] ?? .nan) m/s, "
                              + "control surface \(mm.details["inner_tangential_velocity_m_per_s"] ?? .nan) m/s)")
        }
        let shortCircuit = mm.details["secondary_flow_fraction"] ?? 0.1
        let etaL = applyLoadingLimit ? max(0, min(1, mm.details["loading_limit_efficiency"] ?? 0)) : 0
        let flow = ConventionalCycloneFlow(geometry: cyclone.geometry,
                                           volumetricFlow: inlet.volumetricFlow / Double(max(1, cyclone.count)),
                                           wallVelocity: wall, controlSurfaceVelocity: inner,
                                           shortCircuitFraction: shortCircuit)
        let simulation = TrajectorySimulation(field: .cyclone(flow), dispersion: dispersion, settings: settings)
        let problems = simulation.problems
        guard problems.isEmpty else { throw SpreadError("trajectory settings: " + problems.joined(separator: "; ")) }
        let r = simulation.run(diameters: inlet.grid.means, particleDensity: inlet.particleDensity, gas: inlet.gasState,
                               stream: StreamKey(seed: context.seed, configuration: context.configurationIndex,
                                                 unit: context.unitIndex),
                               threads: context.threads, progress: context.progress)
        func combine(_ e: [Double]) -> [Double] { e.map { min(1, max(0, etaL + (1 - etaL) * $0)) } }
        var details: [String: Double] = ["loading_limit_efficiency": etaL, "wall_velocity_m_per_s": wall,
                                         "inner_tangential_velocity_m_per_s": inner,
                                         "short_circuit_fraction": shortCircuit, "vortex_exponent": flow.exponent]
        if let x = r.cutSize { details["trajectory_cut_size_m"] = x; details["cut_size_m"] = x }
        var warnings: [String] = []
        if r.statistics.undecided > 0 {
            warnings.append("\(r.statistics.undecided) of \(r.statistics.particles) particles were still in the cyclone at the time limit (counted in the interval, not as captured)")
        }
        return SeparatorResult(model: "trajectory", gradeEfficiency: combine(r.gradeEfficiency),
                               confidenceLow: combine(r.confidenceLow), confidenceHigh: combine(r.confidenceHigh),
                               pressureDrop: mm.pressureDrop, outletTemperature: inlet.temperature,
                               warnings: warnings, details: details, statistics: r.statistics)
    }
}

/// A model-spread evaluation that cannot be made, in words.
struct SpreadError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
