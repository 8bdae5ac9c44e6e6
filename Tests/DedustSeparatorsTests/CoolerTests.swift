import Foundation
import Testing
import DedustPhysics
@testable import DedustSeparators

@Suite("Gas cooler")
struct CoolerTests {
    let context = EvaluationContext()
    let inlet = SettlerFixtures.inlet(flow: 3.6, temperature: 873.15, concentration: 0)

    @Test("given outlet temperature: heat removed = ṁ∫c_p dT, flow shrinks with T, no separation")
    func givenOutlet() throws {
        let r = try GasCooler(duty: .outletTemperature(523.15), pressureDrop: .fixed(300)).evaluate(inlet, context: context)
        #expect(r.outletTemperature == 523.15)
        #expect(r.pressureDrop == 300)
        #expect(r.gradeEfficiency.allSatisfy { $0 == 0 })
        // scipy.integrate.quad of the diatomic c_p (θ_v = 3122 K, M = 26.27 g/mol) from 523.15 to 873.15 K:
        // 413 640.58 J/kg; ṁ = 3.6 · 0.366652 kg/s.
        let heat = try #require(r.details["heat_removed_W"])
        #expect(abs(heat - 3.6 * 0.366651648 * 413_640.58) < 1e-5 * heat)
        #expect(abs((r.details["outlet_volumetric_flow_m3_per_s"] ?? 0) - 3.6 * 523.15 / 873.15) < 1e-12)
        // Dust heat capacity adds ṁ_d c_d ΔT.
        let dusty = try GasCooler(duty: .outletTemperature(523.15), pressureDrop: .fixed(300), gasHeatCapacity: .constant(1100))
            .evaluate(SettlerFixtures.inlet(concentration: 0.1), context: context)
        let expected = 3.6 * 0.366651648 * 1100 * 350 + 0.36 * 850 * 350
        #expect(abs((dusty.details["heat_removed_W"] ?? 0) - expected) < 1e-6 * expected)
    }

    @Test("UA model with fouling: exponential approach to ambient; fouling cools less")
    func heatTransfer() throws {
        let cp = 1150.0
        let clean = WallHeatTransfer(area: 200, overallCoefficient: 20, foulingResistance: 0, ambientTemperature: 303.15)
        var fouled = clean
        fouled.foulingResistance = 0.05
        func run(_ wall: WallHeatTransfer) throws -> SeparatorResult {
            try GasCooler(duty: .heatTransfer(wall), pressureDrop: .fixed(0), gasHeatCapacity: .constant(cp))
                .evaluate(inlet, context: context)
        }
        let rc = try run(clean), rf = try run(fouled)
        let c = 3.6 * 0.366651648 * cp
        let tClean = 303.15 + 570 * exp(-20 * 200 / c)
        let tFouled = 303.15 + 570 * exp(-(1 / (1 / 20.0 + 0.05)) * 200 / c)
        #expect(abs(rc.outletTemperature - tClean) < 1e-6)
        #expect(abs(rf.outletTemperature - tFouled) < 1e-6)
        #expect(rf.outletTemperature > rc.outletTemperature)
        #expect(abs((rc.details["heat_removed_W"] ?? 0) - c * (873.15 - tClean)) < 1e-3)
    }

    @Test("pressure drop from a loss coefficient at the mean state; deposition only when asked")
    func pressureDropAndDeposition() throws {
        let cooler = GasCooler(duty: .outletTemperature(523.15), pressureDrop: .lossCoefficient(4, flowArea: 0.25),
                               deposition: .settling(area: 20))
        let r = try cooler.evaluate(SettlerFixtures.inlet(concentration: 0.05), context: context)
        let meanGas = SettlerFixtures.carbideGas.state(temperature: 698.15, pressure: 101_325)
        let qMean = 3.6 * 698.15 / 873.15
        #expect(abs(r.pressureDrop - 4 * 0.5 * meanGas.density * (qMean / 0.25) * (qMean / 0.25)) < 1e-9)
        let dyn = ParticleDynamics(particleDensity: 2200)
        for (x, eta) in zip(SettlerFixtures.grid.means, r.gradeEfficiency) {
            #expect(abs(eta - (1 - exp(-dyn.terminalVelocity(diameter: x, gas: meanGas) * 20 / qMean))) < 1e-12)
        }
        let fixed = try GasCooler(duty: .outletTemperature(523.15), pressureDrop: .fixed(0), deposition: .fixedFraction(0.1))
            .evaluate(inlet, context: context)
        #expect(fixed.gradeEfficiency.allSatisfy { $0 == 0.1 })
    }

    @Test("warnings: heating instead of cooling, below the dew point")
    func warnings() throws {
        let hot = try GasCooler(duty: .outletTemperature(900), pressureDrop: .fixed(0)).evaluate(inlet, context: context)
        #expect(hot.warnings.contains { $0.contains("heats the gas") })
        let cold = try GasCooler(duty: .outletTemperature(453.15), pressureDrop: .fixed(0), minimumTemperature: 473.15)
            .evaluate(inlet, context: context)
        #expect(cold.warnings.contains { $0.contains("dew point") })
    }
}
