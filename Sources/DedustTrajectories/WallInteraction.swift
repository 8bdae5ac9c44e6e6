/// What happens when a particle touches a collecting wall (physics.md §1.11, §4.3).
public protocol WallInteraction: Sendable {
    /// True if the particle is captured, given a uniform variate `u` in (0, 1).
    func captures(uniform u: Double) -> Bool
    /// Coefficient of restitution e applied to the normal velocity on rebound (v_n ← −e v_n).
    var restitution: Double { get }
}

/// Capture on first contact (the default; the usual assumption of cyclone and settler theory).
public struct CaptureOnContact: WallInteraction {
    public init() {}
    @inlinable public func captures(uniform u: Double) -> Bool { true }
    public var restitution: Double { 0 }
}

/// Capture with probability 1 − p; otherwise the particle rebounds with restitution e (e = 0 models
/// re-entrainment: the particle is put back at the wall with zero normal velocity and is carried off by
/// the gas). Every contact draws its own variate from the particle's event stream, so results stay
/// independent of the schedule. Example: p = 0.2 — a particle survives k contacts with probability 0.2^k.
public struct ProbabilisticRebound: WallInteraction {
    /// Probability p of rebound/re-entrainment per contact, in [0, 1).
    public var reboundProbability: Double
    public var restitution: Double

    public init(reboundProbability: Double, restitution: Double = 0) {
        precondition(reboundProbability >= 0 && reboundProbability < 1, "rebound probability must be in [0, 1)")
        precondition(restitution >= 0 && restitution <= 1, "restitution must be in [0, 1]")
        self.reboundProbability = reboundProbability
        self.restitution = restitution
    }

    @inlinable public func captures(uniform u: Double) -> Bool { u >= reboundProbability }
}
