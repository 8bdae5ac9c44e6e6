import Foundation
import Testing
import DedustPhysics
@testable import DedustSeparators

@Suite("Inertial baffles")
struct BaffleTests {
    let context = EvaluationContext()

    @Test("impaction curve passes through the published Stk50 (0.24 round, 0.59 slot)")
    func impactionCurve() {
        for shape in ImpactionCurve.Shape.allCases {
            let c = ImpactionCurve(shape: shape)
            #expect(abs(c.efficiency(stokes: shape.cutStokesNumber) - 0.5) < 1e-15)
            #expect(c.efficiency(stokes: 10 * shape.cutStokesNumber) > 0.98)
            #expect(c.efficiency(stokes: 0.1 * shape.cutStokesNumber) < 0.02)
        }
        #expect(ImpactionCurve.Shape.round.cutStokesNumber == 0.24)
        #expect(ImpactionCurve.Shape.slot.cutStokesNumber == 0.59)
        // physics.md §3.5 [C]: 600 °C gas (μ = 3.73e-5), ρ_p = 2200, 50 mm round holes at 10 m/s → d50 ≈ 13.5 µm;
        // 19.1 µm at 5 m/s or with 100 mm holes (C_c = 1 in that calculation).
        func d50(_ u: Double, _ w: Double) -> Double { (9 * 3.73e-5 * w * 0.24 / (2200 * u)).squareRoot() }
        #expect(abs(d50(10, 0.05) * 1e6 - 13.5) < 0.05)
        #expect(abs(d50(5, 0.05) * 1e6 - 19.1) < 0.05)
        #expect(abs(d50(10, 0.10) * 1e6 - 19.1) < 0.05)
        let stk = ImpactionCurve.stokesNumber(diameter: d50(10, 0.05), particleDensity: 2200, slip: 1,
                                              viscosity: 3.73e-5, jetVelocity: 10, jetWidth: 0.05)
        #expect(abs(stk - 0.24) < 1e-12)
    }

    @Test("Idelchik perforated-plate loss coefficient")
    func plateLoss() {
        // ζ = [0.707(1−φ)^0.375 + 1 − φ]²/φ² evaluated by hand: φ = 0.3 → 19.32; φ = 0.1 → 249.5; φ = 0.5 → 4.370.
        #expect(abs(PerforatedPlateLoss.coefficient(openAreaRatio: 0.3) - 19.32) < 0.01)
        #expect(abs(PerforatedPlateLoss.coefficient(openAreaRatio: 0.1) - 249.5) < 0.1)
        #expect(abs(PerforatedPlateLoss.coefficient(openAreaRatio: 0.5) - 4.370) < 0.005)
        #expect(PerforatedPlateLoss.coefficient(openAreaRatio: 1) == 0)
    }

    @Test("perforated plate: 50 mm round holes at 10 m/s in 600 °C gas give a jet cut size ≈ 13.5 µm")
    func plateCutSize() throws {
        // φ = 0.3 and plate area chosen so the jets run at 10 m/s: w = 3 m/s, plate 1.2 m² at Q = 3.6 m³/s.
        let baffle = PerforatedBaffle(plateArea: 1.2, zones: [PerforationZone(openAreaRatio: 0.3, holeSize: 0.05)],
                                      target: .downstreamWall)
        let inlet = SettlerFixtures.inlet()
        let r = try baffle.evaluate(inlet, context: context)
        #expect(abs((r.details["zone1_jet_velocity_m_per_s"] ?? 0) - 10) < 1e-9)
        let x50 = try #require(r.details["zone1_jet_cut_size_m"])
        #expect(abs(x50 * 1e6 - 13.5) < 0.35)          // slip lowers it by up to ≈ 2 % from the C_c = 1 value
        // Grade curve = the sigmoid at the slip-corrected Stokes number of each class mean.
        let gas = inlet.gasState
        let dyn = ParticleDynamics(particleDensity: 2200)
        for (i, x) in inlet.grid.means.enumerated() {
            let stk = 2200 * dyn.slipCorrection(diameter: x, gas: gas) * x * x * 10 / (9 * gas.viscosity * 0.05)
            #expect(abs(r.gradeEfficiency[i] - 1 / (1 + (0.24 / stk) * (0.24 / stk))) < 1e-12)
        }
        // ΔP = ζ(0.3) ½ρw².
        #expect(abs(r.pressureDrop - 19.32 * 0.5 * gas.density * 9) < 0.01 * r.pressureDrop)
        // A single plate catches on its web: the curve is capped at 1 − φ.
        let web = try PerforatedBaffle(plateArea: 1.2, zones: [PerforationZone(openAreaRatio: 0.3, holeSize: 0.05)])
            .evaluate(inlet, context: context)
        for i in web.gradeEfficiency.indices { #expect(abs(web.gradeEfficiency[i] - 0.7 * r.gradeEfficiency[i]) < 1e-12) }
    }

    @Test("non-uniform plate: zones share one ΔP, flows add up, the more open zone takes more gas")
    func zones() throws {
        let zones = [PerforationZone(areaShare: 0.4, openAreaRatio: 0.2, holeSize: 0.03),
                     PerforationZone(areaShare: 0.6, openAreaRatio: 0.4, holeSize: 0.06, shape: .slot)]
        let baffle = PerforatedBaffle(plateArea: 12, zones: zones)
        let rho = 0.3667
        let split = baffle.flowSplit(flow: 3.6, density: rho)
        #expect(abs(split.shares.reduce(0, +) - 1) < 1e-12)
        for (k, z) in zones.enumerated() {
            let dp = PerforatedPlateLoss.coefficient(openAreaRatio: z.openAreaRatio) * 0.5 * rho
                * split.approachVelocities[k] * split.approachVelocities[k]
            #expect(abs(dp - split.pressureDrop) < 1e-12 * dp)
            #expect(abs(split.approachVelocities[k] * z.areaShare * 12 - split.shares[k] * 3.6) < 1e-12)
        }
        #expect(split.approachVelocities[1] > split.approachVelocities[0])
        let r = try baffle.evaluate(SettlerFixtures.inlet(), context: context)
        #expect(r.details["zone2_flow_share"] != nil && r.details["zone2_jet_cut_size_m"] != nil)
    }

    @Test("a settler carrying a baffle: penetrations multiply per class and pressure drops add")
    func settlerWithBaffle() throws {
        let inlet = SettlerFixtures.inlet()
        let baffle = PerforatedBaffle(plateArea: 12, zones: [PerforationZone(openAreaRatio: 0.1, holeSize: 0.015)])
        let bare = GravitySettler(length: 9, width: 3, height: 4, mixing: .mixed)
        var carrying = bare
        carrying.baffle = baffle
        let s = try bare.evaluate(inlet, context: context)
        let b = try baffle.evaluate(inlet, context: context)
        let both = try carrying.evaluate(inlet, context: context)
        for i in inlet.grid.means.indices {
            let expected = 1 - (1 - s.gradeEfficiency[i]) * (1 - b.gradeEfficiency[i])
            #expect(abs(both.gradeEfficiency[i] - expected) < 1e-14)
        }
        #expect(abs(both.pressureDrop - s.pressureDrop - b.pressureDrop) < 1e-9)
        #expect(both.details["baffle_pressure_drop_Pa"] == b.pressureDrop)
    }

    @Test("labyrinth: per-turn drift efficiency compounded over the turns")
    func labyrinth() throws {
        let inlet = SettlerFixtures.inlet()
        let gas = inlet.gasState
        let dyn = ParticleDynamics(particleDensity: 2200)
        for mixing in [SettlingMixing.laminar, .mixed] {
            let lab = LabyrinthBaffle(turns: 4, channelWidth: 0.5, channelHeight: 4, mixing: mixing)
            let r = try lab.evaluate(inlet, context: context)
            for (i, x) in inlet.grid.means.enumerated() {
                let n = dyn.relaxationTime(diameter: x, gas: gas) * 1.8 / 0.5 * Double.pi
                let turn = mixing == .laminar ? min(1, n) : 1 - exp(-n)
                #expect(abs(r.gradeEfficiency[i] - (1 - pow(1 - turn, 4))) < 1e-12)
            }
            #expect(abs(r.pressureDrop - 4 * 2 * 0.5 * gas.density * 1.8 * 1.8) < 1e-9)
        }
    }
}
