import DedustNumerics
import DedustSeparators
import Testing
@testable import DedustTrajectories

/// The tally's counters are one descriptor list: every property has exactly one entry, sums go through it, and
/// the statistics carry the reported counters under today's JSON keys in report order.
@Suite("Trajectory tally counters")
struct TrajectoryTallyCounterTests {
    @Test("every stored counter of TrajectoryTally has exactly one entry in TrajectoryTally.counters")
    func everyPropertyListed() {
        let properties = Mirror(reflecting: TrajectoryTally()).children.compactMap(\.label)
        #expect(TrajectoryTally.counters.count == properties.count, "properties \(properties)")
        // Each entry writes a different property: distinct powers of two add up without overlap.
        var t = TrajectoryTally()
        for (i, c) in TrajectoryTally.counters.enumerated() { t[keyPath: c.count] = 1 << i }
        let values = Mirror(reflecting: t).children.compactMap { $0.value as? Int }
        #expect(values.count == properties.count)
        #expect(values.reduce(0, +) == (1 << TrajectoryTally.counters.count) - 1)
        #expect(Set(TrajectoryTally.counters.map(\.tally.key)).count == TrajectoryTally.counters.count)
    }

    @Test("sum of tallies adds every counter; statistics carry particles, particle_steps, undecided in that order")
    func sumsAndStatistics() {
        var x = TrajectoryTally(), y = TrajectoryTally()
        for (i, c) in TrajectoryTally.counters.enumerated() {
            x[keyPath: c.count] = i + 1
            y[keyPath: c.count] = 10 * (i + 1)
        }
        let s = x + y
        for (i, c) in TrajectoryTally.counters.enumerated() { #expect(s[keyPath: c.count] == 11 * (i + 1)) }
        let r = TrajectoryResult(diameters: [1e-6, 2e-6], tallies: [x, y], wallTime: 0.5)
        let stats = r.statistics
        #expect(stats.counts.map(\.tally.key) == ["particles", "particle_steps", "undecided"])
        #expect(stats[key: "particles"] == x.particles + y.particles)
        #expect(stats[key: "particle_steps"] == x.particleSteps + y.particleSteps)
        #expect(stats[key: "undecided"] == x.undecided + y.undecided)
        #expect(stats[key: "captured"] == nil && stats.wallTime == 0.5)
        #expect(TrajectoryTally.reportedTallies == stats.counts.map(\.tally))
    }
}
