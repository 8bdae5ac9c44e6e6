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
/// the exponential law (§3.2).
///
/// * Effective-area factor k_A: the gas uses k_A of the width (``SettlerFlow``), U = Q/(k_A W H) — the
///   correlation model's own definition ("the gas is taken to use only k_A of the width, at velocity U/k_A"),
///   so dispersion off gives its laminar law min(1, k_A v_t L W N/Q) and the residence time k_A L W H/Q.
///   (A plug-flow fraction with a dead zone that still holds gas would give the same mean velocity.)
/// * Carried baffle → ``SettlerObstacle``s in every tray channel, at `baffleLocation`·L:
///   - `PerforatedBaffle` with one perforation zone → a perforated plate with the zone's φ and hole size;
///     target `downstream_wall` adds the staggered impingement plate at S = `impingementSpacingRatio` · W_j
///     (default 2, inside Marple & Liu's S/W = 1–5, to which the model is insensitive). Round holes become
///     slots of the same φ and jet velocity with the width W = D · Stk₅₀,round/Stk₅₀,slot = 0.407 D that gives
///     the same Marple–Liu cut size (x₅₀² ∝ Stk₅₀ W): the 2-D field cannot hold a round jet.
///   - `LabyrinthBaffle` with 180° turns → `turns` alternating vertical baffles (the first from the ceiling),
///     gap and spacing equal to its channel width, centred at `baffleLocation`·L; each baffle edge is one
///     180° turn of the gas.
///   The correlation's pressure drop of the baffle is kept. Not modelled (a warning says so): perforated
///   baffles with several zones, labyrinths with other turn angles or channels not narrower than a tray
///   channel, other baffle models, and a staggered impingement plate at φ ≥ 0.5 (mapped as a single plate).
///   Positions are kept at least 1 % of L from the inlet and outlet.
///
/// Example: L = 9, W = 3, H = 4 m, Q = 12 m³/s of air at 20 °C, ρ_p = 2200: v_t(20 µm) = 0.0262 m/s, laminar
/// η = 0.059, trajectory η with the default turbulence (σ = 0.05 U, T_L = κh/(6·0.05 U)) slightly below.
public struct TrajectorySettler: SeparatorModel {
    public var chamber: GravitySettler
    public var profile: SettlerFlow.Profile
    public var dispersion: DispersionModel
    public var wall: WallModel
    /// Drag law of the trajectories (default Schiller–Naumann; ``TrajectorySimulation/drag``).
    public var drag: any VectorDragLaw
    public var settings: TrajectorySettings
    /// Jet-to-plate distance of a perforated baffle's impingement plate, in hole sizes (default 2).
    public var impingementSpacingRatio: Double

    public init(chamber: GravitySettler, profile: SettlerFlow.Profile = .plug,
                dispersion: DispersionModel = .ornsteinUhlenbeck(), wall: WallModel = .capture, drag: any VectorDragLaw = SchillerNaumannDrag(),
                settings: TrajectorySettings = TrajectorySettings(), impingementSpacingRatio: Double = 2) {
        self.chamber = chamber
        self.profile = profile
        self.dispersion = dispersion
        self.wall = wall
        self.drag = drag
        self.settings = settings
        self.impingementSpacingRatio = impingementSpacingRatio
    }

    /// Ratio Stk₅₀,round/Stk₅₀,slot (Marple & Liu 1974) that turns a round hole into the slot of equal cut size.
    public static let roundToSlotWidth = ImpactionCurve.Shape.round.cutStokesNumber / ImpactionCurve.Shape.slot.cutStokesNumber

    /// The chamber's carried baffle as obstacles of one tray channel, and a message for what is not modelled.
    public func obstacles(channelHeight h: Double) -> (obstacles: [SettlerObstacle], unmodelled: String?) {
        guard let baffle = chamber.baffle else { return ([], nil) }
        let length = chamber.length
        let centre = chamber.baffleLocation * length
        // At least one channel height from the inlet: every mapped obstacle's approach region (h − g for a
        // baffle, half a slot pitch for a plate) is shorter than h, so it never reaches the inlet, where particles
        // enter with the undisturbed profile.
        func clamped(_ x: Double, extent: Double) -> Double {
            Swift.min(Swift.max(x, Swift.max(0.01 * length, h)), 0.99 * length - extent)
        }
        if let plate = baffle as? PerforatedBaffle {
            guard plate.zones.count == 1, let zone = plate.zones.first else {
                return ([], "the trajectory settler does not model a perforated baffle with \(plate.zones.count) zones "
                        + "(only one uniform zone); the baffle is ignored")
            }
            let width = zone.shape == .round ? zone.holeSize * Self.roundToSlotWidth : zone.holeSize
            var spacing: Double? = nil
            var note: String? = nil
            if plate.target == .downstreamWall {
                if zone.openAreaRatio < 0.5 {
                    spacing = impingementSpacingRatio * width
                } else {
                    note = String(format: "the impingement wall of the perforated baffle is not modelled at open-area "
                                  + "ratio %.2f ≥ 0.5 (staggered slots would overlap the jets); a single plate is used",
                                  zone.openAreaRatio)
                }
            }
            let x = clamped(centre, extent: spacing ?? 0)
            return ([.perforatedPlate(SettlerPerforatedPlate(position: x, openAreaRatio: zone.openAreaRatio,
                                                              holeWidth: width, impingementSpacing: spacing))], note)
        }
        if let labyrinth = baffle as? LabyrinthBaffle {
            let w = labyrinth.channelWidth
            guard abs(labyrinth.turnAngle - .pi) < 1e-6, w < h, Double(labyrinth.turns) * w < 0.9 * length else {
                return ([], String(format: "the trajectory settler models a labyrinth only as 180° turns through gaps "
                                   + "narrower than the tray channel (%.3g m) within the chamber length; turn angle "
                                   + "%.3g rad, channel width %.3g m: the baffle is ignored", h, labyrinth.turnAngle, w))
            }
            let n = labyrinth.turns
            let first = clamped(centre - Double(n - 1) * w / 2, extent: Double(n - 1) * w)
            let baffles = (0..<n).map { k in
                SettlerObstacle.baffle(SettlerBaffle(position: first + Double(k) * w,
                                                     orientation: k.isMultiple(of: 2) ? .fromCeiling : .fromFloor,
                                                     gap: w))
            }
            return (baffles, nil)
        }
        return ([], "the trajectory settler does not model a carried baffle of type \(baffle.modelName); it is ignored")
    }

    public var unitType: String { "gravity_settler" }
    public var modelName: String { "trajectory" }

    public func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
        let base = try chamber.evaluate(inlet, context: context)
        let meanT = 0.5 * (inlet.temperature + base.outletTemperature)
        let gas = inlet.gas.state(temperature: meanT, pressure: inlet.pressure)
        let flowPerUnit = inlet.volumetricFlow / Double(max(chamber.count, 1)) * meanT / inlet.temperature
        let mapped = obstacles(channelHeight: chamber.height / Double(max(chamber.trays, 1)))
        let flow = SettlerFlow(length: chamber.length, width: chamber.width, height: chamber.height,
                               trays: chamber.trays, volumetricFlow: flowPerUnit, profile: profile,
                               effectiveAreaFactor: chamber.effectiveAreaFactor, obstacles: mapped.obstacles)
        if let problem = flow.problems.first { throw SeparatorParameterError(message: "gravity_settler/trajectory: \(problem)") }
        let sim = TrajectorySimulation(field: .settler(flow), dispersion: dispersion, wall: wall, drag: drag,
                                       settings: settings)
        if let problem = sim.problems.first { throw SeparatorParameterError(message: "gravity_settler/trajectory: \(problem)") }
        try sim.admit(classCount: inlet.grid.count, context: context, unit: unitType)
        let r = sim.run(diameters: inlet.grid.means, particleDensity: inlet.particleDensity, gas: gas,
                        stream: StreamKey(seed: context.seed, configuration: context.configurationIndex,
                                          unit: context.unitIndex),
                        threads: context.threads, progress: context.progress)
        var warnings = base.warnings + r.statisticsWarnings
        if let unmodelled = mapped.unmodelled { warnings.append(unmodelled) }
        let plainStep = flow.length / flow.meanVelocity / flow.stepsPerResidenceTime
        if flow.timeStep < plainStep / 10 {
            warnings.append(String(format: "the baffle's flow needs a time step of %.3g s, %.0f× shorter than the plain "
                                   + "chamber's; the run takes that much longer", flow.timeStep, plainStep / flow.timeStep))
        }
        var details = base.details
        details["trajectory_obstacles"] = Double(mapped.obstacles.count)
        for o in mapped.obstacles {
            switch o {
            case let .perforatedPlate(p):
                let h = flow.channelHeight
                details["trajectory_plate_position_m"] = p.position
                details["trajectory_slot_count"] = Double(p.slotCount(channelHeight: h))
                details["trajectory_slot_width_m"] = p.modelledHoleWidth(channelHeight: h)
                details["trajectory_jet_velocity_m_per_s"] = flow.meanVelocity / p.openAreaRatio
                if let s = p.impingementSpacing { details["trajectory_impingement_spacing_m"] = s }
            case let .baffle(b):
                details["trajectory_gap_velocity_m_per_s"] = flow.meanVelocity * flow.channelHeight / b.gap
            }
        }
        details["trajectory_mean_temperature_k"] = meanT
        details["mean_velocity_m_per_s"] = flow.meanVelocity
        details["time_step_s"] = sim.timeStep
        if let x50 = r.cutSize { details["trajectory_cut_size_m"] = x50 }
        return SeparatorResult(model: modelName, gradeEfficiency: r.gradeEfficiency, confidenceLow: r.confidenceLow,
                               confidenceHigh: r.confidenceHigh, pressureDrop: base.pressureDrop,
                               outletTemperature: base.outletTemperature, warnings: warnings, details: details,
                               statistics: r.statistics)
    }
}
