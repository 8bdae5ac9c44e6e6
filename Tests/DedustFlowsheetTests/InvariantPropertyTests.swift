import Testing
import Foundation
import PropertyBased
import DedustFlowsheet
import DedustPhysics
import DedustSeparators

/// Invariants of the per-class mass balance over random trains (issue 18 item 10), with swift-property-based
/// generating the trains: a series of 1–6 units with a random grade efficiency in every class, a random
/// pressure drop, optionally a recycle of the last outlet (or of a unit's collected dust) to a random unit.
@Suite("Flowsheet invariants (property-based)")
struct InvariantPropertyTests {
    /// A random train: per unit four class efficiencies in [0, 1] and a pressure drop; a recycle.
    struct Train: Sendable, CustomStringConvertible {
        var efficiencies: [[Double]]
        var pressureDrops: [Double]
        var recycle: (fraction: Double, collected: Bool, to: Int)?

        var description: String { "η \(efficiencies), ΔP \(pressureDrops), recycle \(String(describing: recycle))" }

        var flowsheet: Flowsheet {
            let ids = efficiencies.indices.map { "u\($0)" }
            let units = zip(ids, zip(efficiencies, pressureDrops)).map { id, unit in
                FlowsheetUnit(id: id, equipment: id, model: ClassUnit(eta: unit.0, pressureDrop: unit.1))
            }
            var fs = Flowsheet(units: units, streams: TrainElement.streams(ids.map { .unit($0) }))
            if let r = recycle {
                let last = efficiencies.count - 1
                fs.addRecycle(from: r.collected ? .collected(last) : .outlet(last), to: min(r.to, last), fraction: r.fraction)
            }
            return fs
        }
    }

    /// A unit with given efficiencies per class and a given pressure drop.
    struct ClassUnit: SeparatorModel {
        var eta: [Double]
        var pressureDrop: Double
        var unitType: String { "test" }
        var modelName: String { "per_class" }
        func evaluate(_ inlet: SeparatorInlet, context: EvaluationContext) throws -> SeparatorResult {
            SeparatorResult(model: modelName, gradeEfficiency: eta, pressureDrop: pressureDrop,
                            outletTemperature: inlet.temperature)
        }
    }

    static let trains = zip(Gen.double(in: 0...1).array(of: 4).array(of: 1...6),
                                Gen.double(in: 0...2000).array(of: 6),
                                Gen.double(in: 0...0.95), Gen.bool, Gen.bool, Gen.int(in: 0...5))
        .map { eta, dp, fraction, hasRecycle, collected, to in
            Train(efficiencies: eta, pressureDrops: Array(dp.prefix(eta.count)),
                  recycle: hasRecycle && fraction > 0 ? (fraction, collected, to) : nil)
        }

    /// Feed = stack + discharged in every class, and every unit's inlet = outlet + collected, to 1e-9.
    @Test func massBalanceClosesPerClass() async {
        await propertyCheck(count: 300, input: Self.trains) { train in
            let feed = Fixture.feed()
            guard let s = try? FlowsheetSolver().solve(train.flowsheet, feed: feed) else {
                // Only a loop that returns everything may fail (singular); none of these can.
                Issue.record("no solution for \(train)")
                return
            }
            #expect(s.closureError <= 1e-9)
            for c in 0..<feed.grid.count {
                let out = s.outlet.dust[c] + s.units.reduce(0) { $0 + $1.discharged[c] }
                #expect(abs(out - feed.stream.dust[c]) <= 1e-9 * feed.stream.dust[c])
                for u in s.units {
                    #expect(abs(u.inlet.dust[c] - u.outlet.dust[c] - u.collected[c]) <= 1e-12 * max(u.inlet.dust[c], 1e-300))
                }
            }
            #expect(s.inconsistencies(gas: feed.gas, particleDensity: feed.particleDensity).isEmpty)
        }
    }

    /// Without a recycle the stack receives feed × Π(1 − η_i) per class, and one more unit never lets more
    /// dust through in any class (penetrations multiply per class).
    @Test func penetrationsMultiplyAndOnlyFall() async {
        await propertyCheck(count: 300, input: Self.trains) { train in
            var series = train
            series.recycle = nil
            let feed = Fixture.feed()
            var previous = feed.stream.dust
            for n in 1...series.efficiencies.count {
                var prefix = series
                prefix.efficiencies = Array(series.efficiencies.prefix(n))
                prefix.pressureDrops = Array(series.pressureDrops.prefix(n))
                guard let s = try? FlowsheetSolver().solve(prefix.flowsheet, feed: feed) else {
                    Issue.record("no solution for \(prefix)")
                    return
                }
                for c in 0..<feed.grid.count {
                    let product = prefix.efficiencies.reduce(feed.stream.dust[c]) { $0 * (1 - $1[c]) }
                    #expect(abs(s.outlet.dust[c] - product) <= 1e-12 * feed.stream.dust[c])
                    #expect(s.outlet.dust[c] <= previous[c] * (1 + 1e-12))
                }
                previous = s.outlet.dust
            }
        }
    }

    /// Solving the same train twice gives bit-identical streams (no hidden state, no order dependence).
    @Test func solvingIsDeterministic() async {
        await propertyCheck(count: 100, input: Self.trains) { train in
            let feed = Fixture.feed()
            let a = try? FlowsheetSolver().solve(train.flowsheet, feed: feed)
            let b = try? FlowsheetSolver().solve(train.flowsheet, feed: feed)
            #expect(a?.outlet == b?.outlet)
            #expect(a?.units.map(\.inlet) == b?.units.map(\.inlet))
        }
    }

    /// Pressure drops that add up to more than the feed's absolute pressure are a unit failure naming the unit,
    /// never a solution with a negative absolute pressure.
    @Test func noSolutionHasANonPositivePressure() async {
        await propertyCheck(count: 200, input: Gen.double(in: 1e3...2e5).array(of: 1...6)) { drops in
            let train = Train(efficiencies: drops.map { _ in [0.5, 0.5, 0.5, 0.5] }, pressureDrops: drops, recycle: nil)
            let feed = Fixture.feed()
            do {
                let s = try FlowsheetSolver().solve(train.flowsheet, feed: feed)
                #expect(s.outlet.pressure > 0)
                #expect(drops.reduce(0, +) < feed.stream.pressure)
            } catch let FlowsheetError.unitFailed(unit, message) {
                #expect(unit.hasPrefix("u"))
                #expect(message.contains("leaves an absolute pressure of"))
                #expect(drops.reduce(0, +) >= feed.stream.pressure)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
