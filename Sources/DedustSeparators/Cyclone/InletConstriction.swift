import Foundation

/// The inlet constriction coefficient α of a tangential slot inlet: the ratio of the inlet jet's angular
/// momentum to that of the wall vortex it feeds, so that the wall tangential velocity is
///
///     v_θw = v_in · R_in / (α R),        R_in = R − b/2                 (physics.md §1.4)
///
/// Three published formulas are in circulation and they differ by up to ~30 % for the same cyclone
/// (physics.md §1.4 calls this an "important model uncertainty"), so the formula is a choice:
///
/// * ``vdi`` — Muschelknautz, VDI-Wärmeatlas 2019 (as coded in Dyssol), ξ = b/R, c_o = solids loading (kg/kg):
///
///       α = (1/ξ) · { 1 − sqrt( 1 + 4 [ (ξ/2)² − ξ/2 ] · sqrt( 1 − (1 − ξ²)(2ξ − ξ²)/(1 + c_o) ) ) }
///
///   [V:S1]. Default: it is the currently published version and the only one that includes loading.
/// * ``simple`` — clean-gas approximation α = 1 − 0.4 (b/R)^½ [M-M].
/// * ``meissner`` — Meißner form used in SPOT, α = 1 − (0.54 − 0.153/F)(b/R)^⅓ with F = ab/(πR_x²) [V:S2].
/// * ``fixed(_:)`` — a measured or calibrated value.
///
/// Validity: slot inlets with 0 < b/R < 1 (the VDI form is only defined there). The VDI form was fitted for
/// 0.1 ≲ b/R ≲ 0.5 and 0 ≤ c_o ≲ 10.
///
/// Example (Stairmand HE, b/R = 0.4, F = 0.5093, physics.md §1.4):
///
///     InletConstriction.vdi.coefficient(for: g, loading: 0)    // 0.6212
///     InletConstriction.vdi.coefficient(for: g, loading: 1)    // 0.8179
///     InletConstriction.simple.coefficient(for: g, loading: 0) // 0.7470
///     InletConstriction.meissner.coefficient(for: g, loading: 0) // 0.8235
public enum InletConstriction: Sendable, Equatable {
    case vdi
    case simple
    case meissner
    case fixed(Double)

    /// Scenario names: "vdi", "simple", "meissner" (a fixed value is given as a number instead).
    public init?(name: String) {
        switch name.lowercased() {
        case "vdi", "vdi_2019", "muschelknautz": self = .vdi
        case "simple": self = .simple
        case "meissner", "meißner": self = .meissner
        default: return nil
        }
    }

    /// Scenario name of the formula.
    public var name: String {
        switch self {
        case .vdi: return "vdi"
        case .simple: return "simple"
        case .meissner: return "meissner"
        case let .fixed(v): return "fixed(\(v))"
        }
    }

    /// α for `geometry` at solids loading `loading` (kg dust per kg gas).
    public func coefficient(for geometry: CycloneGeometry, loading: Double) -> Double {
        let xi = geometry.inletWidth / geometry.radius
        switch self {
        case .vdi:
            return Self.vdi(relativeInletWidth: xi, loading: loading)
        case .simple:
            return 1 - 0.4 * xi.squareRoot()
        case .meissner:
            let areaRatio = geometry.inletArea / (Double.pi * geometry.vortexFinderRadius * geometry.vortexFinderRadius)
            return 1 - (0.54 - 0.153 / areaRatio) * cbrt(xi)
        case let .fixed(value):
            return value
        }
    }

    /// The VDI-2019 formula for ξ = b/R and loading c_o (the same expression Dyssol evaluates).
    public static func vdi(relativeInletWidth xi: Double, loading: Double) -> Double {
        let inner = 1 - (1 - xi * xi) / (1 + loading) * (2 * xi - xi * xi)
        return (1 - (1 + 4 * ((xi / 2) * (xi / 2) - xi / 2) * inner.squareRoot()).squareRoot()) / xi
    }
}
