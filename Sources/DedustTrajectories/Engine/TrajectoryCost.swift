import Foundation
import DedustPhysics
import DedustSeparators

/// The most work a trajectory simulation can do, known before it runs: every size class sampled up to its
/// particle budget (`max_particles_per_class`, rounded to whole tiles) and every particle tracked to the flow
/// field's time limit. Real runs stop earlier (particles leave, classes meet `ci_half_width`), typically by a
/// factor 10–100, so this is a bound to refuse hopeless runs with, not a prediction of the run time.
///
///     worst-case particle-steps = classes × particles per class × ⌈time limit / time step⌉
///
/// Example: the carbide scenario's model-spread trajectory cyclone (40 classes × 1024 particles × 2.09e5 steps
/// of 0.616 ms within the 129 s time limit) has a bound of 8.5e9 particle-steps; `time_step_factor: 1e-9`
/// multiplies the steps by 10⁹ and is refused under the default limit (``EvaluationContext/defaultMaxParticleSteps``).
public struct TrajectoryCost: Sendable, Equatable {
    /// Size classes simulated.
    public var classes: Int
    /// Particle budget per class (whole tiles).
    public var particlesPerClass: Int
    /// Particles per tile (one random stream each).
    public var tileParticles: Int
    /// Steps per particle at most, ⌈time limit / time step⌉ (may be +∞ or NaN for a degenerate flow field).
    public var stepsPerParticle: Double
    /// The engine's time step and the field's time limit (s), for messages.
    public var timeStep: Double
    public var timeLimit: Double

    public init(classes: Int, particlesPerClass: Int, tileParticles: Int, stepsPerParticle: Double, timeStep: Double,
                timeLimit: Double) {
        self.classes = classes
        self.particlesPerClass = particlesPerClass
        self.tileParticles = tileParticles
        self.stepsPerParticle = stepsPerParticle
        self.timeStep = timeStep
        self.timeLimit = timeLimit
    }

    /// Worst-case particle-steps (a Double: the product may exceed `Int.max`).
    public var particleSteps: Double { Double(classes) * Double(particlesPerClass) * stepsPerParticle }

    /// Particle-steps one tile's random stream can feed: 2³² Philox blocks of at least 4 variates, 3 variates
    /// per particle-step (cylindrical fields; 2 in a settler). A tile that could need more would trap.
    public static let tileStreamCapacity = 4_294_967_296.0 * 4 / 3

    /// Why a run of this cost is refused under `limit` particle-steps, naming the fields to change; nil when
    /// it is within the limit.
    public func refusal(limit: Double) -> String? {
        guard timeStep > 0, timeStep.isFinite, timeLimit > 0, timeLimit.isFinite else {
            return "the flow field has no usable time step (\(timeStep) s) or time limit (\(timeLimit) s); "
                + "check the gas flow, viscosity, density and the unit's dimensions"
        }
        let steps = particleSteps
        guard !(steps <= limit) else {
            let perTile = Double(tileParticles) * stepsPerParticle
            if !(perTile <= Self.tileStreamCapacity) {
                return "one tile of \(tileParticles) particles could take up to \(Self.format(perTile)) particle-steps "
                    + "(\(Self.format(stepsPerParticle)) steps of \(Self.format(timeStep)) s within the \(Self.format(timeLimit)) s "
                    + "time limit), more than its random stream holds (\(Self.format(Self.tileStreamCapacity))); "
                    + "raise time_step_factor or lower tile_size"
            }
            return nil
        }
        return "the trajectory model could take up to \(Self.format(steps)) particle-steps (\(classes) size classes × "
            + "\(particlesPerClass) particles × \(Self.format(stepsPerParticle)) steps of \(Self.format(timeStep)) s "
            + "within the \(Self.format(timeLimit)) s time limit), above the limit of \(Self.format(limit)); "
            + "lower max_particles_per_class or the number of size classes, raise time_step_factor, "
            + "or lift the limit with --max-particle-steps"
    }

    /// Number of steps as an `Int` for the step loop: exact when representable, else a bound no run reaches.
    static func representableSteps(_ steps: Double) -> Int {
        steps < 1e15 ? Swift.max(1, Int(steps)) : 1_000_000_000_000_000
    }

    static func format(_ x: Double) -> String { String(format: "%.3g", x) }
}

extension TrajectorySimulation {
    /// The most work `run` can do for `classCount` size classes (see ``TrajectoryCost``).
    public func cost(classCount: Int) -> TrajectoryCost {
        answer(.cost(CostVisitor(classCount: classCount))) { if case let .cost(c) = $0 { c } else { nil } }
    }

    /// Throws ``WorkLimitExceeded`` when the worst-case cost for `classCount` classes is above the context's
    /// `maxParticleSteps` (or the flow field is degenerate); `unit` names the model in the message.
    public func admit(classCount: Int, context: EvaluationContext, unit: String) throws {
        if let why = cost(classCount: classCount).refusal(limit: context.maxParticleSteps) {
            throw WorkLimitExceeded(message: "\(unit)/trajectory: \(why)")
        }
    }
}

struct CostVisitor: EngineVisitor {
    let classCount: Int
    func visit<F: FlowField, D: Dispersion, W: WallInteraction, L: VectorDragLaw>(
        _ engine: TrajectoryEngine<F, D, W, L>) -> TrajectoryCost {
        engine.cost(classCount: classCount)
    }
}
