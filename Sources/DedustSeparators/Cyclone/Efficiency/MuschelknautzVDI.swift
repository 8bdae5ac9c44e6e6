import Foundation
import DedustPhysics

/// Muschelknautz method, VDI-Wärmeatlas 2019 version, exactly as implemented in Dyssol's
/// "Cyclone (Muschelknautz)" unit (physics.md §1.5.2 [V:S1]; Muschelknautz U. (2019) "L3.4 Zyklone zum
/// Abscheiden fester Partikel aus Gasen", VDI-Wärmeatlas, Springer, doi:10.1007/978-3-662-52989-8_91).
///
/// Geometry (Dyssol names → `CycloneGeometry`): r_o = R, r_f = R_x, r_exit = R_d, b_e = b, h_e = a,
/// h_cyl = h, h_tot = H, h_f = S. Rectangular slot inlet.
///
///     r_e = r_o − b_e/2,  r̄_con = (r_o + r_exit)/2,  r_exit,eff = max(r_f, r_exit)
///     h_con,eff = h_con (r_o − r_exit,eff)/(r_o − r_exit),  h_sep = h_cyl + h_con,eff − h_f
///     A_tot = 2π r_o h_cyl + π(r_o + r_exit,eff)√(h_con,eff² + (r_o − r_exit,eff)²) + 2π r_f h_f + π(r_o² − r_f²)
///     A_sed = 2π r_o h_cyl + π(r_o + r̄_con)√((h_con/2)² + (r_o − r̄_con)²),   A_e1 = π r_o h_e
///     μ_in = ṁ_s/ṁ_g,  λ_s = λ₀(1 + 2√μ_in) (μ_in ≤ 1) or λ₀(1 + 3√μ_in) (μ_in > 1)
///     α (InletConstriction, VDI form with c_o = μ_in by default),  r̄_e = r_o − α b_e/2,  r̄_z = √(r̄_e r̄_con)
///     v_e = V̇/(b_e h_e),  w_50 = ½ · 0.9 V̇ / A_sed,  u_o = v_e (r_e/r_o)/α
///     u_f   = u_o (r_o/r_f)   / [1 + (λ_s/2)(A_tot/V̇)       u_o √(r_o/r_f)]
///     u_e   = u_o (r_o/r̄_e)   / [1 + (λ_s/2)(A_e1/(0.9V̇))  u_o √(r_o/r̄_e)]
///     u_con = u_o (r_o/r̄_con) / [1 + (λ_s/2)(A_sed/(0.9V̇)) u_o √(r_o/r̄_con)]
///     n = ln(u_f/u_o)/ln(r_o/r_f),  V̇_sec/V̇ = 0.0497 + 0.0684 n + 0.0949 n²,  w_split = 1 − V̇_sec/V̇
///     loading limit (main stream): z̄_e = u_e u_con / r̄_z,  d*_main,l = √(18 μ w_50 / (Δρ z̄_e)),
///       μ_main = K_main (d*_main,l / d_50) (10 μ_in)^k  (k piecewise in μ_in, 0.81 → 0.15),
///       η_main,l = 1 − μ_main/μ_in
///     inner vortex: d*_main,v = √(18 μ 0.9V̇ / (Δρ u_f² 2π h_sep))
///     secondary stream: μ_sec = min(μ_in, 6 μ_main), d*_sec,v = √(18 μ V̇_sec / (Δρ (⅔u_f)² 2π h_f))
///     grade curve: η(d_r = d/d*) = ½{1 + cos[(π/2)(1 − log d_r / log D)]} for 1/D ≤ d_r ≤ D, 0 below, 1 above
///       (D = `gradeCurveWidth` for the main stream, `secondaryGradeCurveWidth` (3) for the secondary one)
///     η_main = η_main,l + (1 − η_main,l) η_main,v if μ_in > μ_main, else η_main,v  (same for the secondary)
///     η(d) = η_adj [w_split η_main(d) + (1 − w_split) η_sec(d)]
///
/// d_50 is the feed mass median (`CycloneOperatingPoint.effectiveMedianDiameter`; Dyssol interpolates its
/// cumulative distribution between arithmetic class means, see `ConventionalCyclone.MedianConvention.dyssol`).
/// Unlike Dyssol (which passes a dust-free or gas-free stream through unseparated) the model still classifies
/// at zero loading: the loading limit is then simply inactive.
///
/// Validity: slot-inlet reverse-flow cyclones, loadings 0 to ~10 kg/kg; the VDI text recommends D = 2 (long
/// slim cyclones) to 4 (wide squat ones), K_main = 0.02 (fine dust, large angle of repose) to 0.03 (coarse).
/// Axial-vane and spiral inlets of the Dyssol unit are not ported.
///
/// Example (Dyssol regression test, physics.md §8 A1, t = 0): D_o = 5 m cyclone, V̇ = 0.043079 m³/s,
/// μ_in = 1 kg/kg, λ₀ = 0.01, sand 2200 kg/m³, air ρ = 1.160668 kg/m³, μ = 1.8474e-5 Pa·s, d_50 = 0.495 mm:
/// α = 0.817861, u_o = 0.0187279 m/s, u_f = 0.0225425 m/s, n = 0.171845, w_split = 0.935743,
/// d*_main,v = 579.713 µm, μ_main = 0.0321486 → η(5 µm) = 0.957523, total 0.977071.
public struct MuschelknautzVDI: CycloneEfficiencyModel, Equatable {
    /// λ₀: wall friction coefficient of the clean gas (Dyssol default 0.005; 0.0065–0.01 for rough walls).
    public var wallFriction: Double
    /// D: width of the main-stream cosine grade curve (2 long/slim … 4 wide/squat cyclones; default 3).
    public var gradeCurveWidth: Double
    /// D of the secondary (short-circuit) stream's curve (3 in VDI/Dyssol).
    public var secondaryGradeCurveWidth: Double
    /// K_main: constant of the main-stream loading limit (0.02–0.03, default 0.025).
    public var kMain: Double
    /// η_adj: overall efficiency adjustment factor in [0, 1] (default 1).
    public var efficiencyAdjustment: Double
    /// Inlet constriction formula (default: VDI, with loading).
    public var constriction: InletConstriction

    public init(wallFriction: Double = 0.005, gradeCurveWidth: Double = 3, secondaryGradeCurveWidth: Double = 3,
                kMain: Double = 0.025, efficiencyAdjustment: Double = 1, constriction: InletConstriction = .vdi) {
        self.wallFriction = wallFriction
        self.gradeCurveWidth = gradeCurveWidth
        self.secondaryGradeCurveWidth = secondaryGradeCurveWidth
        self.kMain = kMain
        self.efficiencyAdjustment = efficiencyAdjustment
        self.constriction = constriction
    }

    public var name: String { "muschelknautz_vdi" }

    /// Checks the parameters; throws with the offending value.
    public func validateParameters() throws {
        guard wallFriction >= 0, wallFriction.isFinite else {
            throw CycloneError.invalidParameter("wall_friction must be ≥ 0, got \(wallFriction)")
        }
        for (n, v) in [("grade_curve_D", gradeCurveWidth), ("secondary grade_curve_D", secondaryGradeCurveWidth)]
        where !(v > 1) || !v.isFinite {
            throw CycloneError.invalidParameter("\(n) must be > 1 (VDI: 2…4), got \(v)")
        }
        guard kMain > 0, kMain.isFinite else { throw CycloneError.invalidParameter("K_main must be > 0, got \(kMain)") }
        guard efficiencyAdjustment >= 0, efficiencyAdjustment <= 1 else {
            throw CycloneError.invalidParameter("eta_adj must lie in [0, 1], got \(efficiencyAdjustment)")
        }
    }

    /// Geometric quantities of the VDI method; throws when the cyclone cannot be evaluated (Dyssol's checks).
    public func areas(of g: CycloneGeometry) throws -> MuschelknautzAreas {
        let ro = g.radius, rf = g.vortexFinderRadius, rExit = g.dustOutletRadius
        var problems: [String] = []
        if !(ro > rf) { problems.append("vortex-finder radius \(rf) m must be smaller than the radius \(ro) m") }
        if !(ro > rExit) { problems.append("dust-outlet radius \(rExit) m must be smaller than the radius \(ro) m") }
        if !(ro > g.inletWidth) { problems.append("inlet width \(g.inletWidth) m must be smaller than the radius \(ro) m") }
        if !(g.totalHeight > g.vortexFinderLength) { problems.append("vortex finder must be shorter than the cyclone") }
        if !(g.totalHeight > g.cylinderHeight) { problems.append("cylinder height must be below the total height (a cone is needed)") }
        if !(g.totalHeight > g.inletHeight) { problems.append("inlet height must be below the total height") }
        if !problems.isEmpty { throw CycloneError.invalidGeometry(problems) }
        let rConMean = 0.5 * (rExit + ro)
        let rExitEff = rExit <= rf ? rf : rExit
        let hCon = g.totalHeight - g.cylinderHeight
        let hConEff = (ro - rExitEff) / (ro - rExit) * hCon
        let hSep = g.cylinderHeight + hConEff - g.vortexFinderLength
        guard hSep > 0 else {
            throw CycloneError.invalidGeometry(["separation height h_sep = \(hSep) m ≤ 0: vortex finder reaches below the effective cone"])
        }
        let aCyl = 2 * Double.pi * ro * g.cylinderHeight
        let aCon = Double.pi * (ro + rExitEff) * ((ro - rExitEff) * (ro - rExitEff) + hConEff * hConEff).squareRoot()
        let aTop = Double.pi * (ro * ro - rf * rf)
        let aF = 2 * Double.pi * rf * g.vortexFinderLength
        let aCon2 = Double.pi * (ro + rConMean) * ((ro - rConMean) * (ro - rConMean) + hCon * hCon / 4).squareRoot()
        return MuschelknautzAreas(separationHeight: hSep, effectiveConeHeight: hConEff, meanConeRadius: rConMean,
                                  total: aCyl + aCon + aF + aTop, sedimentation: aCyl + aCon2,
                                  firstRevolution: Double.pi * ro * g.inletHeight)
    }

    /// λ_s = λ₀(1 + 2√μ_in) for μ_in ≤ 1, λ₀(1 + 3√μ_in) above.
    public func wallFriction(loading mu: Double) -> Double {
        mu <= 1 ? wallFriction * (1 + 2 * mu.squareRoot()) : wallFriction * (1 + 3 * mu.squareRoot())
    }

    /// Exponent k of the main-stream loading limit (VDI piecewise fit, as in Dyssol).
    public static func loadingExponent(_ mu: Double) -> Double {
        if mu < 2.2e-5 { return 0.81 }
        if mu < 0.015 { return 0.15 + 0.66 * exp(-pow((mu - 2.2e-5) / (0.015 - 2.2e-5), 0.6)) }
        if mu < 0.1 { return 0.15 + 0.66 * exp(-pow((0.1 - 0.015) / (0.1 - mu), 0.1) * pow(mu / 0.015, 0.6)) }
        return 0.15
    }

    /// The flow quantities, cut sizes and loading limits at `point` (no per-class work).
    public func velocities(of g: CycloneGeometry, at point: CycloneOperatingPoint) throws -> MuschelknautzVelocities {
        try validateParameters()
        try point.validate()
        let areas = try areas(of: g)
        let q = point.volumetricFlow
        let mu = point.loading
        let visc = point.gas.viscosity
        let dRho = point.densityDifference
        let ro = g.radius, rf = g.vortexFinderRadius, be = g.inletWidth
        let lambdaS = wallFriction(loading: mu)
        let alpha = constriction.coefficient(for: g, loading: mu)
        guard alpha > 0, alpha.isFinite else {
            throw CycloneError.invalidParameter("inlet constriction coefficient α = \(alpha) (\(constriction.name)); expected > 0")
        }
        let rE = ro - be / 2
        let rEMean = ro - 0.5 * alpha * be
        let rCon = areas.meanConeRadius
        let rZMean = (rEMean * rCon).squareRoot()
        let vE = q / (be * g.inletHeight)
        let w50 = 0.5 * 0.9 * q / areas.sedimentation
        let uO = vE * rE / ro / alpha
        let uF = uO * (ro / rf) / (1 + lambdaS / 2 * (areas.total / q) * uO * (ro / rf).squareRoot())
        let uE = uO * ro / rEMean / (1 + lambdaS / 2 * areas.firstRevolution / (0.9 * q) * uO * (ro / rEMean).squareRoot())
        let uCon = uO * (ro / rCon) / (1 + lambdaS / 2 * (areas.sedimentation / (0.9 * q)) * uO * (ro / rCon).squareRoot())
        let n = log(uF / uO) / log(ro / rf)
        let secondary = 0.0497 + 0.0684 * n + 0.0949 * n * n
        let zEMean = uE * uCon / rZMean
        let dStarMainL = (w50 * 18 * visc / (dRho * zEMean)).squareRoot()
        let k = Self.loadingExponent(mu)
        var muMain = 0.0
        if mu > 0 {
            guard let d50 = point.effectiveMedianDiameter, d50 > 0 else {
                throw CycloneError.invalidInput("the loading limit needs the feed median diameter, but the feed has no size distribution")
            }
            muMain = kMain * (dStarMainL / d50) * pow(10 * mu, k)
        }
        let dStarMainV = (18 * visc * 0.9 * q / (dRho * uF * uF * 2 * Double.pi * areas.separationHeight)).squareRoot()
        let muSec = mu >= 6 * muMain ? 6 * muMain : mu
        let vSec = q * secondary
        let dStarSecV = (18 * visc * vSec / (dRho * (2.0 / 3.0 * uF) * (2.0 / 3.0 * uF) * 2 * Double.pi * g.vortexFinderLength))
            .squareRoot()
        return MuschelknautzVelocities(
            areas: areas, loading: mu, wallFriction: lambdaS, constriction: alpha, inletVelocity: vE,
            wallVelocity: uO, innerVelocity: uF, entryVelocity: uE, coneVelocity: uCon, vortexExponent: n,
            secondaryFlowFraction: secondary, sedimentationVelocity: w50, centrifugalAcceleration: zEMean,
            loadingLimitCutSize: dStarMainL, loadingExponent: k, mainLoadingLimit: muMain,
            mainCutSize: dStarMainV, secondaryLoadingLimit: muSec, secondaryCutSize: dStarSecV)
    }

    /// The VDI cosine grade curve: η(d/d*) with width D (0 below d*/D, 1 above D·d*).
    public static func cosineCurve(diameter d: Double, cutSize dStar: Double, width D: Double) -> Double {
        let dr = d / dStar
        if dr < 1 / D { return 0 }
        if dr <= D { return 0.5 * (1 + cos(0.5 * Double.pi * (1 - log(dr) / log(D)))) }
        return 1
    }

    /// η per class for the flow state `v` (main and secondary streams, loading limits, η_adj).
    public func gradeEfficiency(diameters: [Double], velocities v: MuschelknautzVelocities) -> [Double] {
        let etaMainL = v.mainLoadingLimitEfficiency, etaSecL = v.secondaryLoadingLimitEfficiency
        let mainActive = v.loading > v.mainLoadingLimit, secActive = v.loading > v.secondaryLoadingLimit
        return diameters.map { d in
            let ev = Self.cosineCurve(diameter: d, cutSize: v.mainCutSize, width: gradeCurveWidth)
            let es = Self.cosineCurve(diameter: d, cutSize: v.secondaryCutSize, width: secondaryGradeCurveWidth)
            let main = mainActive ? etaMainL + (1 - etaMainL) * ev : ev
            let sec = secActive ? etaSecL + (1 - etaSecL) * es : es
            return efficiencyAdjustment * (v.mainStreamFraction * main + (1 - v.mainStreamFraction) * sec)
        }
    }

    public func efficiency(of geometry: CycloneGeometry, at point: CycloneOperatingPoint) throws -> CycloneEfficiency {
        let v = try velocities(of: geometry, at: point)
        return CycloneEfficiency(gradeEfficiency: gradeEfficiency(diameters: point.classDiameters, velocities: v),
                                 cutSize: v.mainCutSize, details: v.details, warnings: [])
    }
}

/// Geometric quantities of the VDI Muschelknautz method (m, m²).
public struct MuschelknautzAreas: Sendable, Equatable {
    /// h_sep: height of the separation zone below the vortex finder, cone cut at the vortex-finder radius.
    public var separationHeight: Double
    /// h_con,eff: cone height down to the radius max(r_f, r_exit).
    public var effectiveConeHeight: Double
    /// r̄_con = (r_o + r_exit)/2.
    public var meanConeRadius: Double
    /// A_tot: friction area (barrel, effective cone, vortex-finder outside, roof).
    public var total: Double
    /// A_sed = A_cyl + A_con/2: wall area available for sedimentation.
    public var sedimentation: Double
    /// A_e1 = π r_o h_e: wall area of the first revolution.
    public var firstRevolution: Double
}

/// Intermediate results of the VDI-2019 Muschelknautz method (`MuschelknautzVDI.velocities`), SI units.
/// Names follow physics.md §1.5.2: u_o = v_θw (wall), u_f = v_θCS (vortex-finder radius).
public struct MuschelknautzVelocities: Sendable, Equatable {
    public var areas: MuschelknautzAreas
    /// μ_in: solids loading (kg/kg).
    public var loading: Double
    /// λ_s: wall friction coefficient with solids.
    public var wallFriction: Double
    /// α: inlet constriction coefficient.
    public var constriction: Double
    /// v_e = V̇/(b h_e): inlet velocity (m/s).
    public var inletVelocity: Double
    /// u_o = v_θw: tangential velocity at the wall (m/s).
    public var wallVelocity: Double
    /// u_f = v_θCS: tangential velocity at the vortex-finder radius (m/s).
    public var innerVelocity: Double
    /// u_e: tangential velocity on the entry streamline r̄_e (m/s).
    public var entryVelocity: Double
    /// u_con: tangential velocity at the mean cone radius (m/s).
    public var coneVelocity: Double
    /// n = ln(u_f/u_o)/ln(r_o/r_f): vortex exponent implied by friction.
    public var vortexExponent: Double
    /// V̇_sec/V̇: secondary (short-circuit) gas fraction.
    public var secondaryFlowFraction: Double
    /// w_50: sinking velocity for 50 % wall deposition (m/s).
    public var sedimentationVelocity: Double
    /// z̄_e = u_e u_con / r̄_z: mean centrifugal acceleration on the first revolution (m/s²).
    public var centrifugalAcceleration: Double
    /// d*_main,l: cut size of the loading-limit separation (m).
    public var loadingLimitCutSize: Double
    /// k: loading-limit exponent.
    public var loadingExponent: Double
    /// μ_main: main-stream loading limit (kg/kg).
    public var mainLoadingLimit: Double
    /// d*_main,v: inner-vortex cut size of the main stream (m) — the cyclone's cut size.
    public var mainCutSize: Double
    /// μ_sec = min(μ_in, 6 μ_main): secondary-stream loading limit (kg/kg).
    public var secondaryLoadingLimit: Double
    /// d*_sec,v: cut size of the secondary stream at the vortex-finder lip (m).
    public var secondaryCutSize: Double

    /// w_split = 1 − V̇_sec/V̇: main-stream fraction.
    public var mainStreamFraction: Double { 1 - secondaryFlowFraction }
    /// h_sep (m).
    public var separationHeight: Double { areas.separationHeight }
    /// η_main,l = 1 − μ_main/μ_in (0 when the loading limit is not exceeded).
    public var mainLoadingLimitEfficiency: Double { loading > mainLoadingLimit ? 1 - mainLoadingLimit / loading : 0 }
    /// η_sec,l = 1 − μ_sec/μ_in (0 when not exceeded).
    public var secondaryLoadingLimitEfficiency: Double {
        loading > secondaryLoadingLimit ? 1 - secondaryLoadingLimit / loading : 0
    }

    /// Report scalars (SI, unit in the key).
    public var details: [String: Double] {
        [
            "constriction_coefficient": constriction,
            "loading_kg_per_kg": loading,
            "wall_friction": wallFriction,
            "inlet_velocity_m_per_s": inletVelocity,
            "wall_velocity_m_per_s": wallVelocity,
            "inner_tangential_velocity_m_per_s": innerVelocity,
            "entry_tangential_velocity_m_per_s": entryVelocity,
            "cone_tangential_velocity_m_per_s": coneVelocity,
            "vortex_exponent": vortexExponent,
            "secondary_flow_fraction": secondaryFlowFraction,
            "main_stream_fraction": mainStreamFraction,
            "separation_height_m": separationHeight,
            "friction_area_m2": areas.total,
            "sedimentation_area_m2": areas.sedimentation,
            "cut_size_m": mainCutSize,
            "secondary_cut_size_m": secondaryCutSize,
            "loading_limit_cut_size_m": loadingLimitCutSize,
            "mass_loading_limit": mainLoadingLimit,
            "loading_limit_efficiency": mainLoadingLimitEfficiency,
        ]
    }
}

extension MuschelknautzVDI: RegisteredCycloneEfficiencyModel {
    /// [`eta_adj`] efficiency adjustment factor of the VDI method (Dyssol's `eta_adj`).
    public static let efficiencyAdjustmentParameter = Parameter<Double>.number(
        "eta_adj", default: 1, doc: "efficiency adjustment factor")
    public static let constrictionParameter = CycloneParameters.constriction(default: .vdi)

    public static let descriptor = ModelDescriptor(
        name: "muschelknautz_vdi",
        summary: "Muschelknautz method as in VDI Heat Atlas (2010) L3.4, with mass-loading limit",
        reference: "VDI Heat Atlas, 2nd ed., Springer (2010), chap. L3.4 (Muschelknautz & Greif, Cyclones and other "
            + "gas–solids separators); implemented as in Dyssol's cyclone unit",
        parameters: [CycloneParameters.wallFriction.descriptor, CycloneParameters.gradeCurveWidth.descriptor,
                     CycloneParameters.kMain.descriptor, efficiencyAdjustmentParameter.descriptor,
                     constrictionParameter.descriptor])
    public static let defaultPressureDropModel = "muschelknautz"

    /// The VDI model with the scenario's values; every parameter not given keeps its documented default.
    public init(parameters p: ParameterValues) throws {
        self.init(wallFriction: p[CycloneParameters.wallFriction], gradeCurveWidth: p[CycloneParameters.gradeCurveWidth],
                  kMain: p[CycloneParameters.kMain], efficiencyAdjustment: p[Self.efficiencyAdjustmentParameter],
                  constriction: p[Self.constrictionParameter] ?? .vdi)
        try validateParameters()
    }
}
