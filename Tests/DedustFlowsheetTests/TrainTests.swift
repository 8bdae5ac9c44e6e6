import Testing
import Foundation
import DedustFlowsheet
import DedustPhysics
import DedustSeparators

@Suite("Series and parallel trains")
struct TrainTests {
    /// Series stages multiply penetrations per class: a 50 % and an 80 % stage leave 0.5 · 0.2 = 0.1.
    /// Pressures drop stage by stage; a cooler stage changes the actual flow and concentration.
    @Test func seriesMultipliesPenetrationsAndCarriesTemperatureAndPressure() throws {
        let train: [TrainElement] = [.unit("s"), .unit("cooler"), .unit("s")]
        let ids = TrainElement.instanceIDs(train)
        #expect(ids == ["s#1", "cooler", "s#2"])
        let models: [SpecifiedSeparator] = [Fixture.constant(0.5, dp: 200),
                                            Fixture.constant(0, dp: 300, outletT: 513.15),
                                            Fixture.constant(0.8, dp: 1000)]
        let fs = Flowsheet(units: zip(ids, models).map { FlowsheetUnit(id: $0, equipment: $0, model: $1) },
                           streams: TrainElement.streams(train))
        let feed = Fixture.feed()
        let sol = try FlowsheetSolver().solve(fs, feed: feed)
        #expect(abs(sol.overallEfficiency - 0.9) < 1e-14)
        #expect(abs(sol.pressureDrop - 1500) < 1e-9)
        #expect(abs(sol.outlet.temperature - 513.15) < 1e-12)
        #expect(sol.units[2].inlet.temperature == 513.15)
        // Actual concentration at the third inlet: 0.05 kg/s in 1 kg/s of air at 240 °C, 101.325 − 0.5 kPa.
        let rho = 100_825 * 0.028_965 / (8.314462618 * 513.15)
        #expect(abs(sol.units[2].inlet.actualConcentration(feed.gas) - 0.05 * rho) < 1e-12)
        // Normal basis is independent of T and P: 0.05 kg/s per (1 / ρ_N) Nm³/s.
        #expect(abs(sol.units[2].inlet.normalConcentration(feed.gas) - 0.05 * SutherlandGas.air.normalDensity) < 1e-12)
        #expect(abs(sol.units[0].efficiency - 0.5) < 1e-14)
        #expect(sol.iterations == 1)
    }

    /// A 30/70 split between a 90 % and a 50 % branch: overall penetration 0.3 · 0.1 + 0.7 · 0.5 = 0.38.
    /// Equal split by default.
    @Test func parallelBranchesWeightPenetrationsBySplit() throws {
        let train: [TrainElement] = [.parallel([[.unit("good")], [.unit("poor")]], split: [0.3, 0.7])]
        let fs = Flowsheet(units: [FlowsheetUnit(id: "good", equipment: "good", model: Fixture.constant(0.9, dp: 800)),
                                   FlowsheetUnit(id: "poor", equipment: "poor", model: Fixture.constant(0.5, dp: 400))],
                           streams: TrainElement.streams(train))
        let sol = try FlowsheetSolver().solve(fs, feed: Fixture.feed())
        #expect(abs(sol.overallEfficiency - 0.62) < 1e-14)
        #expect(abs(sol.units[0].inlet.gasMassFlow - 0.3) < 1e-15)
        // Merge pressure: gas-flow weighted, 0.3 · 800 + 0.7 · 400 = 520 Pa below the feed.
        #expect(abs(sol.pressureDrop - 520) < 1e-9)

        let equal = TrainElement.streams([.parallel([[.unit("a")], [.unit("b")], []], split: nil)])
        let fromFeed = equal.filter { $0.source == .feed }.map(\.fraction)
        #expect(fromFeed.count == 3 && fromFeed.allSatisfy { abs($0 - 1.0 / 3) < 1e-15 })
    }

    /// The logistic given curve at d = 2 d₅₀ with β = 2 is 1/(1 + 1/4) = 0.8 (closed form).
    @Test func logisticGivenCurve() {
        let m = SpecifiedSeparator(curve: .logistic(cutSize: 5e-6, sharpness: 2))
        #expect(abs(m.efficiency(at: 10e-6) - 0.8) < 1e-15)
        let t = SpecifiedSeparator(curve: .table(sizes: [1e-6, 100e-6], efficiencies: [0.2, 0.6]))
        #expect(abs(t.efficiency(at: 10e-6) - 0.4) < 1e-15)  // halfway on a log axis
        #expect(t.efficiency(at: 0.1e-6) == 0.2)
    }
}
