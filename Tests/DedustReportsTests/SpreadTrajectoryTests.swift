import Testing
import DedustPhysics
import DedustSeparators
import DedustTrajectories
import DedustScenario
@testable import DedustReports

@Suite struct SpreadTrajectoryTests {
    /// With `include_trajectory` each spread cyclone gains a trajectory member: the engine's own
    /// `TrajectoryCyclone` on the same geometry, evaluated with the unit's random streams (so it equals a direct
    /// evaluation on the same inlet and context), with its 95 % band and Monte Carlo statistics, and never
    /// marked as the configured model.
    @Test func trajectoryMemberIsTheEngineOnTheSameInlet() throws {
        let scenario = try ReportFixture.scenario(spread: "model_spread: {units: [cyclone], include_trajectory: true}")
        // Few particles (the engine's accuracy is tested in DedustTrajectoriesTests; this checks the wiring).
        let settings = TrajectorySettings(particlesPerClass: 64, ciHalfWidth: 0.2, maxParticlesPerClass: 64)
        let spread = try ModelSpreadRunner(threads: 1, trajectoryVariant: { c in
            TrajectoryCyclone(geometry: c.geometry, count: c.count, pressureDropModel: c.pressureDropModel, settings: settings)
        }).run(scenario)
        #expect(spread.failures.isEmpty)
        let u = try #require(spread.units.first { $0.configuration == "cyclone_only" })
        let t = try #require(u.entries.first { $0.kind == .trajectory })
        #expect(t.model == "trajectory" && !t.configured)
        let lo = try #require(t.confidenceLow), hi = try #require(t.confidenceHigh)
        for i in t.gradeEfficiency.indices { #expect(lo[i] <= t.gradeEfficiency[i] && t.gradeEfficiency[i] <= hi[i]) }
        #expect((t.wallTime ?? -1) >= 0)

        // Independent evaluation: the cyclone is the first unit of cyclone_only, so its inlet is the feed.
        let feed = scenario.feed, gas = scenario.gas.model
        let inlet = SeparatorInlet(gas: gas, temperature: feed.stream.temperature, pressure: feed.stream.pressure,
                                   volumetricFlow: feed.stream.actualFlow(gas),
                                   dustConcentration: feed.stream.actualConcentration(gas), particleDensity: 2200,
                                   grid: scenario.grid, massFractions: feed.stream.massFractions)
        let direct = try TrajectoryCyclone(geometry: .standard(.stairmandHE, diameter: 2.3),
                                           pressureDropModel: MuschelknautzPressureDrop(),
                                           settings: settings)
            .evaluate(inlet, context: EvaluationContext(seed: 5, configurationIndex: 0, unitIndex: 0, threads: 1))
        #expect(t.gradeEfficiency == direct.gradeEfficiency)
        #expect(abs(t.efficiency - direct.totalEfficiency(massFractions: inlet.massFractions)) < 1e-12)
        // At 0.13 kg/kg the loading limit separates most dust en masse: every class at least that fraction.
        let etaL = try #require(direct.details["en_masse_efficiency"])
        #expect(etaL > 0.5 && t.gradeEfficiency.allSatisfy { $0 >= etaL - 1e-12 })
        // Reports name it.
        let result = try ReportFixture.run(scenario)
        #expect(HTMLReport(toolVersion: "t", spread: spread).render(result).contains(">trajectory<"))
    }
}
