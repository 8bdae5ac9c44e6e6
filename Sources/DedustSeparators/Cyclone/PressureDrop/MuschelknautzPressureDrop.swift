import Foundation
import DedustPhysics

/// Cyclone pressure drop by the Muschelknautz method (Hoffmann & Stein form, with solids loading),
/// physics.md §1.5.1 step 8 [M-H; exit-loss term as in SPOT V:S2]:
///
///     ΔP_body = f A_R ρ (v_θw v_θCS)^1.5 / (2 · 0.9 Q)
///     ΔP_x    = [ 2 + (v_θCS/v_x)² + 3 (v_θCS/v_x)^(4/3) ] · ½ ρ v_x²,     v_x = Q/(π R_x²)
///     ΔP      = ΔP_body + ΔP_x
///
/// v_θw, v_θCS, f and A_R from `MuschelknautzHoffmannStein.flow` (α with loading, f = f_air(1 + 2√c_o)), so
/// solids loading lowers ΔP (more friction, weaker vortex); the clean-gas value is the upper bound. The inlet
/// contraction loss is neglected. Validity: tangential slot-inlet cyclones.
///
/// Example (physics.md §1.10 / §1.9): Stairmand HE, D = 0.305 m, v_in = 10 m/s, air ρ = 1.2 kg/m³, clean,
/// f = 0.005, α = VDI: ΔP = 557 Pa; Eu = 9.28 at any size and velocity (5.27 for Stairmand HT).
/// With loading (§7.7, D = 2.32 m, 9.71 m³/s, ρ = 0.4141 kg/m³, c_o = 0.0683, f = 0.005 without loading
/// correction, α with loading): 589 Pa; with the VDI friction correction as well: 515 Pa.
public struct MuschelknautzPressureDrop: CyclonePressureDropModel, Equatable {
    /// f_air (default 0.005).
    public var wallFriction: Double
    /// α formula (default VDI).
    public var constriction: InletConstriction
    /// Raise the friction with loading (VDI-2019); false keeps f = f_air (α still depends on loading).
    public var frictionWithLoading: Bool

    public init(wallFriction: Double = 0.005, constriction: InletConstriction = .vdi, frictionWithLoading: Bool = true) {
        self.wallFriction = wallFriction
        self.constriction = constriction
        self.frictionWithLoading = frictionWithLoading
    }

    public var name: String { "muschelknautz" }

    /// (ΔP_body, ΔP_x) in Pa.
    public func components(of g: CycloneGeometry, at p: CycloneOperatingPoint) throws -> (body: Double, exit: Double) {
        let f = try MuschelknautzHoffmannStein(wallFriction: wallFriction, constriction: constriction,
                                               frictionWithLoading: frictionWithLoading).flow(of: g, at: p)
        let rho = p.gas.density
        let body = f.friction * f.frictionArea * rho * pow(f.wallVelocity * f.controlSurfaceVelocity, 1.5)
            / (2 * 0.9 * p.volumetricFlow)
        let ratio = f.controlSurfaceVelocity / f.vortexFinderVelocity
        let exit = (2 + ratio * ratio + 3 * pow(ratio, 4.0 / 3.0)) * 0.5 * rho * f.vortexFinderVelocity * f.vortexFinderVelocity
        return (body, exit)
    }

    public func pressureDrop(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> Double {
        let c = try components(of: geometry, at: point)
        return c.body + c.exit
    }
}

extension MuschelknautzPressureDrop: RegisteredCyclonePressureDropModel {
    public static let constrictionParameter = CycloneParameters.constriction(default: .vdi)

    public static let descriptor = ModelDescriptor(
        name: "muschelknautz", summary: "body (wall friction) plus vortex-finder losses of the Muschelknautz method",
        reference: "Hoffmann & Stein, Gas Cyclones and Swirl Tubes, 2nd ed. (2008), §6.3; VDI Heat Atlas (2010) L3.4",
        parameters: [CycloneParameters.wallFriction.descriptor, constrictionParameter.descriptor,
                     CycloneParameters.frictionLoadingCorrection.descriptor])

    public init(parameters p: ParameterValues) throws {
        self.init(wallFriction: p[CycloneParameters.wallFriction], constriction: p[Self.constrictionParameter] ?? .vdi,
                  frictionWithLoading: p[CycloneParameters.frictionLoadingCorrection])
    }
}
