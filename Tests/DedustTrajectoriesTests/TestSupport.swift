import DedustNumerics
import DedustPhysics
@testable import DedustTrajectories

/// Air at 20 °C, 1 atm (Sutherland), the gas of the physics.md §1.10 regression table.
let air20 = SutherlandGas.air.state(temperature: 293.15, pressure: 101_325)

/// 99.9 % Wilson score interval (z = 3.29) of a class tally, widened by undecided particles. Tests compare a
/// reference with this wider interval so that one deterministic seed over many classes is not expected to
/// miss (with 95 % intervals and ten classes a miss somewhere has probability 0.4).
func interval999(_ t: TrajectoryTally) -> (low: Double, high: Double) {
    (WilsonScoreInterval.bounds(successes: t.captured, trials: t.particles, z: 3.290527).low,
     WilsonScoreInterval.bounds(successes: t.captured + t.undecided, trials: t.particles, z: 3.290527).high)
}

/// Binomial standard error of a tally's efficiency.
func standardError(_ t: TrajectoryTally) -> Double {
    let p = t.efficiency, n = Double(t.particles)
    return max(p * (1 - p), 0.25 / n) / n
}
