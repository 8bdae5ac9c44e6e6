import ArgumentParser

/// The options that control how a scenario is simulated, shared by `dedust run` and `dedust compare`
/// through `@OptionGroup`: the seed of the random streams and the number of worker threads.
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

    /// Rejects a thread count below 1 for both commands (exit 64 with the usage).
    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }
}
