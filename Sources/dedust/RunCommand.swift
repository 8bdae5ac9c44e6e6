import ArgumentParser
import Foundation
import DedustScenario

/// `dedust run FILE`: validate, run every configuration, and write the report.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every configuration of a scenario and report the results.",
        discussion: """
            Without --output the report goes to stdout (one format at a time). With --output DIR each format \
            is written to DIR/<scenario file name>.<ext>. A failed run prints the error to stderr, writes no \
            report and exits 1; an invalid scenario exits 2.
            """)

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(help: "Report format: table, json, csv, html or all.")
    var format: OutputFormat = .table

    @Option(help: "Directory to write the report files into (created if missing).")
    var output: String?

    @Option(help: "Seed for every random stream (overrides the scenario's seed).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Flag(help: "No progress bar and no file list on stderr.")
    var quiet = false

    @Flag(name: .customLong("omit-timings"),
          help: "Leave wall-clock times (statistics.wall_time_s) out of the JSON, for byte-for-byte comparisons.")
    var omitTimings = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if format == .all && output == nil { throw ValidationError("--format all needs --output DIR") }
    }

    func run() throws {
        var writers: [(OutputFormat, any ReportWriter)] = []
        for f in format.expanded {
            guard let w = f.writer(omitTimings: omitTimings) else {
                Terminal.error("error: the \(f.rawValue) report format is not available yet in this build "
                               + "(available: table, json)")
                throw ExitCode(1)
            }
            writers.append((f, w))
        }
        let scenario = try ScenarioInput.load(file)
        let result = try ScenarioInput.run(scenario, threads: threads, seed: seed, quiet: quiet)
        var files: [ReportFile] = []
        do {
            for (_, w) in writers { files += try w.files(result) }
        } catch {
            Terminal.error("error: writing the report failed: \(error)")
            throw ExitCode(1)
        }
        guard let output else {
            print(files.map(\.contents).joined(), terminator: "")
            return
        }
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for f in files {
                let path = URL(fileURLWithPath: output).appendingPathComponent(stem + f.suffix).path
                try f.contents.write(toFile: path, atomically: true, encoding: .utf8)
                if !quiet { Terminal.error("wrote \(path)") }
            }
        } catch {
            Terminal.error("error: cannot write the report into \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
