/// Registry of cyclone efficiency and pressure-drop models by scenario name (`model:` and
/// `pressure_drop_model:` of a `cyclone` unit, design.md).
///
/// | `model:` | type | parameters used |
/// |---|---|---|
/// | `muschelknautz_vdi` | `MuschelknautzVDI` | wall_friction (λ₀), grade_curve_D, K_main, eta_adj, constriction |
/// | `muschelknautz` | `MuschelknautzHoffmannStein` | wall_friction, constriction, grade_curve_slope (β), K_main, natural_vortex_limit, loading_limit, friction_loading_correction, loading_exponent_fit |
/// | `barth` | `Barth` | barth_formulation, wall_friction, constriction, natural_vortex_limit, loading_limit |
/// | `lapple` | `Lapple` | lapple_turns |
/// | `leith_licht` | `LeithLicht` | slip_correction |
/// | `iozia_leith` | `IoziaLeith` | minimum_slope |
///
/// | `pressure_drop_model:` | type | parameters used |
/// |---|---|---|
/// | `shepherd_lapple` | `ShepherdLapplePressureDrop` | shepherd_lapple_K |
/// | `casal_martinez_benet` | `CasalMartinezBenetPressureDrop` | – |
/// | `dirgo` | `DirgoPressureDrop` | – |
/// | `stairmand` | `StairmandPressureDrop` | wall_friction |
/// | `muschelknautz` | `MuschelknautzPressureDrop` | wall_friction, constriction, friction_loading_correction |
/// | `barth` | `BarthPressureDrop` | wall_friction, constriction (default Meißner) |
///
/// Each model takes the parameters it defines and ignores the rest (nil means the model's documented default).
///
///     let eff = try CycloneModels.efficiency(named: "muschelknautz_vdi",
///                                            parameters: .init(wallFriction: 0.0075, kMain: 0.025))
///     let dp = try CycloneModels.pressureDrop(named: "muschelknautz")
public enum CycloneModels {
    /// Efficiency model names.
    public static let efficiencyNames = ["muschelknautz_vdi", "muschelknautz", "barth", "lapple", "leith_licht", "iozia_leith"]
    /// Pressure-drop model names.
    public static let pressureDropNames = ["shepherd_lapple", "casal_martinez_benet", "dirgo", "stairmand",
                                           "muschelknautz", "barth"]

    /// The pressure-drop model that goes with an efficiency model when the scenario names none.
    public static func defaultPressureDropName(forEfficiency name: String) -> String {
        switch name {
        case "muschelknautz_vdi", "muschelknautz": return "muschelknautz"
        case "barth": return "barth"
        default: return "shepherd_lapple"
        }
    }

    /// The efficiency model called `name` configured with `parameters`.
    public static func efficiency(named name: String, parameters p: CycloneModelParameters = .init()) throws
        -> any CycloneEfficiencyModel
    {
        switch name {
        case "muschelknautz_vdi":
            let m = MuschelknautzVDI(parameters: p)
            try m.validateParameters()
            return m
        case "muschelknautz":
            let d = MuschelknautzHoffmannStein()
            return MuschelknautzHoffmannStein(wallFriction: p.wallFriction ?? d.wallFriction,
                                              constriction: p.constriction ?? d.constriction,
                                              slope: p.gradeCurveSlope ?? d.slope,
                                              loadingLimitConstant: p.kMain ?? d.loadingLimitConstant,
                                              limitedByNaturalVortex: p.naturalVortexLimit ?? d.limitedByNaturalVortex,
                                              applyLoadingLimit: p.loadingLimit ?? d.applyLoadingLimit,
                                              frictionWithLoading: p.frictionLoadingCorrection ?? d.frictionWithLoading,
                                              loadingExponentFit: p.loadingExponentFit ?? d.loadingExponentFit)
        case "barth":
            let d = Barth()
            return Barth(formulation: p.barthFormulation ?? d.formulation, wallFriction: p.wallFriction ?? d.wallFriction,
                         constriction: p.constriction, limitedByNaturalVortex: p.naturalVortexLimit ?? d.limitedByNaturalVortex,
                         applyLoadingLimit: p.loadingLimit ?? d.applyLoadingLimit)
        case "lapple":
            return Lapple(turns: p.lappleTurns ?? .geometric)
        case "leith_licht":
            return LeithLicht(slip: (p.slipCorrection ?? true) ? .davies : nil)
        case "iozia_leith":
            return IoziaLeith(minimumSlope: p.minimumSlope ?? 2)
        default:
            throw CycloneError.unknownModel(kind: "efficiency", name: name, known: efficiencyNames)
        }
    }

    /// The pressure-drop model called `name` configured with `parameters`.
    public static func pressureDrop(named name: String, parameters p: CycloneModelParameters = .init()) throws
        -> any CyclonePressureDropModel
    {
        switch name {
        case "shepherd_lapple": return ShepherdLapplePressureDrop(k: p.shepherdLappleK ?? 16)
        case "casal_martinez_benet": return CasalMartinezBenetPressureDrop()
        case "dirgo": return DirgoPressureDrop()
        case "stairmand": return StairmandPressureDrop(wallFriction: p.wallFriction ?? 0.005)
        case "muschelknautz":
            return MuschelknautzPressureDrop(wallFriction: p.wallFriction ?? 0.005, constriction: p.constriction ?? .vdi,
                                             frictionWithLoading: p.frictionLoadingCorrection ?? true)
        case "barth":
            return BarthPressureDrop(wallFriction: p.wallFriction ?? 0.005, constriction: p.constriction ?? .meissner)
        default:
            throw CycloneError.unknownModel(kind: "pressure-drop", name: name, known: pressureDropNames)
        }
    }
}

/// Optional model parameters from a scenario (nil: the model's default). Scenario keys in brackets.
public struct CycloneModelParameters: Sendable, Equatable {
    /// [`wall_friction`] clean-gas wall friction λ₀ / f_air / λ_g (default 0.005).
    public var wallFriction: Double?
    /// [`grade_curve_D`] width D of the VDI cosine grade curve (default 3).
    public var gradeCurveWidth: Double?
    /// [`K_main`] loading-limit constant (default 0.025).
    public var kMain: Double?
    /// [`eta_adj`] VDI efficiency adjustment factor (default 1).
    public var efficiencyAdjustment: Double?
    /// [`constriction`] inlet constriction formula ("vdi", "simple", "meissner") or a fixed α.
    public var constriction: InletConstriction?
    /// [`grade_curve_slope`] logistic β of the H&S Muschelknautz curve (default 3).
    public var gradeCurveSlope: Double?
    /// [`natural_vortex_limit`] limit H_CS to the Alexander vortex length (default false).
    public var naturalVortexLimit: Bool?
    /// [`loading_limit`] apply the mass-loading limit where the method defines one (default true).
    public var loadingLimit: Bool?
    /// [`barth_formulation`] "hoffmann_stein" (default) or "meissner".
    public var barthFormulation: Barth.Formulation?
    /// [`lapple_turns`] "geometric" (default), "kalen_zenz", or a number.
    public var lappleTurns: Lapple.Turns?
    /// [`slip_correction`] Cunningham slip in Leith–Licht (default true).
    public var slipCorrection: Bool?
    /// [`minimum_slope`] Iozia–Leith β clamp (default 2).
    public var minimumSlope: Double?
    /// [`shepherd_lapple_K`] 16 plain inlet (default), 7.5 with inlet vane.
    public var shepherdLappleK: Double?
    /// [`friction_loading_correction`] raise the H&S Muschelknautz friction with loading (default true).
    public var frictionLoadingCorrection: Bool?
    /// [`loading_exponent_fit`] "vdi" (default) or "hoffmann_stein".
    public var loadingExponentFit: MuschelknautzHoffmannStein.LoadingExponentFit?

    public init(wallFriction: Double? = nil, gradeCurveWidth: Double? = nil, kMain: Double? = nil,
                efficiencyAdjustment: Double? = nil, constriction: InletConstriction? = nil,
                gradeCurveSlope: Double? = nil, naturalVortexLimit: Bool? = nil, loadingLimit: Bool? = nil,
                barthFormulation: Barth.Formulation? = nil, lappleTurns: Lapple.Turns? = nil,
                slipCorrection: Bool? = nil, minimumSlope: Double? = nil, shepherdLappleK: Double? = nil,
                frictionLoadingCorrection: Bool? = nil,
                loadingExponentFit: MuschelknautzHoffmannStein.LoadingExponentFit? = nil) {
        self.wallFriction = wallFriction
        self.gradeCurveWidth = gradeCurveWidth
        self.kMain = kMain
        self.efficiencyAdjustment = efficiencyAdjustment
        self.constriction = constriction
        self.gradeCurveSlope = gradeCurveSlope
        self.naturalVortexLimit = naturalVortexLimit
        self.loadingLimit = loadingLimit
        self.barthFormulation = barthFormulation
        self.lappleTurns = lappleTurns
        self.slipCorrection = slipCorrection
        self.minimumSlope = minimumSlope
        self.shepherdLappleK = shepherdLappleK
        self.frictionLoadingCorrection = frictionLoadingCorrection
        self.loadingExponentFit = loadingExponentFit
    }
}

extension MuschelknautzVDI {
    /// The VDI model with the scenario's parameters; every parameter not given keeps its documented default.
    public init(parameters p: CycloneModelParameters) {
        let d = MuschelknautzVDI()
        self.init(wallFriction: p.wallFriction ?? d.wallFriction,
                  gradeCurveWidth: p.gradeCurveWidth ?? d.gradeCurveWidth,
                  kMain: p.kMain ?? d.kMain,
                  efficiencyAdjustment: p.efficiencyAdjustment ?? d.efficiencyAdjustment,
                  constriction: p.constriction ?? d.constriction)
    }
}
