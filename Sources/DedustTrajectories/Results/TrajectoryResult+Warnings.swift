extension TrajectoryResult {
    /// The warnings a trajectory result gives about its own statistics, the one place every trajectory model
    /// (cyclone, settler, circulating cyclone) takes them from: today one, when particles were still undecided
    /// at the flow field's time limit (they count as not collected and widen the intervals, ``TrajectoryTally``).
    ///
    /// Not warnings, and not here: a class that ends its particle budget with a wider interval than
    /// `ci_half_width` (without undecided particles the default budget meets the default target at every η; a
    /// target no class can meet is refused by ``TrajectorySettings/problems``), and work above the run's limit
    /// (refused before the unit runs, ``TrajectoryCost``).
    ///
    /// Example: 40 of 2048 trajectories undecided → "40 of 2048 trajectories were still undecided at the time
    /// limit; …".
    public var statisticsWarnings: [String] {
        var w: [String] = []
        let total = total
        if total.undecided > 0 {
            w.append("\(total.undecided) of \(total.particles) trajectories were still undecided at the time limit; "
                     + "they count as not collected and widen the confidence intervals")
        }
        return w
    }
}
