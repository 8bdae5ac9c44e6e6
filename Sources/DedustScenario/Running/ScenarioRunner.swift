import Foundation
import DedustNumerics
import DedustPhysics
import DedustFlowsheet
import DedustSeparators

/// Runs every configuration of a scenario (concurrently) and computes its KPIs and limit checks.
///
/// Results are deterministic: each configuration and unit evaluates with an `EvaluationContext` made only of
/// the seed and its indices, and results are collected in file order, so any thread count gives the same
/// numbers.
public struct ScenarioRunner: Sendable {
    /// Maximum worker threads (nil: all cores).
    public var threads: Int?
    /// Replaces the scenario's seed when set.
    public var seed: UInt64?
    /// Called with the overall fraction done, in [0, 1], from any thread.
    public var progress: (@Sendable (Double) -> Void)?
    public var solver = FlowsheetSolver()
    /// Largest worst-case Monte Carlo cost a unit may start (``EvaluationContext/maxParticleSteps``).
    public var maxParticleSteps = EvaluationContext.defaultMaxParticleSteps

    public init(threads: Int? = nil, seed: UInt64? = nil, progress: (@Sendable (Double) -> Void)? = nil) {
        self.threads = threads
        self.seed = seed
        self.progress = progress
    }

    public func run(_ scenario: Scenario) throws -> ScenarioResult {
        let n = scenario.configurations.count
        let seed = self.seed ?? scenario.seed
        let workers = max(1, threads ?? ParallelWork.coreCount)
        // Configurations one after another, each with every worker (issue 18 item 4): units parallelise inside
        // (the trajectory engine over size classes × tiles). A static split of the workers over configurations left
        // a trajectory configuration beside a correlation one on a single thread: a nested concurrentPerform gets
        // only its share of Dispatch's width, so the finished configuration's share was never reused.
        let inner = workers
        let tracker = ProgressMeter(parts: n, report: progress)
        let feed = scenario.feed
        let solver = self.solver
        let outcomes: [Result<ConfigurationResult, Error>] = ParallelWork.map(n, threads: 1) { i in
            let configuration = scenario.configurations[i]
            let context = EvaluationContext(seed: seed, configurationIndex: i, unitIndex: 0, threads: inner,
                                            maxParticleSteps: maxParticleSteps)
            let r = Result { () throws -> ConfigurationResult in
                let solution = try solver.solve(configuration.flowsheet, feed: feed, context: context,
                                                progress: { f in tracker.update(part: i, to: 0.99 * f) })
                let result = Self.report(configuration.name, solution, scenario: scenario)
                let problems = result.inconsistencies
                guard problems.isEmpty else { throw ImpossibleResult(problems: problems) }
                return result
            }
            tracker.update(part: i, to: 1)
            return r
        }
        var results: [ConfigurationResult] = []
        for (i, outcome) in outcomes.enumerated() {
            switch outcome {
            case let .success(r): results.append(r)
            case let .failure(error):
                throw ScenarioRunError(configuration: scenario.configurations[i].name, message: String(describing: error))
            }
        }
        return ScenarioResult(scenario: scenario.name, seed: seed, baseline: scenario.baseline, grid: scenario.grid,
                              currency: scenario.economics.currency, configurations: results)
    }

    static func report(_ name: String, _ s: FlowsheetSolution, scenario: Scenario) -> ConfigurationResult {
        let gas = scenario.gas.model
        var units = s.units.map { UnitReport($0, gas: gas) }
        if let flowsheet = scenario.configurations.first(where: { $0.name == name })?.flowsheet {
            ScenarioWarnings.attach(scenario.warnings, to: &units, flowsheet: flowsheet)
        }
        let outlet = NodeConditions(s.outlet, gas: gas)
        let e = scenario.economics
        let fanPower = max(0, s.pressureDrop) * outlet.actualFlow / e.fanEfficiency
        let energy = fanPower / 1000 * e.operatingHours
        var result = ConfigurationResult(
            name: name, overallEfficiency: s.overallEfficiency, inlet: NodeConditions(s.feed, gas: gas), outlet: outlet,
            pressureDrop: s.pressureDrop, fanPower: fanPower, annualEnergy: energy,
            annualCost: energy * e.electricityPrice, annualCO2: energy * e.gridCO2, units: units, limits: [],
            inletPSD: s.feed.massFractions, outletPSD: s.outlet.massFractions, iterations: s.iterations,
            closureError: s.closureError)
        result.limits = scenario.limits.flatMap { LimitEvaluator.check($0, in: result) }
            + LimitEvaluator.operatingChecks(of: units)
        return result
    }
}

/// Why a run failed (after validation): which configuration, and the solver's or model's message.
public struct ScenarioRunError: Error, CustomStringConvertible, Sendable {
    public var configuration: String
    public var message: String
    public var description: String { "configuration \"\(configuration)\": \(message)" }
}

/// A configuration's result that no report may show (``ConfigurationResult/inconsistencies``).
struct ImpossibleResult: Error, CustomStringConvertible {
    var problems: [String]
    var description: String {
        "the result is not a physical state: " + problems.prefix(3).joined(separator: "; ")
            + (problems.count > 3 ? "; and \(problems.count - 3) more" : "")
    }
}

