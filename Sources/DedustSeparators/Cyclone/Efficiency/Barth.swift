import Foundation
import DedustPhysics

/// Barth (1956) equilibrium-orbit ("static particle") model ("barth"), physics.md §1.3: the particle that
/// hovers on the control surface CS (r = R_x, height H_CS), where centrifugal force balances Stokes drag of the
/// radial inflow:
///
///     v_rCS = Q / (2π R_x H_CS)                         (Barth: the full Q)
///     x_Gr  = √( 18 μ v_rCS R_x / ((ρ_p − ρ) v_θCS²) )
///     T(x)  = [1 + 2/(x/x_Gr)^3.564]^(−1.235)           (Barth grade-curve fit as coded in SPOT [V:S2];
///                                                        T(x_Gr) = 0.257, T = ½ at x50 = 1.3154 x_Gr)
///     critical loading  c_Gr = λ μ √(R R_x) / ((1 − R_x/R) ρ_p x_med² √(v_θw v_θCS))
///     c_o > c_Gr:  η(x) = 1 − c_Gr/c_o + (c_Gr/c_o) T(x)
///
/// Two formulations of v_θCS and H_CS:
/// * ``Formulation/hoffmannStein`` (default; Hoffmann & Stein ch. 5): v_θw, v_θCS from the Muschelknautz friction
///   balance (`MuschelknautzHoffmannStein.flow`, α and f configurable), H_CS from `controlSurfaceHeight`.
/// * ``Formulation/meissner`` (Barth/Meißner as in SPOT `funCyclone.R` [V:S2], Breiderhoff et al. 2013):
///   F = ab/(πR_x²), α = Meißner form (unless overridden), λ = λ_g(1 + 2√c_o),
///   v_θCS = v_x / (F α R_x/R_in + λ H/R_x) with v_x = Q/(πR_x²), H_CS = H − S, v_θw = v_in (R_in/R)/α.
///
/// Validity: slot-inlet reverse-flow cyclones; Dirgo & Leith (1985) found equilibrium-orbit models closest to
/// Stairmand-HE data [M-L]. `cutSize` is the 50 % size of T (1.3154 x_Gr); x_Gr is "equilibrium_orbit_size_m".
///
/// Examples: physics.md §1.10 (Stairmand HE, D = 1 m, 15 m/s, air 20 °C, ρ_p = 2000, clean, f = 0.005,
/// α = VDI): x_Gr = 4.495 µm. §8 D2 (SPOT default cyclone, meissner formulation, c_o = 0.041667):
/// x_Gr = 4.8126 µm, c_Gr = 0.011674, η_tot = 0.96813 (0.88624 without the loading limit).
public struct Barth: CycloneEfficiencyModel, Equatable {
    public enum Formulation: String, Sendable {
        case hoffmannStein = "hoffmann_stein"
        case meissner = "meissner"
    }

    public var formulation: Formulation
    /// Clean-gas wall friction (f_air / λ_g), default 0.005.
    public var wallFriction: Double
    /// Inlet constriction (nil: VDI for hoffmannStein, Meißner for meissner).
    public var constriction: InletConstriction?
    /// Limit H_CS to the Alexander natural vortex length (hoffmannStein formulation only).
    public var limitedByNaturalVortex: Bool
    /// Apply the critical-loading limit.
    public var applyLoadingLimit: Bool

    public init(formulation: Formulation = .hoffmannStein, wallFriction: Double = 0.005,
                constriction: InletConstriction? = nil, limitedByNaturalVortex: Bool = false,
                applyLoadingLimit: Bool = true) {
        self.formulation = formulation
        self.wallFriction = wallFriction
        self.constriction = constriction
        self.limitedByNaturalVortex = limitedByNaturalVortex
        self.applyLoadingLimit = applyLoadingLimit
    }

    public var name: String { "barth" }

    /// x50/x_Gr of the SPOT Barth fit: T(r) = ½ ⇔ r = [2/(2^(1/1.235) − 1)]^(1/3.564) = 1.3154.
    public static let cutSizeRatio = pow(2 / (pow(2, 1 / 1.235) - 1), 1 / 3.564)

    /// T(x) for x/x_Gr = `ratio`.
    public static func gradeCurve(ratio r: Double) -> Double {
        guard r > 0 else { return 0 }
        return pow(1 + 2 / pow(r, 3.564), -1.235)
    }

    /// (v_θw, v_θCS, H_CS, friction with loading) for the chosen formulation.
    public func vortex(of g: CycloneGeometry, at p: CycloneOperatingPoint)
        throws -> (wall: Double, cs: Double, height: Double, friction: Double, alpha: Double)
    {
        switch formulation {
        case .hoffmannStein:
            let mm = MuschelknautzHoffmannStein(wallFriction: wallFriction, constriction: constriction ?? .vdi,
                                                limitedByNaturalVortex: limitedByNaturalVortex)
            let f = try mm.flow(of: g, at: p)
            return (f.wallVelocity, f.controlSurfaceVelocity, f.controlSurfaceHeight, f.friction, f.constriction)
        case .meissner:
            try p.validate(for: g)
            let rx = g.vortexFinderRadius, r = g.radius, rIn = g.inletCentreRadius
            let areaRatio = g.inletArea / (Double.pi * rx * rx)
            let lambda = wallFriction * (1 + 2 * p.loading.squareRoot())
            let alpha = (constriction ?? .meissner).coefficient(for: g, loading: p.loading)
            let u = 1 / (areaRatio * alpha * rx / rIn + lambda * g.totalHeight / rx)
            let vx = p.volumetricFlow / (Double.pi * rx * rx)
            let vIn = p.volumetricFlow / g.inletArea
            return (vIn * (rIn / r) / alpha, u * vx, g.totalHeight - g.vortexFinderLength, lambda, alpha)
        }
    }

    public func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency {
        let v = try vortex(of: geometry, at: point)
        let rx = geometry.vortexFinderRadius
        let vr = point.volumetricFlow / (2 * Double.pi * rx * v.height)
        let xGr = (18 * point.gas.viscosity * vr * rx / (point.densityDifference * v.cs * v.cs)).squareRoot()
        var eta = point.classDiameters.map { Self.gradeCurve(ratio: $0 / xGr) }
        var details: [String: Double] = [
            "wall_velocity_m_per_s": v.wall, "inner_tangential_velocity_m_per_s": v.cs, "control_surface_height_m": v.height,
            "radial_velocity_m_per_s": vr, "equilibrium_orbit_size_m": xGr, "wall_friction": v.friction,
            "constriction_coefficient": v.alpha, "cut_size_m": Self.cutSizeRatio * xGr,
            "vortex_exponent": log(v.cs / v.wall) / log(geometry.radius / rx),
        ]
        if applyLoadingLimit, point.loading > 0 {
            guard let xMed = point.effectiveMedianDiameter, xMed > 0 else {
                throw CycloneError.invalidInput("the critical loading needs the feed median diameter, but the feed has no size distribution")
            }
            let r = geometry.radius
            let cGr = v.friction * point.gas.viscosity * (r * rx).squareRoot()
                / ((1 - rx / r) * point.particleDensity * xMed * xMed * (v.wall * v.cs).squareRoot())
            details["mass_loading_limit"] = cGr
            if point.loading > cGr {
                let s = cGr / point.loading
                eta = eta.map { 1 - s + s * $0 }
                details["loading_limit_efficiency"] = 1 - s
            } else {
                details["loading_limit_efficiency"] = 0
            }
        }
        return CycloneEfficiency(gradeEfficiency: eta, cutSize: Self.cutSizeRatio * xGr, details: details)
    }
}

extension Barth.Formulation: CaseIterable {}

extension Barth: RegisteredCycloneEfficiencyModel {
    public static let formulationParameter = Parameter<Formulation>.choice(
        "barth_formulation", default: .hoffmannStein, doc: "formulation")
    public static let constrictionParameter = CycloneParameters.constriction(
        default: nil, computed: "vdi for the hoffmann_stein formulation, meissner for meissner (the barth pressure-drop "
            + "model takes meissner)")

    public static let descriptor = ModelDescriptor(
        name: "barth",
        summary: "Barth's equilibrium-orbit model",
        reference: "Barth, W., Berechnung und Auslegung von Zyklonabscheidern auf Grund neuerer Untersuchungen, "
            + "Brennst.-Wärme-Kraft 8 (1956) 1–9; Hoffmann & Stein, Gas Cyclones and Swirl Tubes, 2nd ed. (2008), chap. 5",
        parameters: [formulationParameter.descriptor, CycloneParameters.wallFriction.descriptor,
                     constrictionParameter.descriptor, CycloneParameters.naturalVortexLimit.descriptor,
                     CycloneParameters.loadingLimit.descriptor])
    public static let defaultPressureDropModel = "barth"

    public init(parameters p: ParameterValues) throws {
        self.init(formulation: p[Self.formulationParameter], wallFriction: p[CycloneParameters.wallFriction],
                  constriction: p[Self.constrictionParameter],
                  limitedByNaturalVortex: p[CycloneParameters.naturalVortexLimit],
                  applyLoadingLimit: p[CycloneParameters.loadingLimit])
    }
}
