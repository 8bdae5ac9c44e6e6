/// Work done by a Monte Carlo (trajectory) model: its reported counters with their counts, in report order,
/// and the wall-clock time.
///
/// The counters are the model's own descriptor list (``TallyDescriptor``; the trajectory engine's is
/// `TrajectoryTally.counters`), so the reports print whatever the model counts, each under its key.
public struct SimulationStatistics: Sendable, Equatable {
    /// One counter and its count.
    public struct Count: Sendable, Equatable {
        public let tally: TallyDescriptor
        public let value: Int

        public init(_ tally: TallyDescriptor, _ value: Int) {
            self.tally = tally
            self.value = value
        }
    }

    /// The reported counters, in report order.
    public var counts: [Count]
    /// Wall-clock time (s).
    public var wallTime: Double

    public init(counts: [Count], wallTime: Double) {
        self.counts = counts
        self.wallTime = wallTime
    }

    /// The count of the counter `tally`, or nil when the model does not report it.
    public subscript(_ tally: TallyDescriptor) -> Int? { counts.first { $0.tally == tally }?.value }

    /// The count under the report key `key` (e.g. "particle_steps"), or nil.
    public subscript(key key: String) -> Int? { counts.first { $0.tally.key == key }?.value }
}
