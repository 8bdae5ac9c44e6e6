import Testing
import DedustScenario

/// The two `[size, value]` tables of a scenario — the dust's `cumulative_undersize` and a specified unit's
/// `grade_efficiency` — report every bad row at the row or the cell, in file order, with the same words.
@Suite("Size tables: row diagnostics")
struct SizeTableRowTests {
    private func diagnostics(_ text: String) -> [String] {
        do {
            _ = try ScenarioLoader.parse(text, file: "pairs.yaml")
            Issue.record("the scenario must be rejected")
            return []
        } catch let e as ScenarioValidationError {
            return e.diagnostics.map(\.description)
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    private static func scenario(table: String, efficiencies: String) -> String {
        """
        scenario: pairs
        gas: {composition: {air: 1}, flow: 1000 Nm3/h, temperature: 20 degC}
        dust:
          loading: 1 g/Nm3
          particle_density: 2000 kg/m3
          size_distribution:
            cumulative_undersize: \(table)
        equipment:
          vendor: {type: specified, model: table, grade_efficiency: \(efficiencies)}
        configurations:
          base: {train: [vendor]}

        """
    }

    /// A scalar row, a row of 3 and of 1 values, a repeated and a falling size, a falling fraction, a negative
    /// size and fractions outside [0, 1]: each reported once, where it is, and the tables read to the end.
    @Test func everyBadRowIsReportedAtItsPlace() {
        let text = Self.scenario(
            table: "[[1 um, 0], 5 um, [2 um, 0.3, 1], [3 um, 0.5], [3 um, 0.4], [-4 um, 0.6], [6 um, 1.5], [8 um, 1]]",
            efficiencies: "[[1 um, 0.2], [1 um, 0.5], 7, [2 um], [0.5 um, 0.1], [3 um, 2]]")
        let t = "dust.size_distribution.cumulative_undersize"
        let g = "equipment.vendor.grade_efficiency"
        #expect(diagnostics(text) == [
            "pairs.yaml:7:39: error: \(t)[1]: expected a pair [size, cumulative fraction], found the value \"5 um\"",
            "pairs.yaml:7:45: error: \(t)[2]: expected a pair [size, cumulative fraction], found 3 values",
            "pairs.yaml:7:75: error: \(t)[4][0]: sizes must increase from row to row; 3e-06 m follows 3e-06 m",
            "pairs.yaml:7:81: error: \(t)[4][1]: the cumulative undersize must not decrease; 0.4 follows 0.5",
            "pairs.yaml:7:88: error: \(t)[5][0]: \"-4 um\" must be positive",
            "pairs.yaml:7:108: error: \(t)[6][1]: \"1.5\" is out of range; expected a value in [0, 1]",
            "pairs.yaml:9:76: error: \(g)[1][0]: sizes must increase from row to row; 1e-06 m follows 1e-06 m",
            "pairs.yaml:9:88: error: \(g)[2]: expected a pair [size, efficiency], found the value \"7\"",
            "pairs.yaml:9:91: error: \(g)[3]: expected a pair [size, efficiency], found 1 values",
            "pairs.yaml:9:100: error: \(g)[4][0]: sizes must increase from row to row; 5e-07 m follows 1e-06 m",
            "pairs.yaml:9:121: error: \(g)[5][1]: \"2\" is out of range; expected a value in [0, 1]",
        ])
    }

    @Test func notAListAndAnEmptyTable() {
        let t = "dust.size_distribution.cumulative_undersize"
        let g = "equipment.vendor.grade_efficiency"
        #expect(diagnostics(Self.scenario(table: "7", efficiencies: "3")) == [
            "pairs.yaml:7:27: error: \(t): expected a list of [size, cumulative fraction] pairs, found the value \"7\"",
            "pairs.yaml:9:61: error: \(g): expected a list of [size, efficiency] pairs, found the value \"3\"",
        ])
        #expect(diagnostics(Self.scenario(table: "7", efficiencies: "[]")) == [
            "pairs.yaml:7:27: error: \(t): expected a list of [size, cumulative fraction] pairs, found the value \"7\"",
            "pairs.yaml:9:61: error: \(g): the grade-efficiency table is empty; give at least one [size, efficiency] pair",
        ])
    }
}
