import ArgumentParser

/// `dedust`: run, validate and compare gas-cleaning scenarios.
///
///     dedust validate scenarios/recycle-loop.yaml
///     dedust run scenarios/recycle-loop.yaml --format json --threads 2
///     dedust compare scenarios/recycle-loop.yaml --baseline single_pass
///     dedust models
///
/// Exit codes: 0 success, 1 failed run (or unavailable output format), 2 invalid scenario, 64 usage error
/// (unknown option or subcommand, a missing or malformed argument, `--threads 0`, `--format all` without
/// `--output`; the argument parser's EX_USAGE).
@main
struct Dedust: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "dedust",
        abstract: "Simulate gas–solid separation trains: settlers, cyclones, bag filters.",
        discussion: "Exit codes: 0 success, 1 failed run, 2 invalid scenario file, 64 usage error (bad option or argument).",
        version: version,
        subcommands: [RunCommand.self, ValidateCommand.self, CompareCommand.self, StudyCommand.self, ModelsCommand.self])
}
