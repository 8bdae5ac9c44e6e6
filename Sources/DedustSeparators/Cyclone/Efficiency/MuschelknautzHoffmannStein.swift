import Foundation
import DedustPhysics

/// Muschelknautz method (MM) in the Hoffmann & Stein formulation ("muschelknautz"), physics.md §1.5.1
/// (Hoffmann A.C., Stein L.E., *Gas Cyclones and Swirl Tubes*, 2nd ed., Springer 2008, ch. 6; steps marked (v) were
/// verified against the VDI/Dyssol code [V:S1]):
///
///     v_in = Q/(ab),  R_in = R − b/2,  v_θw = v_in R_in / (α R)                  α: `constriction` (VDI default)
///     f = f_air (1 + 2√c_o)  (c_o ≤ 1),  f_air (1 + 3√c_o)  (c_o > 1)             (VDI-2019 loading correction;
///                                                                                 `frictionWithLoading = false`: f = f_air)
///     v_θCS = v_θw (R/R_x) / [1 + f A_R v_θw √(R/R_x) / (2Q)]                    A_R: `CycloneGeometry.frictionArea`
///     x50 = √( 18 μ (0.9 Q) / (2π (ρ_p − ρ) v_θCS² H_CS) )                       H_CS: `controlSurfaceHeight`
///     η(x) = 1 / (1 + (x50/x)^β)                                                 β: `slope` (H&S: 2–7, default 3)
///     loading limit: c_oL = K (x50/x_med) (10 c_o)^k   (K = 0.025; k: `loadingExponentFit` — VDI piecewise fit
///                    0.81 → 0.15 [V:S1], or Hoffmann & Stein k = 0.15 + 0.66 exp[−(c_o/0.015)^0.6], 0.15 for c_o ≥ 0.1 [M-L])
///     c_o > c_oL:  η(x) = (1 − c_oL/c_o) + (c_oL/c_o) η(x)        ("en masse" deposit with the feed PSD)
///
/// The 10 % short-circuit ("lip leakage") flow is the 0.9 Q. Validity: tangential slot-inlet reverse-flow
/// cyclones; β is a calibration parameter (the VDI cosine curve with D = 3 corresponds to β ≈ 2.86).
///
/// Example (physics.md §1.10, Stairmand HE D = 1 m, v_in = 15 m/s, air ρ = 1.2 kg/m³, μ = 1.81e-5 Pa·s,
/// ρ_p = 2000 kg/m³, clean gas, f = 0.005, α = VDI): v_θw = 19.32 m/s, v_θCS = 25.34 m/s, H_CS = 3.0 m,
/// x50 = 4.264 µm (Muschelknautz ΔP 1252 Pa, `MuschelknautzPressureDrop`).
/// Plant scale (physics.md §7.7, carbide gas at 500 °C, ρ = 0.4141 kg/m³, μ = 3.449e-5 Pa·s, one Stairmand HE of
/// D = 2.32 m at 9.71 m³/s, ρ_p = 2200, c_o = 0.0683, x_med = 15.9 µm, f = 0.005 without loading correction, H&S k):
/// x50 = 8.03 µm, c_oL = 0.0117 → 83 % deposited en masse, η_tot = 0.9445 on the article's PSD.
public struct MuschelknautzHoffmannStein: CycloneEfficiencyModel, Equatable {
    /// f_air: clean-gas wall friction (0.005 smooth walls; 0.0065–0.01 rough or refractory-lined).
    public var wallFriction: Double
    /// Inlet constriction formula.
    public var constriction: InletConstriction
    /// β of the logistic grade curve.
    public var slope: Double
    /// K of the loading limit (0.025).
    public var loadingLimitConstant: Double
    /// Limit H_CS to the Alexander natural vortex length.
    public var limitedByNaturalVortex: Bool
    /// Apply the mass-loading limit (en-masse separation).
    public var applyLoadingLimit: Bool
    /// Raise the wall friction with loading (VDI-2019 correction); false keeps f = f_air.
    public var frictionWithLoading: Bool
    /// Fit of the loading-limit exponent k.
    public var loadingExponentFit: LoadingExponentFit

    /// The loading-limit exponent k(c_o).
    public enum LoadingExponentFit: String, Sendable {
        /// VDI-2019 piecewise fit as coded in Dyssol (`MuschelknautzVDI.loadingExponent`) [V:S1].
        case vdi = "vdi"
        /// Hoffmann & Stein: k = 0.15 + 0.66 exp[−(c_o/0.015)^0.6] for c_o < 0.1, 0.15 above [M-L].
        case hoffmannStein = "hoffmann_stein"

        public func exponent(_ c: Double) -> Double {
            switch self {
            case .vdi: return MuschelknautzVDI.loadingExponent(c)
            case .hoffmannStein: return c >= 0.1 ? 0.15 : 0.15 + 0.66 * exp(-pow(c / 0.015, 0.6))
            }
        }
    }

    public init(wallFriction: Double = 0.005, constriction: InletConstriction = .vdi, slope: Double = 3,
                loadingLimitConstant: Double = 0.025, limitedByNaturalVortex: Bool = false,
                applyLoadingLimit: Bool = true, frictionWithLoading: Bool = true,
                loadingExponentFit: LoadingExponentFit = .vdi) {
        self.wallFriction = wallFriction
        self.constriction = constriction
        self.slope = slope
        self.loadingLimitConstant = loadingLimitConstant
        self.limitedByNaturalVortex = limitedByNaturalVortex
        self.applyLoadingLimit = applyLoadingLimit
        self.frictionWithLoading = frictionWithLoading
        self.loadingExponentFit = loadingExponentFit
    }

    public var name: String { "muschelknautz" }

    /// f with solids: f_air(1 + 2√c_o) for c_o ≤ 1, f_air(1 + 3√c_o) above (VDI-2019).
    public static func friction(clean f: Double, loading c: Double) -> Double {
        c <= 1 ? f * (1 + 2 * c.squareRoot()) : f * (1 + 3 * c.squareRoot())
    }

    /// The MM flow quantities at `point` (steps 1–4, with loading).
    public func flow(of g: CycloneGeometry, at point: CycloneOperatingPoint) throws -> MuschelknautzFlow {
        try point.validate(for: g)
        guard wallFriction >= 0 else { throw CycloneError.invalidParameter("wall_friction must be ≥ 0, got \(wallFriction)") }
        let q = point.volumetricFlow
        let vIn = q / g.inletArea
        let alpha = constriction.coefficient(for: g, loading: point.loading)
        guard alpha > 0, alpha.isFinite else {
            throw CycloneError.invalidParameter("inlet constriction coefficient α = \(alpha) (\(constriction.name)); expected > 0")
        }
        let r = g.radius, rx = g.vortexFinderRadius
        let vw = vIn * g.inletCentreRadius / (alpha * r)
        let f = frictionWithLoading ? Self.friction(clean: wallFriction, loading: point.loading) : wallFriction
        let ar = g.frictionArea
        let vcs = vw * (r / rx) / (1 + f * ar * vw * (r / rx).squareRoot() / (2 * q))
        return MuschelknautzFlow(inletVelocity: vIn, constriction: alpha, friction: f, frictionArea: ar,
                                 wallVelocity: vw, controlSurfaceVelocity: vcs,
                                 controlSurfaceHeight: g.controlSurfaceHeight(limitedByNaturalVortex: limitedByNaturalVortex),
                                 vortexFinderVelocity: q / (Double.pi * rx * rx),
                                 vortexExponent: log(vcs / vw) / log(r / rx))
    }

    public func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency {
        guard slope > 0 else { throw CycloneError.invalidParameter("grade-curve slope β must be > 0, got \(slope)") }
        let fl = try flow(of: geometry, at: point)
        let x50 = (18 * point.gas.viscosity * 0.9 * point.volumetricFlow
            / (2 * Double.pi * point.densityDifference * fl.controlSurfaceVelocity * fl.controlSurfaceVelocity
               * fl.controlSurfaceHeight)).squareRoot()
        var eta = point.classDiameters.map { 1 / (1 + pow(x50 / $0, slope)) }
        var details = fl.details
        details["cut_size_m"] = x50
        if applyLoadingLimit, point.loading > 0 {
            guard let xMed = point.effectiveMedianDiameter, xMed > 0 else {
                throw CycloneError.invalidInput("the loading limit needs the feed median diameter, but the feed has no size distribution")
            }
            let limit = loadingLimitConstant * (x50 / xMed)
                * pow(10 * point.loading, loadingExponentFit.exponent(point.loading))
            details["mass_loading_limit"] = limit
            if point.loading > limit {
                let s = limit / point.loading
                eta = eta.map { (1 - s) + s * $0 }
                details["loading_limit_efficiency"] = 1 - s
            } else {
                details["loading_limit_efficiency"] = 0
            }
        }
        return CycloneEfficiency(gradeEfficiency: eta, cutSize: x50, details: details)
    }
}

/// Flow quantities of the Muschelknautz method (Hoffmann & Stein form), SI.
public struct MuschelknautzFlow: Sendable, Equatable {
    /// v_in = Q/(ab).
    public var inletVelocity: Double
    /// α.
    public var constriction: Double
    /// f (with loading).
    public var friction: Double
    /// A_R (m²).
    public var frictionArea: Double
    /// v_θw (m/s).
    public var wallVelocity: Double
    /// v_θCS at r = R_x (m/s).
    public var controlSurfaceVelocity: Double
    /// H_CS (m).
    public var controlSurfaceHeight: Double
    /// v_x = Q/(π R_x²) (m/s).
    public var vortexFinderVelocity: Double

    public var details: [String: Double] {
        ["inlet_velocity_m_per_s": inletVelocity, "constriction_coefficient": constriction, "wall_friction": friction,
         "friction_area_m2": frictionArea, "wall_velocity_m_per_s": wallVelocity,
         "inner_tangential_velocity_m_per_s": controlSurfaceVelocity, "control_surface_height_m": controlSurfaceHeight,
         "vortex_finder_velocity_m_per_s": vortexFinderVelocity, "vortex_exponent": vortexExponent]
    }

    /// n = ln(v_θCS/v_θw)/ln(R/R_x): vortex exponent implied by friction.
    public var vortexExponent: Double
}

extension MuschelknautzHoffmannStein.LoadingExponentFit: CaseIterable {}

extension MuschelknautzHoffmannStein: RegisteredCycloneEfficiencyModel {
    public static let constrictionParameter = CycloneParameters.constriction(default: .vdi)
    public static let slopeParameter = Parameter<Double>.number("grade_curve_slope", default: 3, doc: "logistic slope β")
    public static let loadingExponentFitParameter = Parameter<LoadingExponentFit>.choice(
        "loading_exponent_fit", default: .vdi, doc: "fit of the loading-limit exponent k")

    public static let descriptor = ModelDescriptor(
        name: "muschelknautz",
        summary: "Muschelknautz method (Hoffmann & Stein) with logistic grade curve and loading limit",
        reference: "Hoffmann & Stein (2008), Gas Cyclones and Swirl Tubes, 2nd ed., Springer, chap. 6",
        parameters: [CycloneParameters.wallFriction.descriptor, constrictionParameter.descriptor,
                     slopeParameter.descriptor, CycloneParameters.kMain.descriptor,
                     CycloneParameters.naturalVortexLimit.descriptor, CycloneParameters.loadingLimit.descriptor,
                     CycloneParameters.frictionLoadingCorrection.descriptor, loadingExponentFitParameter.descriptor])
    public static let defaultPressureDropModel = "muschelknautz"

    public init(parameters p: ParameterValues) throws {
        self.init(wallFriction: p[CycloneParameters.wallFriction], constriction: p[Self.constrictionParameter] ?? .vdi,
                  slope: p[Self.slopeParameter], loadingLimitConstant: p[CycloneParameters.kMain],
                  limitedByNaturalVortex: p[CycloneParameters.naturalVortexLimit],
                  applyLoadingLimit: p[CycloneParameters.loadingLimit],
                  frictionWithLoading: p[CycloneParameters.frictionLoadingCorrection],
                  loadingExponentFit: p[Self.loadingExponentFitParameter])
    }
}
