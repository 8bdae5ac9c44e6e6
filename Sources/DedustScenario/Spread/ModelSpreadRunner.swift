import Foundation
import DedustNumerics
import DedustPhysics
import DedustFlowsheet
import DedustSeparators
import DedustTrajectories

/// Evaluates the cyclones named in a scenario's `model_spread:` with every applicable efficiency model (and
/// the trajectory engine when asked and available), each on the inlet the unit sees in each configuration.
///
/// How: the configuration's flowsheet is solved with the configured models (as `ScenarioRunner` does, with the
/// same seed and indices, so the inlet streams are identical), then each alternative model is evaluated on the
/// unit's solved inlet stream. Overall efficiency is Σ ηᵢ fᵢ over the classes of that inlet (physics.md §1.12.3);
/// the unit's outlet concentration is (1 − η) × its inlet concentration on the normal basis, and on the actual
/// basis at the model's outlet temperature and P_in − ΔP. The other units are not re-run with the alternative,
/// so downstream numbers always belong to the configured model.
///
/// Alternatives for a `cyclone` unit (``ConventionalCyclone``): every name in `CycloneModels.efficiencyNames`
/// with its default parameters and its usual pressure-drop partner
/// (`CycloneModels.defaultPressureDropName(forEfficiency:)`); the configured model keeps the scenario's own
/// parameters; with `include_trajectory`, the trajectory engine (``TrajectoryCyclone``). Units of other
/// types are reported as failures ("no alternative models").
public struct ModelSpreadRunner: Sendable {
    /// Maximum worker threads (nil: all cores).
    public var threads: Int?
    /// Replaces the scenario's seed when set (use the same value as the runner).
    public var seed: UInt64?
    /// Builds the trajectory-engine variant of a cyclone (default ``trajectoryCyclone(_:)``; nil: no trajectory
    /// member).
    public var trajectoryVariant: (@Sendable (ConventionalCyclone) -> (any SeparatorModel)?)?
    /// Largest worst-case Monte Carlo cost a unit may start (``EvaluationContext/maxParticleSteps``).
    public var maxParticleSteps = EvaluationContext.defaultMaxParticleSteps

    /// Monte Carlo settings of the spread's trajectory member: 256 particles per class, more (up to 1024) where
    /// the 95 % interval is wider than ±0.03 — enough to place a grade curve among the correlations at a few
    /// seconds per cyclone; use `model: trajectory` on the unit itself for tighter intervals.
    public static let trajectorySettings = TrajectorySettings(particlesPerClass: 256, ciHalfWidth: 0.03,
                                                              maxParticlesPerClass: 1024)

    /// The trajectory engine on `cyclone`'s geometry and count (``TrajectoryCyclone``: Muschelknautz-VDI flow
    /// field with the cyclone's own VDI parameters when it uses that model, mass-loading limit composed on top,
    /// the cyclone's pressure-drop model), with ``trajectorySettings``.
    public static func trajectoryCyclone(_ cyclone: ConventionalCyclone) -> any SeparatorModel {
        TrajectoryCyclone(geometry: cyclone.geometry, count: cyclone.count,
                          muschelknautz: (cyclone.efficiencyModel as? MuschelknautzVDI) ?? MuschelknautzVDI(),
                          pressureDropModel: cyclone.pressureDropModel, settings: trajectorySettings)
    }

    public init(threads: Int? = nil, seed: UInt64? = nil,
                trajectoryVariant: (@Sendable (ConventionalCyclone) -> (any SeparatorModel)?)? = {
                    ModelSpreadRunner.trajectoryCyclone($0)
                }) {
        self.threads = threads
        self.seed = seed
        self.trajectoryVariant = trajectoryVariant
    }

    /// The spread study of `scenario` (empty when it asks for none).
    public func run(_ scenario: Scenario) throws -> ModelSpreadResult {
        guard let spec = scenario.modelSpread, !spec.units.isEmpty else { return ModelSpreadResult(units: []) }
        let seed = self.seed ?? scenario.seed
        let feed = scenario.feed
        let gas = scenario.gas.model
        let n = scenario.configurations.count
        let workers = max(1, threads ?? ParallelWork.coreCount)
        let inner = max(1, workers / max(1, min(n, workers)))
        let variant = trajectoryVariant
        let outcomes: [Result<([ModelSpreadUnit], [String]), Error>] = ParallelWork.map(n, threads: workers) { i in
            Result {
                let configuration = scenario.configurations[i]
                guard configuration.flowsheet.units.contains(where: { spec.units.contains($0.equipment) }) else {
                    return ([], [])
                }
                let context = EvaluationContext(seed: seed, configurationIndex: i, unitIndex: 0, threads: inner,
                                                maxParticleSteps: maxParticleSteps)
                let solution = try FlowsheetSolver().solve(configuration.flowsheet, feed: feed, context: context)
                var units: [ModelSpreadUnit] = [], failures: [String] = []
                for (k, unit) in configuration.flowsheet.units.enumerated() where spec.units.contains(unit.equipment) {
                    guard let solved = solution.units.first(where: { $0.id == unit.id }) else { continue }
                    var ctx = context
                    ctx.unitIndex = k
                    let r = Self.spread(unit: unit, solved: solved, configuration: configuration.name, feed: feed,
                                        gas: gas, includeTrajectory: spec.includeTrajectory, variant: variant,
                                        context: ctx)
                    units.append(r.0)
                    failures += r.1
                }
                return (units, failures)
            }
        }
        var units: [ModelSpreadUnit] = [], failures: [String] = []
        for (i, o) in outcomes.enumerated() {
            switch o {
            case let .success((u, f)):
                units += u
                failures += f
            case let .failure(error):
                throw ScenarioRunError(configuration: scenario.configurations[i].name,
                                       message: "model spread: \(error)")
            }
        }
        return ModelSpreadResult(units: units, failures: failures)
    }

    /// Every alternative model of one unit instance, evaluated on its solved inlet.
    static func spread(unit: FlowsheetUnit, solved: UnitSolution, configuration: String, feed: FlowsheetFeed,
                       gas: any GasModel, includeTrajectory: Bool,
                       variant: (@Sendable (ConventionalCyclone) -> (any SeparatorModel)?)?,
                       context: EvaluationContext) -> (ModelSpreadUnit, [String]) {
        let s = solved.inlet
        let inlet = SeparatorInlet(gas: gas, temperature: s.temperature, pressure: s.pressure,
                                   volumetricFlow: s.actualFlow(gas), dustConcentration: s.actualConcentration(gas),
                                   particleDensity: feed.particleDensity, grid: feed.grid, massFractions: s.massFractions)
        var alternatives: [(model: any SeparatorModel, kind: ModelSpreadEntry.Kind, dpName: String, configured: Bool)] = []
        var failures: [String] = []
        let label = "\(configuration)/\(unit.id)"
        if let cyclone = unit.model as? ConventionalCyclone {
            for name in CycloneModels.efficiencyNames {
                if name == cyclone.efficiencyModel.name {
                    alternatives.append((cyclone, .correlation, cyclone.pressureDropModel.name, true))
                    continue
                }
                do {
                    var c = cyclone
                    c.efficiencyModel = try CycloneModels.efficiency(named: name)
                    let dpName = CycloneModels.defaultPressureDropName(forEfficiency: name)
                    c.pressureDropModel = try CycloneModels.pressureDrop(named: dpName)
                    alternatives.append((c, .correlation, dpName, false))
                } catch {
                    failures.append("\(label): \(name) could not be configured: \(error)")
                }
            }
            if includeTrajectory {
                if let t = variant?(cyclone) {
                    alternatives.append((t, .trajectory, "trajectory field", false))
                } else {
                    failures.append("\(label): the trajectory engine is not available for this unit in this build")
                }
            }
        } else {
            alternatives.append((unit.model, .correlation, "", true))
            failures.append("\(label): no alternative models for unit type \"\(unit.model.unitType)\"")
        }
        var entries: [ModelSpreadEntry] = []
        for alt in alternatives {
            do {
                let r = try alt.model.evaluate(inlet, context: context)
                let outDust = zip(s.dust, r.gradeEfficiency).map { $0 * (1 - $1) }
                let out = ProcessStream(temperature: r.outletTemperature, pressure: s.pressure - r.pressureDrop,
                                        gasMassFlow: s.gasMassFlow, dust: outDust)
                // A trajectory model's own cut size (of its Monte Carlo curve) before any correlation detail.
                let cut = r.details["trajectory_cut_size_m"] ?? r.details["cut_size_m"]
                    ?? Self.cutSize(r.gradeEfficiency, grid: feed.grid)
                entries.append(ModelSpreadEntry(
                    model: alt.kind == .trajectory ? "trajectory" : r.model, kind: alt.kind,
                    pressureDropModel: alt.dpName, configured: alt.configured, cutSize: cut,
                    efficiency: r.totalEfficiency(massFractions: inlet.massFractions),
                    outletNormalConcentration: out.normalConcentration(gas),
                    outletActualConcentration: out.actualConcentration(gas), pressureDrop: r.pressureDrop,
                    gradeEfficiency: r.gradeEfficiency, confidenceLow: r.confidenceLow,
                    confidenceHigh: r.confidenceHigh, warnings: r.warnings, wallTime: r.statistics?.wallTime))
            } catch {
                failures.append("\(label): \(alt.model.modelName) failed: \(error)")
            }
        }
        let u = ModelSpreadUnit(configuration: configuration, unitID: unit.id, equipment: unit.equipment,
                                inletNormalConcentration: s.normalConcentration(gas), inletTemperature: s.temperature,
                                inletActualFlow: s.actualFlow(gas), entries: entries)
        return (u, failures)
    }

    /// The size where a grade-efficiency curve first crosses ½ (``GradeCurve/cutSize(grid:efficiency:level:)``).
    public static func cutSize(_ eta: [Double], grid: SizeGrid) -> Double? {
        GradeCurve.cutSize(grid: grid, efficiency: eta)
    }
}
