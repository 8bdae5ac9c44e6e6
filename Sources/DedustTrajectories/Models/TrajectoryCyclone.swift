import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation

/// Conventional reverse-flow cyclone evaluated by Lagrangian trajectories (scenario: `type: cyclone`,
/// `model: trajectory`).
///
/// The flow field (``ConventionalCycloneFlow``) takes its wall velocity u_o, control-surface velocity u_f,
/// vortex exponent n and short-circuit fraction V̇_sec/V̇ from the VDI Muschelknautz calculation
/// (`MuschelknautzVDI.velocities`, physics.md §1.5.2) at the actual operating point (flow per cyclone,
/// loading-dependent friction and constriction). Grade efficiencies come from the trajectory engine with
/// their 95 % intervals; with `applyLoadingLimit` (default) the MM main-stream mass-loading limit is composed
/// on top (en-masse separation of the fraction 1 − μ_main/μ_in at the inlet, physics.md §1.5.1 step 7):
///
///     η(x) = η_L + (1 − η_L) η_traj(x),   η_L = max(0, 1 − μ_main/μ_in)   (same for the interval bounds)
///
/// Pressure drop, warnings and correlation details are delegated to the correlation model of the same unit
/// (`ConventionalCyclone` with `correlation`'s efficiency and ΔP models); the gas leaves at the inlet
/// temperature. Random streams: `StreamKey(seed, configurationIndex, unitIndex, class, tile)`.
///
/// Example (test `TrajectoryModelTests`): Stairmand HE D = 0.305 m, 0.1395 m³/s air at 20 °C, ρ_p = 2000, clean
/// gas, dispersion off: trajectory cut size ≈ 2 µm against MM-VDI's 2.3 µm.
public struct TrajectoryCyclone: SeparatorModel {
    public var geometry: CycloneGeometry
    /// Identical cyclones in parallel.
    public var count: Int
    /// Correlation model of the same unit: supplies ΔP, warnings and the Muschelknautz velocities.
    public var muschelknautz: MuschelknautzVDI
    public var pressureDropModel: any CyclonePressureDropModel
    public var dispersion: DispersionModel
    public var wall: WallModel
    /// Drag law of the trajectories (default Schiller–Naumann; ``TrajectorySimulation/drag``).
    public var drag: any VectorDragLaw
    public var settings: TrajectorySettings
    public var vortexEnd: ConventionalCycloneFlow.VortexEnd
    /// Solid-body core radius (m); nil: Iozia–Leith.
    public var coreRadius: Double?
    public var applyLoadingLimit: Bool
    /// What a turbulent arrival at the wall does (``CycloneWallDeposition``; default: drift-limited deposition).
    public var wallDeposition: CycloneWallDeposition

    public init(geometry: CycloneGeometry, count: Int = 1, muschelknautz: MuschelknautzVDI = MuschelknautzVDI(),
                pressureDropModel: any CyclonePressureDropModel = ShepherdLapplePressureDrop(),
                dispersion: DispersionModel = .ornsteinUhlenbeck(), wall: WallModel = .capture, drag: any VectorDragLaw = SchillerNaumannDrag(),
                settings: TrajectorySettings = TrajectorySettings(),
                vortexEnd: ConventionalCycloneFlow.VortexEnd = .geometric, coreRadius: Double? = nil,
                applyLoadingLimit: Bool = true, wallDeposition: CycloneWallDeposition = .centrifugalDrift) {
        self.geometry = geometry
        self.count = count
        self.muschelknautz = muschelknautz
        self.pressureDropModel = pressureDropModel
        self.dispersion = dispersion
        self.wall = wall
        self.drag = drag
        self.settings = settings
        self.vortexEnd = vortexEnd
        self.coreRadius = coreRadius
        self.applyLoadingLimit = applyLoadingLimit
        self.wallDeposition = wallDeposition
    }

    public var unitType: String { "cyclone" }
    public var modelName: String { "trajectory" }

    /// The correlation model of the same unit.
    public var correlation: ConventionalCyclone {
        ConventionalCyclone(geometry: geometry, count: count, efficiencyModel: muschelknautz,
                            pressureDropModel: pressureDropModel)
    }

    /// The flow field for one cyclone at `point` (MM velocities).
    public func flowField(at point: CycloneOperatingPoint) throws -> (ConventionalCycloneFlow, MuschelknautzVelocities) {
        let v = try muschelknautz.velocities(of: geometry, at: point)
        if let coreRadius, !(coreRadius > 0 && coreRadius < geometry.vortexFinderRadius) {
            throw SeparatorParameterError("core_radius", coreRadius,
                                          expected: "a radius in (0, R_x = \(geometry.vortexFinderRadius)) m",
                                          unit: unitType)
        }
        let flow = ConventionalCycloneFlow(geometry: geometry, volumetricFlow: point.volumetricFlow,
                                           wallVelocity: v.wallVelocity, controlSurfaceVelocity: v.innerVelocity,
                                           shortCircuitFraction: v.secondaryFlowFraction, coreRadius: coreRadius,
                                           vortexEnd: vortexEnd, wallDeposition: wallDeposition)
        return (flow, v)
    }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let cyclone = correlation
        let base = try cyclone.evaluate(inlet, context: context)
        let point = try cyclone.operatingPoint(for: inlet)
        let (flow, v) = try flowField(at: point)
        let sim = TrajectorySimulation(field: .cyclone(flow), dispersion: dispersion, wall: wall, drag: drag,
                                       settings: settings)
        if let problem = sim.problems.first { throw SeparatorParameterError(message: "\(unitType)/trajectory: \(problem)") }
        try sim.admit(classCount: point.classDiameters.count, context: context, unit: unitType)
        let r = sim.run(diameters: point.classDiameters, particleDensity: inlet.particleDensity, gas: point.gas,
                        stream: StreamKey(seed: context.seed, configuration: context.configurationIndex,
                                          unit: context.unitIndex),
                        threads: context.threads, progress: context.progress)
        let etaL = applyLoadingLimit ? v.mainLoadingLimitEfficiency : 0
        let compose: ([Double]) -> [Double] = { $0.map { etaL + (1 - etaL) * $0 } }
        var details = base.details
        details["trajectory_cut_size_m"] = r.cutSize
        details["control_surface_radial_velocity_m_per_s"] = flow.controlSurfaceRadialVelocity
        details["core_radius_m"] = flow.coreRadius
        details["separation_height_m"] = flow.separationHeight
        details["time_step_s"] = sim.timeStep
        details["en_masse_efficiency"] = etaL
        var warnings = base.warnings
        warnings.append(contentsOf: r.statisticsWarnings)
        return SeparatorResult(model: modelName, gradeEfficiency: compose(r.gradeEfficiency),
                               confidenceLow: compose(r.confidenceLow), confidenceHigh: compose(r.confidenceHigh),
                               pressureDrop: base.pressureDrop, outletTemperature: base.outletTemperature,
                               warnings: warnings, details: details, statistics: r.statistics)
    }
}
