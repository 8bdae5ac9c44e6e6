import DedustSeparators

extension TrajectoryTally {
    /// One counter of ``TrajectoryTally``: its descriptor, the property the kernel increments, and whether the
    /// reports show it (``SimulationStatistics``: JSON `statistics`, CSV units columns, the HTML statistics
    /// table and the text table's statistics line).
    public struct Counter: Sendable {
        public let tally: TallyDescriptor
        public let count: WritableKeyPath<TrajectoryTally, Int> & Sendable
        public let reported: Bool

        init(_ count: WritableKeyPath<TrajectoryTally, Int> & Sendable, key: String, label: String, unit: String,
             reported: Bool, doc: String) {
            tally = TallyDescriptor(key: key, label: label, unit: unit, doc: doc)
            self.count = count
            self.reported = reported
        }
    }

    /// Every counter of the trajectory engine, the reported ones first in report order (the JSON keys of
    /// `statistics`, docs/json-output.md). Adding one: its property in ``TrajectoryTally``, one entry here, its
    /// increment in the kernel (`TrajectoryEngine.simulateTile` / `resolve`); a test fails when a property has
    /// no entry.
    public static let counters: [Counter] = [
        Counter(\.particles, key: "particles", label: "particles", unit: "particle", reported: true,
                doc: "particles launched at the inlet (a transfer moves a particle, it does not launch one)"),
        Counter(\.particleSteps, key: "particle_steps", label: "particle steps", unit: "particle time step",
                reported: true, doc: "time steps integrated, summed over the particles (the work done)"),
        Counter(\.undecided, key: "undecided", label: "undecided", unit: "particle", reported: true,
                doc: "particles neither captured nor escaped at the time limit (not collected; they widen the "
                    + "95 % interval)"),
        Counter(\.captured, key: "captured", label: "captured", unit: "particle", reported: false,
                doc: "particles collected (the dust outlet, or a wall contact the wall interaction keeps)"),
        Counter(\.escaped, key: "escaped", label: "escaped", unit: "particle", reported: false,
                doc: "particles that left with the gas"),
        Counter(\.transfers, key: "transfers", label: "zone transfers", unit: "transfer", reported: false,
                doc: "zone transfers (passes through the circulating cyclone's bypass and return flow)"),
    ]

    /// The reported counters with their counts, in report order.
    public var reportedCounts: [SimulationStatistics.Count] {
        Self.counters.filter(\.reported).map { SimulationStatistics.Count($0.tally, self[keyPath: $0.count]) }
    }

    /// The descriptors of the reported counters, in report order (the CSV units table's columns).
    public static var reportedTallies: [TallyDescriptor] { counters.filter(\.reported).map(\.tally) }
}
