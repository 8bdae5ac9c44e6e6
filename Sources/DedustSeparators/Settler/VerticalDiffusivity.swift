import Foundation

/// Vertical eddy diffusivity ε_y of the gas in a settling chamber, for the dispersion (intermediate-mixing)
/// settler model (physics.md §3.3).
///
/// `.given(ε)` takes a value in m²/s (from tracer tests, CFD, or a fit to plant data).
///
/// `.channelFlow(coefficient: β)` uses the depth-mean eddy diffusivity of wall-bounded shear flow,
///
///     ε_y = β u* H_c,      u* = U √(f/8)
///
/// with U the mean horizontal velocity, H_c the channel (tray) height and f the Darcy friction factor of the
/// channel (``DuctFriction``). For an open channel of depth h the parabolic profile ε = κ u* y (1 − y/h) averages
/// to κ u* h/6 (Elder 1959, J. Fluid Mech. 5:544), β = 0.067 with κ = 0.40. A chamber with a roof has two wall
/// layers, i.e. two such profiles of depth H_c/2, so the default is β = κ/12 = 0.0333.
/// Validity: fully developed, non-buoyant flow. Real chambers have inlet jets, secondary flows and thermal
/// convection that mix far more (β an order of magnitude larger is plausible); β is a calibration parameter.
///
/// Example: U = 0.3 m/s, H_c = 4 m, W = 3 m, carbide gas at 600 °C (ν = 1.017e-4 m²/s): D_h = 3.43 m,
/// Re = 1.01·10⁴, f = 0.0308 (smooth), u* = 0.01861 m/s, ε_y = 0.0333 · 0.01861 · 4 = 2.48e-3 m²/s.
public enum VerticalDiffusivity: Sendable, Equatable {
    /// A fixed ε_y (m²/s).
    case given(Double)
    /// ε_y = β u* H_c from the channel friction factor.
    case channelFlow(coefficient: Double = 0.40 / 12)

    /// ε_y (m²/s) for mean velocity `velocity` (m/s) in a channel `width` × `height` (m) with wall roughness
    /// `roughness` (m) and gas kinematic viscosity `kinematicViscosity` (m²/s).
    public func value(velocity: Double, width: Double, height: Double, roughness: Double,
                      kinematicViscosity: Double) -> Double {
        switch self {
        case let .given(e):
            return e
        case let .channelFlow(beta):
            let dh = DuctFriction.hydraulicDiameter(width: width, height: height)
            let f = DuctFriction.darcy(reynolds: velocity * dh / kinematicViscosity, roughness: roughness,
                                       hydraulicDiameter: dh)
            return beta * velocity * (f / 8).squareRoot() * height
        }
    }

    func validate(unit: String) throws {
        switch self {
        case let .given(e):
            try SeparatorParameterError.requireNonNegative("vertical_diffusivity", e, unit: unit,
                                                           what: "an eddy diffusivity ≥ 0 in m²/s")
        case let .channelFlow(beta):
            try SeparatorParameterError.requireNonNegative("diffusivity_coefficient", beta, unit: unit,
                                                           what: "a coefficient β ≥ 0 (default κ/12 = 0.0333)")
        }
    }
}
