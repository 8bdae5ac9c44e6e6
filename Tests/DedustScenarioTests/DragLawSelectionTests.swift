import Testing
import Foundation
import DedustScenario
import DedustPhysics
import DedustTrajectories

/// `drag_law:` selects the drag law of the settler correlations and of every trajectory model from the one list
/// `DragLaws.all`; Schiller–Naumann stays the default.
@Suite("Scenario: drag law selection")
struct DragLawSelectionTests {
    static func scenario(_ settler: String) -> String {
        """
        scenario: drag law
        size_grid: {edges: [100 um, 200 um, 400 um]}
        gas: {composition: {air: 1}, flow: 3 m3/s, temperature: 20 degC}
        dust: {loading: 5 g/m3, particle_density: 2500 kg/m3, size_distribution: {class_fractions: [0.5, 0.5]}}
        equipment:
          chamber: {type: gravity_settler, model: laminar, length: 1 m, width: 1 m, height: 2 m\(settler)}
        configurations: {c: {train: [chamber]}}
        """
    }

    static func efficiency(_ yaml: String) throws -> [Double] {
        let s = try ScenarioLoader.parse(yaml, file: "drag.yaml")
        let r = try ScenarioRunner(threads: 1).run(s)
        return r.configurations[0].units[0].gradeEfficiency
    }

    @Test func theDefaultIsSchillerNaumannAndStokesSettlesFaster() throws {
        let byDefault = try Self.efficiency(Self.scenario(""))
        let schiller = try Self.efficiency(Self.scenario(", drag_law: schiller_naumann"))
        let stokes = try Self.efficiency(Self.scenario(", drag_law: stokes"))
        let haider = try Self.efficiency(Self.scenario(", drag_law: haider_levenspiel"))
        #expect(byDefault == schiller)
        // At Re_p of order 1–10 (141 and 283 µm in air) Stokes drag underestimates the drag, so particles settle
        // faster: the laminar chamber's η = v_t A/Q is higher with Stokes than with Schiller–Naumann.
        for k in 0..<2 { #expect(stokes[k] > schiller[k] * 1.1, "class \(k): \(stokes[k]) vs \(schiller[k])") }
        // Haider–Levenspiel and Schiller–Naumann agree within a few per cent in this range.
        for k in 0..<2 { #expect(abs(haider[k] / schiller[k] - 1) < 0.05) }
    }

    @Test func anUnknownLawIsALocatedErrorWithASuggestion() {
        do {
            _ = try ScenarioLoader.parse(Self.scenario(", drag_law: schiller_nauman"), file: "drag.yaml")
            Issue.record("accepted")
        } catch let e as ScenarioValidationError {
            #expect(e.description.contains("drag.yaml:6:"))
            #expect(e.description.contains("unknown drag law \"schiller_nauman\"; did you mean \"schiller_naumann\"?"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func everyRegisteredLawHasADescriptorAndIsAccepted() throws {
        for law in DragLaws.all {
            #expect((type(of: law) as? any DescribedModel.Type)?.descriptor.name == law.name, "\(law.name) has no descriptor")
            _ = try ScenarioLoader.parse(Self.scenario(", drag_law: \(law.name)"), file: "drag.yaml")
        }
    }
}
