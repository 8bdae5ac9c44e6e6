import ArgumentParser
import DedustScenario

/// `dedust validate FILE`: report every problem of a scenario file with file:line:column, or confirm it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file; print every error with file:line:column (exit 2 if invalid).")

    @Argument(help: "Scenario file (YAML).")
    var file: String

    func run() throws {
        let scenario = try ScenarioInput.load(file)
        let units = scenario.configurations.map { $0.flowsheet.units.count }.reduce(0, +)
        print("\(file): valid — \(scenario.configurations.count) configuration(s), \(scenario.equipment.count) "
              + "equipment, \(units) unit instance(s), \(scenario.limits.count) limit(s), \(scenario.grid.count) size classes")
    }
}
