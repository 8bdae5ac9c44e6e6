import DedustNumerics
import DedustPhysics
import DedustSeparators
import Foundation
import Testing
@testable import DedustTrajectories

@Suite("Trajectory separator models")
struct TrajectoryModelTests {
    static func inlet(flow: Double, concentration: Double = 0, density: Double = 2000,
                      grid: SizeGrid) -> SeparatorInlet {
        SeparatorInlet(gas: SutherlandGas.air, temperature: 293.15, pressure: 101_325, volumetricFlow: flow,
                       dustConcentration: concentration, particleDensity: density, grid: grid,
                       massFractions: [Double](repeating: 1 / Double(grid.count), count: grid.count))
    }

    @Test("trajectory cyclone: MM-VDI flow field, cut size within ±30 % of MM-VDI, ΔP from the correlation")
    func cyclone() throws {
        let grid = try SizeGrid.logSpaced(from: 0.8e-6, to: 8e-6, classes: 12)
        let g = CycloneGeometry.standard(.stairmandHE, diameter: 0.305)
        let model = TrajectoryCyclone(geometry: g, dispersion: .none,
                                      settings: TrajectorySettings(particlesPerClass: 300, ciHalfWidth: 0.05,
                                                                   maxParticlesPerClass: 300))
        let inlet = Self.inlet(flow: 0.1395, grid: grid)
        let result = try model.evaluate(inlet, context: EvaluationContext(seed: 5, threads: 2))
        let base = try model.correlation.evaluate(inlet, context: EvaluationContext())
        #expect(model.unitType == "cyclone" && model.modelName == "trajectory" && result.model == "trajectory")
        #expect(result.pressureDrop == base.pressureDrop)
        let mm = try #require(base.details["cut_size_m"])
        let x50 = try #require(result.details["trajectory_cut_size_m"])
        #expect(abs(x50 / mm - 1) < 0.3, "trajectory \(x50) m, MM-VDI \(mm) m")
        let low = try #require(result.confidenceLow), high = try #require(result.confidenceHigh)
        for i in 0..<grid.count { #expect(low[i] <= result.gradeEfficiency[i] && result.gradeEfficiency[i] <= high[i]) }
        let stats = try #require(result.statistics)
        let particles = try #require(stats[key: "particles"]), steps = try #require(stats[key: "particle_steps"])
        #expect(particles == 300 * grid.count && steps > particles && stats[key: "undecided"] == 0)
    }

    @Test("trajectory cyclone composes the mass-loading limit: η ≥ η_L in every class")
    func loadingLimit() throws {
        let grid = try SizeGrid.logSpaced(from: 0.5e-6, to: 50e-6, classes: 8)
        let model = TrajectoryCyclone(geometry: .standard(.stairmandHE, diameter: 0.305), dispersion: .none,
                                      settings: TrajectorySettings(particlesPerClass: 256, maxParticlesPerClass: 256))
        let result = try model.evaluate(Self.inlet(flow: 0.1395, concentration: 0.05, grid: grid),
                                        context: EvaluationContext(seed: 1))
        let etaL = try #require(result.details["en_masse_efficiency"])
        #expect(etaL > 0.5)  // 42 g/kg is far above the MM limit
        #expect(result.gradeEfficiency.allSatisfy { $0 >= etaL })
    }

    @Test("trajectory settler: dispersion off gives the laminar law at the chamber's flow")
    func settler() throws {
        let grid = try SizeGrid.logSpaced(from: 10e-6, to: 80e-6, classes: 6)
        let chamber = GravitySettler(length: 4, width: 1, height: 2, trays: 2, mixing: .laminar)
        let model = TrajectorySettler(chamber: chamber, dispersion: .none,
                                      settings: TrajectorySettings(particlesPerClass: 800, maxParticlesPerClass: 800))
        let result = try model.evaluate(Self.inlet(flow: 1.0, grid: grid), context: EvaluationContext(seed: 2))
        let dyn = ParticleDynamics(particleDensity: 2000)
        let gas = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)
        for (i, d) in grid.means.enumerated() {
            let laminar = min(1, dyn.terminalVelocity(diameter: d, gas: gas) * 4 * 1 * 2 / 1.0)  // N = 2 trays
            let low = try #require(result.confidenceLow)[i], high = try #require(result.confidenceHigh)[i]
            #expect(low - 0.02 <= laminar && laminar <= high + 0.02, "x = \(d): \(result.gradeEfficiency[i]) vs \(laminar)")
        }
        #expect(model.unitType == "gravity_settler" && model.modelName == "trajectory")
    }

    @Test("circulating cyclone: Alexander exponent matches physics.md §1.6; evaluation returns a rising curve")
    func circulating() throws {
        #expect(abs(TrajectoryCirculatingCyclone.alexanderExponent(diameter: 0.305, temperature: 293) - 0.5628) < 1e-4)
        #expect(abs(TrajectoryCirculatingCyclone.alexanderExponent(diameter: 1, temperature: 293) - 0.6665) < 1e-4)
        let grid = try SizeGrid.logSpaced(from: 1e-6, to: 30e-6, classes: 5)
        let model = TrajectoryCirculatingCyclone(diameter: 1,
                                                 settings: TrajectorySettings(particlesPerClass: 256,
                                                                              maxParticlesPerClass: 256))
        let result = try model.evaluate(Self.inlet(flow: 1.5, grid: grid), context: EvaluationContext(seed: 4))
        #expect(model.unitType == "circulating_cyclone" && result.model == "trajectory")
        #expect(result.gradeEfficiency.last ?? 0 > 0.9 && result.gradeEfficiency.first ?? 1 < result.gradeEfficiency.last ?? 0)
        #expect(result.pressureDrop > 0 && result.pressureDrop.isFinite)
        #expect((result.details["passes_per_particle"] ?? 0) > 0)
    }
}
