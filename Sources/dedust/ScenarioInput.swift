import ArgumentParser
import Foundation
import DedustScenario

/// Loading a scenario for any subcommand: invalid files print every located error to stderr and exit 2; a valid
/// file's warnings (implausible values with units, dust outside the size grid) go to stderr, located, and on
/// into the report as unit warnings.
enum ScenarioInput {
    static func load(_ path: String) throws -> Scenario {
        do {
            let scenario = try ScenarioLoader.load(path: path)
            for w in scenario.warnings { Terminal.error(w.description) }
            return scenario
        } catch let error as ScenarioValidationError {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Runs `scenario`; a failed run prints the error to stderr and exits 1 (no partial report is printed).
    static func run(_ scenario: Scenario, _ simulation: SimulationOptions, quiet: Bool) throws -> ScenarioResult {
        let bar = ProgressBar(enabled: !quiet && Terminal.stderrIsTerminal)
        var runner = ScenarioRunner(threads: simulation.threads, seed: simulation.seed)
        runner.maxParticleSteps = simulation.maxParticleSteps
        runner.progress = { bar.update($0) }
        defer { bar.finish() }
        do {
            return try runner.run(scenario)
        } catch {
            bar.finish()
            Terminal.error("error: run failed: \(error)")
            throw ExitCode(1)
        }
    }
}

/// stderr helpers.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
