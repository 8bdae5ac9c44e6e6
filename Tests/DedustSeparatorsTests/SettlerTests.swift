import Foundation
import Testing
import DedustPhysics
@testable import DedustSeparators

@Suite("Gravity settler")
struct SettlerTests {
    let inlet = SettlerFixtures.inlet()
    let context = EvaluationContext()

    func terminalVelocities(at temperature: Double = 873.15) -> [Double] {
        let gas = SettlerFixtures.carbideGas.state(temperature: temperature, pressure: 101_325)
        let dyn = ParticleDynamics(particleDensity: 2200)
        return SettlerFixtures.grid.means.map { dyn.terminalVelocity(diameter: $0, gas: gas) }
    }

    @Test("laminar model is exactly min(1, v_t L W / Q), also with trays and chambers in parallel")
    func laminarExact() throws {
        let r = try GravitySettler(length: 9, width: 3, height: 4, mixing: .laminar).evaluate(inlet, context: context)
        for (eta, vt) in zip(r.gradeEfficiency, terminalVelocities()) {
            #expect(abs(eta - min(1, vt * 9 * 3 / 3.6)) <= 1e-12)
        }
        // 2 trays, 2 chambers: each tray sees Q/4 over the floor area L W.
        let r2 = try GravitySettler(length: 9, width: 3, height: 4, trays: 2, count: 2, mixing: .laminar)
            .evaluate(inlet, context: context)
        for (eta, vt) in zip(r2.gradeEfficiency, terminalVelocities()) {
            #expect(abs(eta - min(1, vt * 9 * 3 / (3.6 / 4))) <= 1e-12)
        }
        // Effective-area factor scales the settling number.
        let r3 = try GravitySettler(length: 9, width: 3, height: 4, mixing: .laminar, effectiveAreaFactor: 0.6)
            .evaluate(inlet, context: context)
        for (eta, vt) in zip(r3.gradeEfficiency, terminalVelocities()) {
            #expect(abs(eta - min(1, 0.6 * vt * 9 * 3 / 3.6)) <= 1e-12)
        }
    }

    @Test("doc-comment example: 50 µm in the 9 × 3 × 4 m chamber at 3.6 m³/s, laminar η = 0.600")
    func docExample() throws {
        // Class mean exactly 50 µm: √(40 · 62.5) = 50.
        let grid = try SizeGrid(edges: [40e-6, 62.5e-6])
        let one = SeparatorInlet(gas: SettlerFixtures.carbideGas, temperature: 873.15, pressure: 101_325,
                                 volumetricFlow: 3.6, dustConcentration: 0.05, particleDensity: 2200, grid: grid,
                                 massFractions: [1])
        let r = try GravitySettler(length: 9, width: 3, height: 4, mixing: .laminar).evaluate(one, context: context)
        // Independent Python bisection of Schiller–Naumann with Davies slip (λ = 0.2429 µm): v_t = 0.080045 m/s,
        // η = v_t · 27/3.6 = 0.60034 (physics.md §4.2 brackets v_t: 0.0814 Stokes + slip, 0.0791 drag, no slip).
        #expect(abs(r.gradeEfficiency[0] - 0.60034) < 2e-4)
        #expect(abs((r.details["horizontal_velocity_m_per_s"] ?? 0) - 0.3) < 1e-12)
    }

    @Test("mixed model is exactly 1 − exp(−v_t L W / Q)")
    func mixedExact() throws {
        let r = try GravitySettler(length: 9, width: 3, height: 4, mixing: .mixed).evaluate(inlet, context: context)
        for (eta, vt) in zip(r.gradeEfficiency, terminalVelocities()) {
            #expect(abs(eta - (1 - exp(-vt * 9 * 3 / 3.6))) <= 1e-12)
        }
    }

    @Test("dispersion model lies between laminar and mixed and tends to each as Pe → ∞ and Pe → 0")
    func dispersionLimits() throws {
        func eta(_ mixing: SettlingMixing, _ eps: Double = 0) throws -> [Double] {
            try GravitySettler(length: 9, width: 3, height: 4, mixing: mixing, verticalDiffusivity: .given(eps))
                .evaluate(inlet, context: context).gradeEfficiency
        }
        let lam = try eta(.laminar), mix = try eta(.mixed)
        // Intermediate mixing: Pe = v_t H/ε ranges over 1e-3 … 1e2 on this grid for ε = 0.01 m²/s.
        let mid = try eta(.dispersion, 0.01)
        for i in lam.indices {
            #expect(mid[i] <= lam[i] + 1e-9)
            #expect(mid[i] >= mix[i] - 1e-9)
        }
        // Somewhere strictly inside (the classes with N ≈ 1 differ by > 0.1 between the limits).
        #expect(zip(zip(lam, mix), mid).contains { ($0.0 - $1) > 0.02 && ($1 - $0.1) > 0.02 })

        func maxDiff(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map { abs($0 - $1) }.max() ?? 0 }
        // Pe → ∞ (ε → 0): laminar; the only error is one fractional upwind step per segment.
        let towardsLaminar = try [1e-3, 1e-5, 0].map { try maxDiff(eta(.dispersion, $0), lam) }
        #expect(towardsLaminar[0] > towardsLaminar[1])
        #expect(towardsLaminar[2] < 1e-9)   // measured 8e-12: every segment ends on a whole-cell shift here
        // Pe → 0 (ε → ∞): mixed, with the splitting error ≤ N/(2n) in ln P (n = 100 cells).
        let towardsMixed = try [1.0, 100, 1e12].map { try maxDiff(eta(.dispersion, $0), mix) }
        #expect(towardsMixed[0] > towardsMixed[1])
        #expect(towardsMixed[2] < 2e-3)     // measured 1.69e-3
    }

    @Test("dispersion column: exact shift in the laminar limit, converges to exp(−N) in the mixed limit")
    func columnLimits() {
        let col = VerticalDispersionColumn(cells: 100)
        #expect(col.penetration(pieces: [(0.5, .infinity)]) == 0.5)
        #expect(col.penetration(pieces: [(0.25, .infinity), (0.25, .infinity)]) == 0.5)
        #expect(col.penetration(pieces: [(1.2, .infinity)]) == 0)
        let coarse = abs(col.penetration(pieces: [(1, 0)]) - exp(-1))
        let fine = abs(VerticalDispersionColumn(cells: 400).penetration(pieces: [(1, 0)]) - exp(-1))
        #expect(coarse < exp(-1) * 1.0 / 200 * 1.05)   // ≈ N/(2n) relative
        #expect(fine < coarse / 3)
        // Monotone in Pe at fixed N.
        let ps = [1e-3, 0.1, 1, 10, 1e3].map { col.penetration(pieces: [(0.7, $0)]) }
        for k in 1..<ps.count { #expect(ps[k] < ps[k - 1]) }
    }

    @Test("cooling shrinks the flow and raises the efficiency segment by segment; energy balance closes")
    func coolingAndEnergyBalance() throws {
        let cp = 1150.0
        let wall = WallHeatTransfer(area: 300, overallCoefficient: 12, foulingResistance: 0.02,
                                    ambientTemperature: 303.15)
        let cooled = GravitySettler(length: 9, width: 3, height: 4, mixing: .laminar, heatTransfer: wall,
                                    segments: 20, gasHeatCapacity: .constant(cp), dustSpecificHeat: 850)
        let r = try cooled.evaluate(inlet, context: context)
        let adiabatic = try GravitySettler(length: 9, width: 3, height: 4, mixing: .laminar)
            .evaluate(inlet, context: context)

        // Closed form for constant c_p: T_out = T_amb + (T_in − T_amb) exp(−U_eff A / C).
        let rho = SettlerFixtures.carbideGas.state(temperature: 873.15, pressure: 101_325).density
        let capacityRate = 3.6 * rho * cp + 3.6 * 0.05 * 850
        let uEff = 1 / (1 / 12.0 + 0.02)
        let tOut = 303.15 + 570 * exp(-uEff * 300 / capacityRate)
        #expect(abs(r.outletTemperature - tOut) < 1e-9)
        let heat = try #require(r.details["heat_removed_W"])
        #expect(abs(heat - capacityRate * (873.15 - tOut)) < 1e-6 * heat)
        let qOut = try #require(r.details["outlet_volumetric_flow_m3_per_s"])
        #expect(abs(qOut - 3.6 * tOut / 873.15) < 1e-12)
        #expect(qOut < 3.6)

        // Independent recomputation of the laminar sum over 20 segments at their log-mean temperatures.
        let dyn = ParticleDynamics(particleDensity: 2200)
        var tSeg = 873.15
        var sums = [Double](repeating: 0, count: SettlerFixtures.grid.count)
        for _ in 0..<20 {
            let next = 303.15 + (tSeg - 303.15) * exp(-uEff * 15 / capacityRate)
            let tMean = 303.15 + ((tSeg - 303.15) - (next - 303.15)) / log((tSeg - 303.15) / (next - 303.15))
            let gas = SettlerFixtures.carbideGas.state(temperature: tMean, pressure: 101_325)
            for (i, x) in SettlerFixtures.grid.means.enumerated() {
                sums[i] += dyn.terminalVelocity(diameter: x, gas: gas) * 3 * 0.45 / (3.6 * tMean / 873.15)
            }
            tSeg = next
        }
        for i in sums.indices {
            #expect(abs(r.gradeEfficiency[i] - min(1, sums[i])) < 1e-12)
            if adiabatic.gradeEfficiency[i] < 1 { #expect(r.gradeEfficiency[i] > adiabatic.gradeEfficiency[i]) }
        }
    }

    @Test("energy balance with temperature-dependent c_p: heat removed = ṁ ∫c_p dT + dust, and = Σ UA·LMTD")
    func energyBalanceVariableHeatCapacity() throws {
        let wall = WallHeatTransfer(area: 400, overallCoefficient: 15, foulingResistance: 0.05,
                                    ambientTemperature: 293.15)
        let settler = GravitySettler(length: 9, width: 3, height: 4, count: 2, mixing: .mixed, heatTransfer: wall,
                                     segments: 40, dustSpecificHeat: 0)
        let r = try settler.evaluate(inlet, context: context)
        let heat = try #require(r.details["heat_removed_W"])
        // ṁ ∫ c_p dT by Simpson's rule (1000 intervals) with the diatomic c_p of CO.
        let massFlow = 3.6 * SettlerFixtures.carbideGas.state(temperature: 873.15, pressure: 101_325).density
        let a = r.outletTemperature, b = 873.15, n = 1000
        let h = (b - a) / Double(n)
        var integral = 0.0
        for k in 0...n {
            let w = (k == 0 || k == n) ? 1.0 : (k % 2 == 1 ? 4.0 : 2.0)
            integral += w * GasHeatCapacity.diatomic().specificHeat(temperature: a + Double(k) * h, molarMass: 0.02627)
        }
        integral *= h / 3
        #expect(abs(heat - massFlow * integral) < 2e-4 * heat)
        #expect(r.outletTemperature < 873.15 && r.outletTemperature > 293.15)
        // And the march's own U·A·ΔT_lm per segment (each of the 2 chambers carries half the flow).
        let march = coolingMarch(inletTemperature: 873.15, wall: wall, segments: 40, gasMassFlow: massFlow / 2,
                                 dustMassFlow: 0, dustSpecificHeat: 0, heatCapacity: .diatomic(), molarMass: 0.02627)
        let lmtdSum = march.reduce(0.0) { $0 + $1.conductance * ($1.meanTemperature - 293.15) }
        #expect(abs(2 * lmtdSum - heat) < 1e-9 * heat)
    }

    @Test("re-entrainment warning above the threshold velocity (3 m/s, or a lower one for fluffy dust)")
    func reentrainmentWarning() throws {
        let fast = SettlerFixtures.inlet(flow: 40)   // U = 40/12 = 3.33 m/s
        let r = try GravitySettler(length: 9, width: 3, height: 4).evaluate(fast, context: context)
        #expect(r.warnings.contains { $0.contains("re-entrainment") })
        let slow = try GravitySettler(length: 9, width: 3, height: 4).evaluate(SettlerFixtures.inlet(flow: 18),
                                                                               context: context)
        #expect(slow.warnings.isEmpty)
        #expect(abs((slow.details["horizontal_velocity_m_per_s"] ?? 0) - 1.5) < 1e-12)
        let fluffy = try GravitySettler(length: 9, width: 3, height: 4,
                                        reentrainmentVelocity: GravitySettler.fluffyDustReentrainmentVelocity)
            .evaluate(SettlerFixtures.inlet(flow: 18), context: context)
        #expect(fluffy.warnings.count == 1)
    }

    @Test("pressure drop: Borda–Carnot entry, contraction exit, duct velocity 15 m/s")
    func pressureDrop() throws {
        let r = try GravitySettler(length: 9, width: 3, height: 4, mixing: .laminar).evaluate(inlet, context: context)
        let rho = 0.3667
        let ratio = (3.6 / 15) / 12
        let entry = (1 - ratio) * (1 - ratio) * 0.5 * rho * 225
        let exit = 0.5 * (1 - ratio) * 0.5 * rho * 225
        #expect(abs((r.details["entry_pressure_drop_Pa"] ?? 0) - entry) < 1e-3 * entry)
        #expect(abs((r.details["exit_pressure_drop_Pa"] ?? 0) - exit) < 1e-3 * exit)
        #expect(abs(r.pressureDrop - entry - exit) < 0.01)   // friction is ~1e-3 Pa at 0.3 m/s
        #expect((r.details["friction_pressure_drop_Pa"] ?? 0) > 0)
    }

    @Test("invalid parameters are reported with the value and what was expected")
    func invalidParameters() {
        #expect(throws: SeparatorParameterError.self) {
            try GravitySettler(length: -1, width: 3, height: 4).evaluate(inlet, context: context)
        }
        do {
            _ = try GravitySettler(length: 9, width: 3, height: 4,
                                   heatTransfer: WallHeatTransfer(area: 10, overallCoefficient: 5), segments: 5)
                .evaluate(inlet, context: context)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("segments") && "\(error)".contains("5"))
        }
    }
}
