import ArgumentParser
import Foundation
import DedustScenario

/// `dedust run FILE`: validate, run every configuration, and write the report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every configuration of a scenario and report the results.",
        discussion: """
            Without --output the report goes to stdout (one format at a time; csv: every table as one long-format \
            table, one observation per row). With --output DIR each format \
            is written to DIR/<scenario file name>.<ext> (csv: one file per table, <name>-units.csv, …); \
            --format all prints the table and writes json, csv and html into DIR. A failed run prints the error to stderr, writes no \
            report and exits 1; an invalid scenario exits 2; a usage error (unknown option, --format all without \
            --output, --threads 0) exits 64.
            """)

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(help: "Report format: table, json, csv, html or all.")
    var format: OutputFormat = .table

    @Option(help: "Directory to write the report files into (created if missing).")
    var output: String?

    @OptionGroup var simulation: SimulationOptions

    @Flag(help: "No progress bar and no file list on stderr.")
    var quiet = false

    @Flag(name: .customLong("omit-timings"),
          help: "Leave wall-clock times (statistics.wall_time_s) out of the JSON, for byte-for-byte comparisons.")
    var omitTimings = false

    func validate() throws {
        if format == .all && output == nil { throw ValidationError("--format all needs --output DIR") }
    }

    func run() throws {
        for f in format.expanded where f.writer(omitTimings: omitTimings) == nil {
            Terminal.error("error: the \(f.rawValue) report format is not available in this build")
            throw ExitCode(1)
        }
        let scenario = try ScenarioInput.load(file)
        let result = try ScenarioInput.run(scenario, simulation, quiet: quiet)
        let spread = try modelSpread(scenario)
        var writers: [(OutputFormat, any ReportWriter)] = []
        for f in format.expanded {
            if let w = f.writer(omitTimings: omitTimings, spread: spread) { writers.append((f, w)) }
        }
        var files: [ReportFile] = []
        var terminalTable = ""
        do {
            for (f, w) in writers {
                let produced = try w.files(result)
                // `--format all`: the table goes to the terminal (after the files are written), the other
                // formats into --output.
                if format == .all && f == .table {
                    terminalTable = produced.map(\.contents).joined()
                } else {
                    files += produced
                }
            }
        } catch {
            Terminal.error("error: writing the report failed: \(error)")
            throw ExitCode(1)
        }
        guard let output else {
            // One format on stdout (--format all needs --output): its writer's stdout form (csv: one long table).
            let text: String
            do {
                text = try writers.map { try $0.1.standardOutput(result) }.joined()
            } catch {
                Terminal.error("error: writing the report failed: \(error)")
                throw ExitCode(1)
            }
            print(text, terminator: "")
            return
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        try ReportFile.write(files, into: output, stem: stem, quiet: quiet)
        print(terminalTable, terminator: "")
    }

    /// The model-spread study the scenario asks for (`model_spread:`), or nil. A failure exits 1.
    private func modelSpread(_ scenario: Scenario) throws -> ModelSpreadResult? {
        guard scenario.modelSpread != nil else { return nil }
        do {
            var runner = ModelSpreadRunner(threads: simulation.threads, seed: simulation.seed)
            runner.maxParticleSteps = simulation.maxParticleSteps
            return try runner.run(scenario)
        } catch {
            Terminal.error("error: model spread failed: \(error)")
            throw ExitCode(1)
        }
    }
}
