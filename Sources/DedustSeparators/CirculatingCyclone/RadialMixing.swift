/// Radial mixing in the primary (upward annular) zone of the circulating cyclone (physics.md §2.1–§2.2, §4.4).
///
///     .plug                       no radial mixing: laminar time of flight (§2.1)
///     .mixed                      complete radial mixing: turbulent time of flight (§2.2)
///     .diffusivity(D_T)           radial eddy diffusivity D_T (m²/s), solved by ``RadialDriftAnnulus``
///     .scaledDiffusivity(k)       D_T = k v_in D; k ≈ 0.003–0.005 [M-L, physics.md §4.4], default 0.004
///                                 (Mothes & Löffler used a fixed D_T = 0.0125 m²/s for small cyclones)
///
/// Example: `.scaledDiffusivity()` at v_in = 18 m/s, D = 2 m → D_T = 0.144 m²/s.
public enum RadialMixing: Sendable, Equatable {
    case plug
    case mixed
    case diffusivity(Double)
    case scaledDiffusivity(coefficient: Double = 0.004)

    /// D_T (m²/s) for inlet velocity `inletVelocity` and barrel diameter `diameter`; nil for the closed forms.
    public func diffusivity(inletVelocity: Double, diameter: Double) -> Double? {
        switch self {
        case .plug, .mixed: return nil
        case let .diffusivity(d): return d
        case let .scaledDiffusivity(k): return k * inletVelocity * diameter
        }
    }
}
