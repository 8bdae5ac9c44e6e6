/// Registry of cyclone efficiency and pressure-drop models by scenario name (`model:` and
/// `pressure_drop_model:` of a `cyclone` unit, design.md).
///
/// Parameters a scenario may give are collected in `CycloneModelParameters`; each model takes the ones it
/// defines and ignores the rest (nil means the model's documented default).
///
///     let eff = try CycloneModels.efficiency(named: "muschelknautz_vdi",
///                                            parameters: .init(wallFriction: 0.0075, kMain: 0.025))
///     let dp = try CycloneModels.pressureDrop(named: "shepherd_lapple")
public enum CycloneModels {
    /// Efficiency model names, in the order reports list them.
    public static let efficiencyNames = ["muschelknautz_vdi"]
    /// Pressure-drop model names.
    public static let pressureDropNames = ["shepherd_lapple"]

    /// The efficiency model called `name` configured with `parameters`.
    public static func efficiency(named name: String, parameters p: CycloneModelParameters = .init()) throws
        -> any CycloneEfficiencyModel
    {
        switch name {
        case "muschelknautz_vdi":
            let d = MuschelknautzVDI()
            let m = MuschelknautzVDI(wallFriction: p.wallFriction ?? d.wallFriction,
                                     gradeCurveWidth: p.gradeCurveWidth ?? d.gradeCurveWidth,
                                     kMain: p.kMain ?? d.kMain,
                                     efficiencyAdjustment: p.efficiencyAdjustment ?? d.efficiencyAdjustment,
                                     constriction: p.constriction ?? d.constriction)
            try m.validateParameters()
            return m
        default:
            throw CycloneError.unknownModel(kind: "efficiency", name: name, known: efficiencyNames)
        }
    }

    /// The pressure-drop model called `name` configured with `parameters`.
    public static func pressureDrop(named name: String, parameters p: CycloneModelParameters = .init()) throws
        -> any CyclonePressureDropModel
    {
        switch name {
        case "shepherd_lapple":
            return ShepherdLapplePressureDrop(k: p.shepherdLappleK ?? 16)
        default:
            throw CycloneError.unknownModel(kind: "pressure-drop", name: name, known: pressureDropNames)
        }
    }
}

/// Optional model parameters from a scenario (nil: the model's default).
public struct CycloneModelParameters: Sendable, Equatable {
    /// `wall_friction`: clean-gas wall friction λ₀ / f (Muschelknautz, Barth, Stairmand ΔP).
    public var wallFriction: Double?
    /// `grade_curve_D`: width D of the VDI cosine grade curve.
    public var gradeCurveWidth: Double?
    /// `K_main`: VDI main-stream loading-limit constant.
    public var kMain: Double?
    /// `eta_adj`: VDI efficiency adjustment factor.
    public var efficiencyAdjustment: Double?
    /// `constriction`: inlet constriction formula ("vdi", "simple", "meissner") or a fixed α.
    public var constriction: InletConstriction?
    /// `shepherd_lapple_K`: 16 plain inlet, 7.5 with inlet vane.
    public var shepherdLappleK: Double?

    public init(wallFriction: Double? = nil, gradeCurveWidth: Double? = nil, kMain: Double? = nil,
                efficiencyAdjustment: Double? = nil, constriction: InletConstriction? = nil,
                shepherdLappleK: Double? = nil) {
        self.wallFriction = wallFriction
        self.gradeCurveWidth = gradeCurveWidth
        self.kMain = kMain
        self.efficiencyAdjustment = efficiencyAdjustment
        self.constriction = constriction
        self.shepherdLappleK = shepherdLappleK
    }
}
