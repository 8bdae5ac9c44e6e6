import Testing
import DedustScenario
import DedustTrajectories

/// `wall_deposition` of the cyclone trajectory models reaches the flow fields, and a wrong value is located.
@Suite("Scenario: trajectory wall deposition")
struct TrajectoryWallDepositionOptionTests {
    static func scenario(_ option: String) -> String {
        """
        scenario: wall
        gas: {composition: {air: 1}, flow: 5000 m3/h, temperature: 20 degC}
        dust: {loading: 1 g/m3, particle_density: 2000 kg/m3, size_distribution: {rosin_rammler: {d63: 5 um, n: 1}}}
        equipment:
          c: {type: cyclone, geometry: stairmand_he, diameter: 0.5 m, model: trajectory\(option)}
          cc: {type: circulating_cyclone, diameter: 1 m, model: trajectory\(option)}
        configurations:
          one: {train: [c]}
          two: {train: [cc]}

        """
    }

    @Test func defaultAndOnContactReachTheModels() throws {
        for (option, expected) in [("", CycloneWallDeposition.centrifugalDrift),
                                   (", wall_deposition: centrifugal_drift", .centrifugalDrift),
                                   (", wall_deposition: on_contact", .onContact)] {
            let s = try ScenarioLoader.parse(Self.scenario(option), file: "wall.yaml")
            let c = try #require(s.equipment.first { $0.name == "c" }?.separator as? TrajectoryCyclone)
            let cc = try #require(s.equipment.first { $0.name == "cc" }?.separator as? TrajectoryCirculatingCyclone)
            #expect(c.wallDeposition == expected)
            #expect(cc.wallDeposition == expected)
        }
    }

    @Test func unknownValueIsLocated() {
        do {
            _ = try ScenarioLoader.parse(Self.scenario(", wall_deposition: sticky"), file: "wall.yaml")
            Issue.record("an unknown wall_deposition was accepted")
        } catch let error as ScenarioValidationError {
            let d = error.diagnostics.filter { $0.path.hasSuffix("wall_deposition") }
            #expect(d.count == 2)  // both units
            #expect(d.first?.line == 5)
            #expect(d.first?.message.contains("unknown wall deposition \"sticky\"") == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
