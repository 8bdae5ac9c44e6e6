/// The Wilson–Ferrandino–Thurtell deposition law: the probability that a stochastic Lagrangian trajectory
/// arriving at a depositing surface is deposited rather than reflected, for a given deposition velocity.
///
/// Reference: J. D. Wilson, F. J. Ferrandino & G. W. Thurtell (1989), "A relationship between deposition
/// velocity and trajectory reflection probability for use in stochastic Lagrangian dispersion models",
/// *Agricultural and Forest Meteorology* 47(2–4):139–154.
///
/// A well-mixed population (concentration c) whose velocities normal to the surface are Gaussian with standard
/// deviation σ strikes the surface with the flux c σ/√(2π) = c m/2, where m = σ √(2/π) is the mean speed of the
/// particles moving towards it. Reflecting a fraction R of the arrivals makes the net deposition flux v_d c when
///
///     R = (m − v_d) / (m + v_d),   i.e.   P_dep = 1 − R = 2 v_d / (m + v_d),   m = σ √(2/π)
///
/// clipped to P_dep ≤ 1 (v_d ≥ m: every arrival deposits); without turbulence (m = 0) every arrival deposits.
///
/// Validity: the normal velocities near the surface are Gaussian (homogeneous turbulence over the last step)
/// and v_d ≪ m where the law matters; for v_d ≳ m it is capture on contact. The deposited particle sticks —
/// rebound or re-entrainment is the ``WallInteraction``'s business, applied after deposition.
///
/// Where the engine uses it (``TrajectoryEngine``), with σ the dispersion model's fluctuation normal to the
/// surface:
/// * a settler's settling floor (``ParticleFate/wallContact(normalIsA:settlingFloor:)``), v_d = v_t, the
///   terminal settling velocity;
/// * a settler baffle or perforated plate (``ParticleFate/plateContact(awaySign:)``), v_d = |s − v|, the step's
///   slip through the gas the particle saw (its inertial impaction velocity);
/// * a cyclone's collecting wall (``ParticleFate/centrifugalWall(centrifugalAcceleration:onDeposit:)``), v_d the
///   centrifugal drift, the terminal velocity of the drag law in the centrifugal acceleration v_θ²/R_w.
///
/// Example: σ = 0.3 m/s, v_d = 0.01 m/s → m = 0.23937 m/s, R = 0.91980, P_dep = 0.080204.
public enum WilsonFerrandinoThurtellDeposition {
    /// √(2/π): the mean speed towards a surface of Gaussian velocities per unit standard deviation.
    @inlinable public static var meanSpeedPerSigma: Double { (2 / Double.pi).squareRoot() }

    /// Mean speed m = σ √(2/π) (m/s) towards the surface of the trajectories arriving at it, for normal
    /// velocity fluctuations of standard deviation `sigma` (m/s).
    @inlinable public static func meanArrivalSpeed(sigma: Double) -> Double { sigma * meanSpeedPerSigma }

    /// Deposition probability 1 − R = min(1, 2 v_d/(m + v_d)) per arrival, for the mean arrival speed
    /// `m` = σ √(2/π) (``meanArrivalSpeed(sigma:)``) and the deposition velocity `v_d` (both m/s); 1 when m ≤ 0.
    @inlinable
    public static func depositionProbability(meanArrivalSpeed m: Double, depositionVelocity vd: Double) -> Double {
        guard m > 0 else { return 1 }
        return Swift.min(1, 2 * vd / (m + vd))
    }

    /// Reflection probability R = 1 − P_dep.
    @inlinable
    public static func reflectionProbability(meanArrivalSpeed m: Double, depositionVelocity vd: Double) -> Double {
        1 - depositionProbability(meanArrivalSpeed: m, depositionVelocity: vd)
    }
}
