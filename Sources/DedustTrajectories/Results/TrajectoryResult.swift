import DedustSeparators
import Foundation

/// Grade efficiencies estimated from trajectories, per size class, with their 95 % intervals and the work done.
public struct TrajectoryResult: Sendable {
    /// Class diameters (m).
    public var diameters: [Double]
    /// Per-class counts.
    public var tallies: [TrajectoryTally]
    /// Wall-clock time (s).
    public var wallTime: Double
    /// The adaptive rounds, in order (work counts, the same for any thread count).
    public var rounds: [TrajectoryRound]

    public init(diameters: [Double], tallies: [TrajectoryTally], wallTime: Double, rounds: [TrajectoryRound] = []) {
        self.diameters = diameters
        self.tallies = tallies
        self.wallTime = wallTime
        self.rounds = rounds
    }

    /// Captured fraction per class.
    public var gradeEfficiency: [Double] { tallies.map(\.efficiency) }
    /// Lower 95 % bounds.
    public var confidenceLow: [Double] { tallies.map { $0.interval.low } }
    /// Upper 95 % bounds (including undecided particles).
    public var confidenceHigh: [Double] { tallies.map { $0.interval.high } }

    /// Totals over all classes.
    public var total: TrajectoryTally { tallies.reduce(TrajectoryTally(), +) }

    /// Work statistics for ``SeparatorResult``.
    public var statistics: SimulationStatistics {
        SimulationStatistics(counts: total.reportedCounts, wallTime: wallTime)
    }

    /// Cut size x50 (m): where η first crosses ½, interpolated in (log x, η) between class diameters
    /// (``GradeCurve/cutSize(sizes:efficiency:level:)``, the reading every model uses); nil if it never does.
    public var cutSize: Double? { GradeCurve.cutSize(sizes: diameters, efficiency: gradeEfficiency) }
}

/// Work of one adaptive round of ``TrajectoryEngine/run(classes:stream:threads:progress:)``: the tiles computed
/// (in parallel), their particle-steps, and the particle-steps of the largest tile — a round's tiles run
/// together and the next round waits for all of them, so on w threads a round takes at least
/// max(particleSteps/w, largestTile) steps' time (deterministic counts for the scaling benchmark).
public struct TrajectoryRound: Sendable, Equatable {
    public var tiles = 0
    public var particleSteps = 0
    public var largestTile = 0

    public init() {}
}
