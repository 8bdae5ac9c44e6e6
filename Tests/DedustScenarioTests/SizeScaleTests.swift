import Testing
import DedustScenario

/// `size_scale` on a cumulative table multiplies every size and tail: the same discretised fractions as the table
/// written with the scaled sizes, and a path a study can set.
@Suite struct SizeScaleTests {
    func scenario(_ distribution: String) -> String {
        """
        scenario: size scale
        size_grid: {from: 0.5 um, to: 500 um, classes: 30}
        gas: {composition: {air: 1}, flow: 1 m3/s, temperature: 20 degC}
        dust:
          loading: 1 g/m3
          particle_density: 2000 kg/m3
          size_distribution: \(distribution)
        equipment: {a: {type: specified, model: constant, efficiency: 0.5}}
        configurations: {one: {train: [a]}}
        """
    }

    @Test func scaledTableEqualsTheTableWithScaledSizes() throws {
        let scaled = try ScenarioLoader.parse(scenario(
            "{cumulative_undersize: [[5 um, 0.1], [10 um, 0.4], [50 um, 0.9], [100 um, 1]], below: 1 um, size_scale: 1.5}"),
            file: "a.yaml")
        let written = try ScenarioLoader.parse(scenario(
            "{cumulative_undersize: [[7.5 um, 0.1], [15 um, 0.4], [75 um, 0.9], [150 um, 1]], below: 1.5 um}"), file: "b.yaml")
        let a = scaled.dust.classFractions, b = written.dust.classFractions
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) { #expect(abs(x - y) <= 1e-12, "\(x) vs \(y)") }
    }

    @Test func sizeScaleIsAPathAndIsChecked() throws {
        let text = scenario("{cumulative_undersize: [[5 um, 0.1], [10 um, 0.4], [50 um, 0.9], [100 um, 1]], below: 1 um}")
        let doc = try ScenarioDocument.parse(text, file: "s.yaml")
        #expect(try doc.value(at: "dust.size_distribution.size_scale").isDefault)
        let moved = try doc.setting("dust.size_distribution.size_scale", to: "1.2")
        #expect(moved.scenario.dust.classFractions != doc.scenario.dust.classFractions)
        #expect(throws: ParameterPathError.self) { try doc.setting("dust.size_distribution.size_scale", to: "20") }
        #expect(throws: ScenarioValidationError.self) {
            try ScenarioLoader.parse(scenario("{log_normal: {median: 10 um, geometric_std: 2}, size_scale: 2}"), file: "c.yaml")
        }
    }
}
