import DedustNumerics

/// Monte Carlo settings of a trajectory simulation (scenario fields `particles_per_class`, `ci_half_width`,
/// …).
///
/// Sampling is adaptive and deterministic: every size class first gets `particlesPerClass` particles (in
/// tiles of `tileSize`); then, in rounds, each class whose 95 % Wilson score interval is still wider than
/// ±`ciHalfWidth` gets the same number again, until it meets the target or reaches
/// `maxParticlesPerClass`. Decisions depend only on the tallies, so the result is the same for any number of
/// threads.
public struct TrajectorySettings: Sendable, Equatable {
    /// Particles per class in the first round and per later round (default 1024).
    public var particlesPerClass: Int
    /// Target half-width of the 95 % interval of every class's grade efficiency (default 0.01).
    public var ciHalfWidth: Double
    /// Particle budget per class (default 16 384).
    public var maxParticlesPerClass: Int
    /// Particles per tile, 256 … 16 384 (default 1024: ~120 kB of state, stays in L2).
    public var tileSize: Int
    /// Random increments: three-point (default) or exact Gaussian.
    public var variates: RandomVariates
    /// Multiplies the flow field's time step (default 1; < 1 for convergence checks).
    public var timeStepFactor: Double

    public init(particlesPerClass: Int = 1024, ciHalfWidth: Double = 0.01, maxParticlesPerClass: Int = 16_384,
                tileSize: Int = 1024, variates: RandomVariates = .threePoint, timeStepFactor: Double = 1) {
        self.particlesPerClass = particlesPerClass
        self.ciHalfWidth = ciHalfWidth
        self.maxParticlesPerClass = maxParticlesPerClass
        self.tileSize = tileSize
        self.variates = variates
        self.timeStepFactor = timeStepFactor
    }

    /// Half-width of the narrowest 95 % interval the particle budget allows: the Wilson interval of 0 captures
    /// in `maxParticlesPerClass` trials, [0, z²/(n + z²)], halved. A target below it would sample every class to
    /// its budget and still miss.
    public var narrowestHalfWidth: Double {
        let n = Double(Swift.max(maxParticlesPerClass, 1)), z2 = WilsonScoreInterval.z95 * WilsonScoreInterval.z95
        return z2 / (n + z2) / 2
    }

    /// Setting problems, as messages (empty when valid).
    public var problems: [String] {
        var m: [String] = []
        if particlesPerClass < 1 { m.append("particles_per_class must be ≥ 1, got \(particlesPerClass)") }
        if !(ciHalfWidth > 0 && ciHalfWidth < 0.5) { m.append("ci_half_width must be in (0, 0.5), got \(ciHalfWidth)") }
        if maxParticlesPerClass < particlesPerClass {
            m.append("max_particles_per_class (\(maxParticlesPerClass)) must be ≥ particles_per_class (\(particlesPerClass))")
        }
        if !(256...16_384).contains(tileSize) { m.append("tile_size must be in 256…16384, got \(tileSize)") }
        if ciHalfWidth > 0, maxParticlesPerClass >= particlesPerClass, ciHalfWidth < narrowestHalfWidth {
            m.append("ci_half_width \(ciHalfWidth) cannot be met by any size class within max_particles_per_class "
                     + "\(maxParticlesPerClass) (its narrowest 95 % interval, at η = 0 or 1, is ±\(narrowestHalfWidth)); "
                     + "raise ci_half_width or max_particles_per_class")
        }
        if !(timeStepFactor > 0 && timeStepFactor <= 1) {
            m.append("time_step_factor must be in (0, 1], got \(timeStepFactor)")
        }
        return m
    }
}

/// Wall interaction chosen in a scenario.
public enum WallModel: Sendable, Equatable {
    /// Capture on contact (default).
    case capture
    /// Rebound or re-entrainment with probability `probability` per contact, restitution e.
    case rebound(probability: Double, restitution: Double = 0)
}
