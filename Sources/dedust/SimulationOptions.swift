import ArgumentParser
import DedustSeparators

/// The options that control how a scenario is simulated, shared by `dedust run` and `dedust compare`
/// through `@OptionGroup`: the seed of the random streams, the number of worker threads and the bound on
/// Monte Carlo work.
///
///     dedust run FILE --seed 7 --threads 2
///     dedust compare FILE --seed 7 --threads 2
///
/// Both go unchanged to `ScenarioInput.run` (and `ModelSpreadRunner`). Output options (`--format`, `--output`,
/// `--quiet`, …) stay with each command because their meaning differs between the commands.
struct SimulationOptions: ParsableArguments {
    /// Seed for every random stream; nil keeps the scenario's own `seed`.
    @Option(help: "Seed for every random stream (overrides the scenario's seed).")
    var seed: UInt64?

    /// Maximum worker threads; nil uses all cores. Results are identical for any thread count.
    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    /// Largest worst-case Monte Carlo cost (particle-steps) a trajectory unit may start; `inf` lifts the bound.
    @Option(name: .customLong("max-particle-steps"),
            help: "Refuse a trajectory unit whose worst case (classes × particle budget × steps to the time limit) is above this many particle-steps (default 2e11; 'inf': no bound).")
    var maxParticleSteps: Double = EvaluationContext.defaultMaxParticleSteps

    /// Rejects a thread count below 1 and a non-positive step bound for both commands (exit 64 with the usage).
    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if !(maxParticleSteps > 0) {
            throw ValidationError("--max-particle-steps must be positive (or inf), got \(maxParticleSteps)")
        }
    }
}
