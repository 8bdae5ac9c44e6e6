import DedustNumerics
import DedustPhysics

/// One of the reduced-order flow fields (a closed set, so the engine is specialised for each).
public enum TrajectoryFlowField: Sendable {
    case settler(SettlerFlow)
    case cyclone(ConventionalCycloneFlow)
    case circulatingCyclone(CirculatingCycloneFlow)
}

/// The non-generic front door of the trajectory engine: a flow field, a dispersion model, a wall model, a drag
/// law and Monte Carlo settings; `run` returns per-class grade efficiencies with 95 % intervals and statistics.
///
/// The drag law (default Schiller–Naumann) drives the step kernel, the centrifugal drift at cyclone walls and
/// the particle classes' settling velocity. It must be a ``VectorDragLaw`` (a law without the 8-wide form the
/// kernel needs does not compile here), and one of ``DragLaws/registry``, whose registration line specialises the
/// engine for it (another conformer is reported by ``problems``).
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
    /// Drag law of the particles (default Schiller–Naumann).
    public var drag: any VectorDragLaw
    public var settings: TrajectorySettings

    public init(field: TrajectoryFlowField, dispersion: DispersionModel = .ornsteinUhlenbeck(),
                wall: WallModel = .capture, drag: any VectorDragLaw = SchillerNaumannDrag(),
                settings: TrajectorySettings = TrajectorySettings()) {
        self.field = field
        self.dispersion = dispersion
        self.wall = wall
        self.drag = drag
        self.settings = settings
    }

    /// Particle classes for `diameters` of density `particleDensity` in `gas`, with this simulation's drag law
    /// and the slip correction `slip` (default Davies).
    public func classes(diameters: [Double], particleDensity: Double, gas: GasState,
                        slip: CunninghamSlip = .davies) -> [ParticleClass] {
        let dynamics = ParticleDynamics(particleDensity: particleDensity, drag: drag, slip: slip)
        return diameters.map { ParticleClass(diameter: $0, dynamics: dynamics, gas: gas) }
    }

    /// Grade efficiencies for particles of `diameters` and density `particleDensity` in `gas`.
    public func run(diameters: [Double], particleDensity: Double, gas: GasState, stream: StreamKey,
                    threads: Int? = nil, progress: (@Sendable (Double) -> Void)? = nil) -> TrajectoryResult {
        run(classes: classes(diameters: diameters, particleDensity: particleDensity, gas: gas),
            stream: stream, threads: threads, progress: progress)
    }

    /// Grade efficiencies for prepared particle classes.
    public func run(classes: [ParticleClass], stream: StreamKey, threads: Int? = nil,
                    progress: (@Sendable (Double) -> Void)? = nil) -> TrajectoryResult {
        answer(.run(RunVisitor(classes: classes, stream: stream, threads: threads, progress: progress))) {
            if case let .result(r) = $0 { r } else { nil }
        }
    }

    /// Tracks a single tile (for benchmarks and tests): `count` particles of `particle`.
    public func simulateTile(particle: ParticleClass, count: Int, stream: StreamKey) -> TrajectoryTally {
        answer(.tile(TileVisitor(particle: particle, count: count, stream: stream))) {
            if case let .tally(t) = $0 { t } else { nil }
        }
    }

    /// Time step the engine uses with this field and dispersion (s).
    public var timeStep: Double {
        answer(.timeStep) { if case let .timeStep(dt) = $0 { dt } else { nil } }
    }

    /// Problems with the dispersion parameters, the drag law and settings, as messages (empty when valid).
    public var problems: [String] {
        var m = dispersion.problems + settings.problems
        if !DragLaws.registry.contains(drag) {
            m.append("drag law '\(drag.name)' has no compiled trajectory kernel: register it in DragLaws.registry "
                     + "(Sources/DedustTrajectories/Engine/DragLaws.swift)")
        }
        if case let .rebound(p, e) = wall {
            if !(p >= 0 && p < 1) { m.append("wall rebound probability must be in [0, 1), got \(p)") }
            if !(e >= 0 && e <= 1) { m.append("wall restitution must be in [0, 1], got \(e)") }
        }
        return m
    }

    /// `request` answered by the engine specialised for this simulation's drag law (``DragLaws/registry``),
    /// read by `extract`.
    func answer<Output>(_ request: EngineRequest, _ extract: (EngineAnswer) -> Output?) -> Output {
        guard let answer = DragLaws.registry.answer(self, request), let output = extract(answer)
        else { preconditionFailure(problems.joined(separator: "; ")) }
        return output
    }

    /// `v` over the engine for the concrete drag law `drag` (called by its registration, ``RegisteredDragLaws``)
    /// and this simulation's flow field, dispersion model and wall interaction.
    func dispatch<L: VectorDragLaw, V: EngineVisitor>(_ drag: L, _ v: V) -> V.Output {
        switch field {
        case let .settler(f): return dispatch(f, drag, v)
        case let .cyclone(f): return dispatch(f, drag, v)
        case let .circulatingCyclone(f): return dispatch(f, drag, v)
        }
    }

    private func dispatch<F: FlowField, L: VectorDragLaw, V: EngineVisitor>(_ f: F, _ drag: L, _ v: V) -> V.Output {
        let (sigma, time) = dispersion.resolved(for: f)
        switch dispersion {
        case .none: return dispatch(f, NoDispersion(), drag, v)
        case let .ornsteinUhlenbeck(_, _, beta):
            return dispatch(f, OrnsteinUhlenbeckDispersion(sigma: sigma, timeScale: time, crossingCoefficient: beta),
                            drag, v)
        case .randomWalk: return dispatch(f, RandomWalkDispersion(sigma: sigma, timeScale: time), drag, v)
        }
    }

    private func dispatch<F: FlowField, D: Dispersion, L: VectorDragLaw, V: EngineVisitor>(
        _ f: F, _ d: D, _ drag: L, _ v: V) -> V.Output {
        switch wall {
        case .capture:
            return v.visit(TrajectoryEngine(field: f, dispersion: d, wall: CaptureOnContact(), drag: drag,
                                            settings: settings))
        case let .rebound(p, e):
            let w = ProbabilisticRebound(reboundProbability: p, restitution: e)
            return v.visit(TrajectoryEngine(field: f, dispersion: d, wall: w, drag: drag, settings: settings))
        }
    }
}

/// What ``TrajectorySimulation`` asks its drag law's registration (one case per ``EngineVisitor``: a protocol
/// requirement of ``DragLawList`` generic over the visitor would work too, but one enum keeps the list short).
enum EngineRequest: Sendable {
    case run(RunVisitor)
    case tile(TileVisitor)
    case timeStep
    case cost(CostVisitor)

    /// The answer of the engine for `simulation` with the concrete drag law `drag`.
    func answer<L: VectorDragLaw>(_ simulation: TrajectorySimulation, _ drag: L) -> EngineAnswer {
        switch self {
        case let .run(v): .result(simulation.dispatch(drag, v))
        case let .tile(v): .tally(simulation.dispatch(drag, v))
        case .timeStep: .timeStep(simulation.dispatch(drag, TimeStepVisitor()))
        case let .cost(v): .cost(simulation.dispatch(drag, v))
        }
    }
}

/// The answer to an ``EngineRequest``, case by case.
enum EngineAnswer: Sendable {
    case result(TrajectoryResult)
    case tally(TrajectoryTally)
    case timeStep(Double)
    case cost(TrajectoryCost)
}

/// A computation over a specialised engine (Swift has no generic closures).
protocol EngineVisitor {
    associatedtype Output
    func visit<F: FlowField, D: Dispersion, W: WallInteraction, L: VectorDragLaw>(
        _ engine: TrajectoryEngine<F, D, W, L>) -> Output
}

struct RunVisitor: EngineVisitor {
    let classes: [ParticleClass]
    let stream: StreamKey
    let threads: Int?
    let progress: (@Sendable (Double) -> Void)?
    func visit<F: FlowField, D: Dispersion, W: WallInteraction, L: VectorDragLaw>(
        _ engine: TrajectoryEngine<F, D, W, L>) -> TrajectoryResult {
        engine.run(classes: classes, stream: stream, threads: threads, progress: progress)
    }
}

struct TileVisitor: EngineVisitor {
    let particle: ParticleClass
    let count: Int
    let stream: StreamKey
    func visit<F: FlowField, D: Dispersion, W: WallInteraction, L: VectorDragLaw>(
        _ engine: TrajectoryEngine<F, D, W, L>) -> TrajectoryTally {
        engine.simulateTile(particle: particle, count: count, stream: stream)
    }
}

struct TimeStepVisitor: EngineVisitor {
    func visit<F: FlowField, D: Dispersion, W: WallInteraction, L: VectorDragLaw>(
        _ engine: TrajectoryEngine<F, D, W, L>) -> Double {
        engine.timeStep
    }
}
