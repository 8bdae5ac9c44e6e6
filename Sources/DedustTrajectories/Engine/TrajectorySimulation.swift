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
/// kernel needs does not compile here), and one the engine is specialised for (``specialize(_:_:)``: every law
/// of `DragLaws.all`; another conformer is reported by ``problems``).
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
        dispatch(RunVisitor(classes: classes, stream: stream, threads: threads, progress: progress))
    }

    /// Tracks a single tile (for benchmarks and tests): `count` particles of `particle`.
    public func simulateTile(particle: ParticleClass, count: Int, stream: StreamKey) -> TrajectoryTally {
        dispatch(TileVisitor(particle: particle, count: count, stream: stream))
    }

    /// Time step the engine uses with this field and dispersion (s).
    public var timeStep: Double { dispatch(TimeStepVisitor()) }

    /// Problems with the dispersion parameters, the drag law and settings, as messages (empty when valid).
    public var problems: [String] {
        var m = dispersion.problems + settings.problems
        if Self.specialize(drag, DragLawName()) == nil {
            m.append("drag law '\(drag.name)' has no compiled trajectory kernel: add it to DragLaws.all and to "
                     + "TrajectorySimulation.specialize (Engine/TrajectorySimulation.swift)")
        }
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
        guard let output = Self.specialize(drag, WithDragLaw(simulation: self, field: f, dispersion: d, visitor: v))
        else { preconditionFailure(problems.joined(separator: "; ")) }
        return output
    }

    fileprivate func dispatch<F: FlowField, D: Dispersion, L: VectorDragLaw, V: EngineVisitor>(
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

    /// Calls `visitor` with `law` as its concrete type, so the engine is specialised for it at compile time —
    /// one line per law of `DragLaws.all` (a test checks that every registered law is here); nil for a law
    /// not listed.
    static func specialize<V: DragLawVisitor>(_ law: any VectorDragLaw, _ visitor: V) -> V.Output? {
        switch law {
        case let law as SchillerNaumannDrag: return visitor.visit(law)
        case let law as StokesDrag: return visitor.visit(law)
        case let law as CliftGauvinDrag: return visitor.visit(law)
        case let law as HaiderLevenspielDrag: return visitor.visit(law)
        case let law as ChengDrag: return visitor.visit(law)
        default: return nil
        }
    }
}

/// A computation over a concrete drag law.
protocol DragLawVisitor {
    associatedtype Output
    func visit<L: VectorDragLaw>(_ law: L) -> Output
}

struct DragLawName: DragLawVisitor {
    func visit<L: VectorDragLaw>(_ law: L) -> String { law.name }
}

/// The last dispatch level: the engine for a field, dispersion model and the concrete drag law.
private struct WithDragLaw<F: FlowField, D: Dispersion, V: EngineVisitor>: DragLawVisitor {
    let simulation: TrajectorySimulation
    let field: F
    let dispersion: D
    let visitor: V
    func visit<L: VectorDragLaw>(_ law: L) -> V.Output { simulation.dispatch(field, dispersion, law, visitor) }
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
