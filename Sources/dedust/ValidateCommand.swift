import ArgumentParser
import DedustScenario
import DedustPhysics

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
              + "equipment, \(units) unit instance(s), \(scenario.limits.count) limit(s), \(scenario.grid.count) size classes"
              + outsideGrid(scenario))
    }

    /// The dust the size distribution puts outside the grid, counted in the end classes (empty when none).
    private func outsideGrid(_ scenario: Scenario) -> String {
        let d = scenario.dust, e = scenario.grid.edges
        func part(_ f: Double, _ side: String, _ edge: Double, _ cls: String) -> String? {
            f > 0 ? "\(Units.formatNumber(f * 100, significantDigits: 3)) % \(side) \(Units.formatNumber(edge * 1e6)) um "
                + "(counted in the \(cls) class)" : nil
        }
        let parts = [part(d.massBelowGrid, "below", e[0], "first"), part(d.massAboveGrid, "above", e[e.count - 1], "last")]
            .compactMap { $0 }
        return parts.isEmpty ? "" : "; dust outside the grid: " + parts.joined(separator: ", ")
    }
}
