import ArgumentParser
import DedustReports
import DedustScenario

/// `dedust compare FILE [--baseline NAME]`: every KPI of every configuration against the baseline.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run a scenario and show every KPI's difference from the baseline configuration.")

    enum Format: String, ExpressibleByArgument { case table, json }

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(help: "Baseline configuration (default: the scenario's `baseline`, else the first).")
    var baseline: String?

    @Option(help: "table or json.")
    var format: Format = .table

    @OptionGroup var simulation: SimulationOptions

    @Flag(help: "No progress bar.")
    var quiet = false

    func run() throws {
        let scenario = try ScenarioInput.load(file)
        let base = baseline ?? scenario.baseline
        guard scenario.configurations.contains(where: { $0.name == base }) else {
            let names = scenario.configurations.map(\.name)
            Terminal.error("error: --baseline \"\(base)\" is not a configuration of \(file) (available: \(names.joined(separator: ", ")))")
            throw ExitCode(2)
        }
        let result = try ScenarioInput.run(scenario, simulation, quiet: quiet)
        switch format {
        case .table: print(TableComparison().render(result, baseline: base), terminator: "")
        case .json: print(JSONComparison().document(result, baseline: base).serialized())
        }
    }
}
