import DedustNumerics
import DedustPhysics

/// One of the reduced-order flow fields (a closed set, so the engine is specialised for each).
public enum TrajectoryFlowField: Sendable {
    case settler(SettlerFlow)
    case cyclone(ConventionalCycloneFlow)
    case circulatingCyclone(CirculatingCycloneFlow)
}

/// The non-generic front door of the trajectory engine: a flow field, a dispersion model, a wall model and
/// Monte Carlo settings; `run` returns per-class grade efficiencies with 95 % intervals and statistics.
///
///     let flow = SettlerFlow(length: 9, width: 3, height: 4, volumetricFlow: 12)
///     let sim = TrajectorySimulation(field: .settler(flow), dispersion: .ornsteinUhlenbeck())
///     let result = sim.run(diameters: grid.means, particleDensity: 2200, gas: gas,
///                          stream: StreamKey(seed: 1))
///     result.gradeEfficiency, result.confidenceLow, result.statistics
public struct TrajectorySimulation: Sendable {
    public var field: TrajectoryFlowField
    public var dispersion: DispersionModel
    public var wall: WallModel
    public var settings: TrajectorySettings

    public init(field: TrajectoryFlowField, dispersion: DispersionModel = .ornsteinUhlenbeck(),
                wall: WallModel = .capture, settings: TrajectorySettings = TrajectorySettings()) {
        self.field = field
        self.dispersion = dispersion
        self.wall = wall
        self.settings = settings
    }

    /// Particle classes for `diameters` (Schiller–Naumann drag with Cunningham slip from `dynamics`).
    public static func classes(diameters: [Double], dynamics: ParticleDynamics, gas: GasState) -> [ParticleClass] {
        diameters.map { ParticleClass(diameter: $0, dynamics: dynamics, gas: gas) }
    }

    /// Grade efficiencies for particles of `diameters` and density `particleDensity` in `gas`.
    public func run(diameters: [Double], particleDensity: Double, gas: GasState, stream: StreamKey,
                    threads: Int? = nil, progress: (@Sendable (Double) -> Void)? = nil) -> TrajectoryResult {
        let dynamics = ParticleDynamics(particleDensity: particleDensity)
        return run(classes: TrajectorySimulation.classes(diameters: diameters, dynamics: dynamics, gas: gas),
                   stream: stream, threads: threads, progress: progress)
    }

    /// Grade efficiencies for prepared particle classes.
    public func run(classes: [ParticleClass], stream: StreamKey, threads: Int? = nil,
                    progress: (@Sendable (Double) -> Void)? = nil) -> TrajectoryResult {
        dispatch(RunVisitor(classes: classes, stream: stream, threads: threads, progress: progress))
    }

    /// Tracks a single tile (for benchmarks and tests): `count` particles of `particle`.
    public func simulateTile(particle: ParticleClass, count: Int, stream: StreamKey) -> TrajectoryTally {
        dispatch(TileVisitor(particle: particle, count: count, stream: stream))
    }

    /// Time step the engine uses with this field and dispersion (s).
    public var timeStep: Double { dispatch(TimeStepVisitor()) }

    /// Problems with the dispersion parameters and settings, as messages (empty when valid).
    public var problems: [String] {
        var m = dispersion.problems + settings.problems
        if case let .rebound(p, e) = wall {
            if !(p >= 0 && p < 1) { m.append("wall rebound probability must be in [0, 1), got \(p)") }
            if !(e >= 0 && e <= 1) { m.append("wall restitution must be in [0, 1], got \(e)") }
        }
        return m
    }

    func dispatch<V: EngineVisitor>(_ v: V) -> V.Output {
        switch field {
        case let .settler(f): return dispatch(f, v)
        case let .cyclone(f): return dispatch(f, v)
        case let .circulatingCyclone(f): return dispatch(f, v)
        }
    }

    private func dispatch<F: FlowField, V: EngineVisitor>(_ f: F, _ v: V) -> V.Output {
        let (sigma, time) = dispersion.resolved(for: f)
        switch dispersion {
        case .none: return dispatch(f, NoDispersion(), v)
        case let .ornsteinUhlenbeck(_, _, beta):
            return dispatch(f, OrnsteinUhlenbeckDispersion(sigma: sigma, timeScale: time, crossingCoefficient: beta), v)
        case .randomWalk: return dispatch(f, RandomWalkDispersion(sigma: sigma, timeScale: time), v)
        }
    }

    private func dispatch<F: FlowField, D: Dispersion, V: EngineVisitor>(_ f: F, _ d: D, _ v: V) -> V.Output {
        switch wall {
        case .capture:
            return v.visit(TrajectoryEngine(field: f, dispersion: d, wall: CaptureOnContact(), settings: settings))
        case let .rebound(p, e):
            let w = ProbabilisticRebound(reboundProbability: p, restitution: e)
            return v.visit(TrajectoryEngine(field: f, dispersion: d, wall: w, settings: settings))
        }
    }
}

/// A computation over a specialised engine (Swift has no generic closures).
protocol EngineVisitor {
    associatedtype Output
    func visit<F: FlowField, D: Dispersion, W: WallInteraction>(_ engine: TrajectoryEngine<F, D, W>) -> Output
}

struct RunVisitor: EngineVisitor {
    let classes: [ParticleClass]
    let stream: StreamKey
    let threads: Int?
    let progress: (@Sendable (Double) -> Void)?
    func visit<F: FlowField, D: Dispersion, W: WallInteraction>(_ engine: TrajectoryEngine<F, D, W>) -> TrajectoryResult {
        engine.run(classes: classes, stream: stream, threads: threads, progress: progress)
    }
}

struct TileVisitor: EngineVisitor {
    let particle: ParticleClass
    let count: Int
    let stream: StreamKey
    func visit<F: FlowField, D: Dispersion, W: WallInteraction>(_ engine: TrajectoryEngine<F, D, W>) -> TrajectoryTally {
        engine.simulateTile(particle: particle, count: count, stream: stream)
    }
}

struct TimeStepVisitor: EngineVisitor {
    func visit<F: FlowField, D: Dispersion, W: WallInteraction>(_ engine: TrajectoryEngine<F, D, W>) -> Double {
        engine.timeStep
    }
}
