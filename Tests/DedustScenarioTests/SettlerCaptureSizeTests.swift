import Testing
import Foundation
import DedustPhysics
@testable import DedustScenario

/// Issue 18 item 6 (settler point), from scenarios/textbook-settling-chamber.yaml: the laminar chamber's complete
/// capture size is the analytic one — the size whose terminal velocity equals Q/(L W trays) — not a point read off
/// the grade curve; the mixed and dispersion chambers have none.
@Suite("Settler complete capture size")
struct SettlerCaptureSizeTests {
    @Test func laminarHasTheAnalyticSizeAndMixedHasNone() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios/textbook-settling-chamber.yaml")
        let scenario = try ScenarioLoader.load(path: file.path)
        let result = try ScenarioRunner(threads: 1).run(scenario)
        func details(_ name: String) throws -> [String: Double] {
            try #require(result.configurations.first { $0.name == name }?.units.first?.details)
        }
        let air = scenario.gas.model.state(temperature: 293.15, pressure: 101_325)
        let dynamics = ParticleDynamics(particleDensity: 2000, drag: SchillerNaumannDrag())
        // L W = 40 m², Q = 4 m³/s: v_t(d100) = 0.1 m/s; five trays: 0.02 m/s.
        for (name, vt) in [("laminar", 0.1), ("howard_five_trays", 0.02)] {
            let d100 = try #require(try details(name)["complete_capture_size_m"])
            #expect(abs(dynamics.terminalVelocity(diameter: d100, gas: air) / vt - 1) < 1e-10, "\(name)")
        }
        // Stokes: √(18 μ Q/(g L W ρ_p)) = 40.7 µm; Schiller–Naumann drag (Re ≈ 0.28) makes it a little larger.
        let d100 = try details("laminar")["complete_capture_size_m"] ?? 0
        #expect(d100 > 40.7e-6 && d100 < 42.5e-6)
        #expect(try details("mixed")["complete_capture_size_m"] == nil)
        #expect(try details("dispersion")["complete_capture_size_m"] == nil)
    }
}
