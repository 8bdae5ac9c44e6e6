import Testing
import Foundation
import DedustFlowsheet
import DedustPhysics
import DedustSeparators

@Suite("Flowsheet mass balance with recycles")
struct RecycleTests {
    /// Two units A → B with the share r of B's outlet returned to A's inlet. Per class, with penetrations
    /// p = 1 − η, the loop gives x_A = F / (1 − r p_A p_B) and the stack receives (1 − r) p_A p_B x_A.
    @Test func outletRecycleMatchesTheAnalyticLoop() throws {
        let etaA = 0.6, etaB = 0.5, r = 0.4
        var fs = Flowsheet(units: [FlowsheetUnit(id: "a", equipment: "a", model: Fixture.constant(etaA, dp: 500)),
                                   FlowsheetUnit(id: "b", equipment: "b", model: Fixture.constant(etaB, dp: 300))],
                           streams: TrainElement.streams([.unit("a"), .unit("b")]))
        fs.addRecycle(from: .outlet(1), to: 0, fraction: r)
        let feed = Fixture.feed()
        let sol = try FlowsheetSolver().solve(fs, feed: feed)
        let pA = 1 - etaA, pB = 1 - etaB
        let loopGain = 1 / (1 - r * pA * pB)  // 1/0.92
        for c in 0..<4 {
            let f = feed.stream.dust[c]
            #expect(abs(sol.units[0].inlet.dust[c] - f * loopGain) <= 1e-14 * f)
            #expect(abs(sol.outlet.dust[c] - (1 - r) * pA * pB * f * loopGain) <= 1e-14 * f)
        }
        // Overall penetration (1 − r) p_A p_B / (1 − r p_A p_B) = 0.12 / 0.92.
        #expect(abs(sol.overallEfficiency - (1 - 0.12 / 0.92)) < 1e-13)
        // The gas circulates too: 1/(1 − r) through both units, 1 kg/s at the stack.
        #expect(abs(sol.units[0].inlet.gasMassFlow - 1 / 0.6) < 1e-13)
        #expect(abs(sol.outlet.gasMassFlow - 1) < 1e-13)
        #expect(sol.closureError < 1e-12)
        // First solve moves the inlets (the sequential pass ignored the recycle); the re-evaluated
        // constant efficiencies do not change, so the second solve is the fixed point.
        #expect(sol.iterations == 2)
    }

    /// The share r of B's collected dust returns to A: x_A = F / (1 − r p_A η_B); B discharges (1 − r).
    @Test func collectedDustReturnMatchesTheAnalyticLoop() throws {
        let etaA = 0.3, etaB = 0.8, r = 0.5
        var fs = Flowsheet(units: [FlowsheetUnit(id: "a", equipment: "a", model: Fixture.constant(etaA)),
                                   FlowsheetUnit(id: "b", equipment: "b", model: Fixture.constant(etaB))],
                           streams: TrainElement.streams([.unit("a"), .unit("b")]))
        fs.addRecycle(from: .collected(1), to: 0, fraction: r)
        let feed = Fixture.feed()
        let sol = try FlowsheetSolver().solve(fs, feed: feed)
        let xA = 1 / (1 - r * 0.7 * 0.8)  // per unit of feed: 1/0.72
        let total = feed.stream.dustMassFlow
        #expect(abs(sol.units[0].inlet.dustMassFlow - total * xA) < 1e-14)
        #expect(abs(sol.outlet.dustMassFlow - total * xA * 0.7 * 0.2) < 1e-14)
        // The gas does not take the dust return: 1 kg/s everywhere.
        #expect(abs(sol.units[0].inlet.gasMassFlow - 1) < 1e-15)
        let discharged = sol.units.reduce(0) { $0 + $1.discharged.reduce(0, +) }
        #expect(abs(total - sol.outlet.dustMassFlow - discharged) < 1e-15)
    }

    /// A loading-dependent unit in a loop needs the fixed point. With η = η_max c/(c + c₀), an outlet recycle
    /// of A alone (A → stack, share r back to A) gives per unit of gas the scalar equation
    /// x = F + r (1 − η(x/Q)) x, solved here independently by bisection.
    @Test func loadingDependentLoopConvergesToTheScalarFixedPoint() throws {
        let r = 0.5, etaMax = 0.9
        let feed = Fixture.feed(dust: 0.05)
        let q = feed.stream.actualFlow(feed.gas) / (1 - r)  // gas through A, m³/s
        let c0 = 0.02
        var fs = Flowsheet(units: [FlowsheetUnit(id: "a", equipment: "a",
                                                 model: LoadingDependentUnit(etaMax: etaMax, halfConcentration: c0))],
                           streams: TrainElement.streams([.unit("a")]))
        fs.addRecycle(from: .outlet(0), to: 0, fraction: r)
        let sol = try FlowsheetSolver().solve(fs, feed: feed)
        let f = feed.stream.dustMassFlow
        func residual(_ x: Double) -> Double {
            let c = x / q
            return x - f - r * (1 - etaMax * c / (c + c0)) * x
        }
        var lo = f, hi = 10 * f
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if residual(mid) > 0 { hi = mid } else { lo = mid }
        }
        let x = (lo + hi) / 2
        #expect(abs(sol.units[0].inlet.dustMassFlow - x) < 1e-9 * x)
        #expect(sol.iterations > 1)
        #expect(sol.closureError < 1e-9)
    }

    /// Classes with different efficiencies get different matrices; classes with equal matrices (here the
    /// untouched fine class with the gas, and the two fully collected coarse classes) are solved together.
    /// Every class must still match its own closed form (1 − r) p_A p_B / (1 − r p_A p_B).
    @Test func classesWithDifferentEfficienciesEachMatchTheirClosedForm() throws {
        let etaA = [0, 0.3, 1, 1], etaB = [0, 0.5, 1, 1], r = 0.25
        var fs = Flowsheet(units: [FlowsheetUnit(id: "a", equipment: "a", model: PerClassUnit(eta: etaA)),
                                   FlowsheetUnit(id: "b", equipment: "b", model: PerClassUnit(eta: etaB))],
                           streams: TrainElement.streams([.unit("a"), .unit("b")]))
        fs.addRecycle(from: .outlet(1), to: 0, fraction: r)
        let feed = Fixture.feed()
        let sol = try FlowsheetSolver().solve(fs, feed: feed)
        for c in 0..<4 {
            let pp = (1 - etaA[c]) * (1 - etaB[c])
            let expected = feed.stream.dust[c] * (1 - r) * pp / (1 - r * pp)
            #expect(abs(sol.outlet.dust[c] - expected) <= 1e-15)
        }
        #expect(abs(sol.outlet.dust[1] - 0.02 * 0.75 * 0.35 / (1 - 0.25 * 0.35)) < 1e-15)
    }

    @Test func aLoopWithoutDeclaredRecycleIsReported() {
        let fs = Flowsheet(units: [FlowsheetUnit(id: "a", equipment: "a", model: Fixture.constant(0.5)),
                                   FlowsheetUnit(id: "b", equipment: "b", model: Fixture.constant(0.5))],
                           streams: [FlowsheetStream(from: .feed, to: .unit(0)),
                                     FlowsheetStream(from: .outlet(0), to: .unit(1)),
                                     FlowsheetStream(from: .outlet(1), to: .unit(0), fraction: 0.5),
                                     FlowsheetStream(from: .outlet(1), to: .stack, fraction: 0.5)])
        #expect(fs.undeclaredLoop() == [0, 1, 0])
        #expect(throws: FlowsheetError.self) { try FlowsheetSolver().solve(fs, feed: Fixture.feed()) }
    }
}
