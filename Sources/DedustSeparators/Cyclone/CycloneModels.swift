import DedustPhysics

/// An efficiency model that a scenario selects by name (`model:` of a `cyclone` unit): its descriptor and how
/// it is built from the values read for that descriptor. A new model is its own file with this conformance and
/// one line in ``CycloneModels/efficiencyModels``.
public protocol RegisteredCycloneEfficiencyModel: CycloneEfficiencyModel {
    /// Name, summary, reference and parameters.
    static var descriptor: ModelDescriptor { get }
    /// The pressure-drop model used when the scenario names none (`pressure_drop_model:`).
    static var defaultPressureDropModel: String { get }
    /// The model with the scenario's values; throws a ``CycloneError`` for values the model cannot use.
    init(parameters: ParameterValues) throws
}

/// A pressure-drop model that a scenario selects by name (`pressure_drop_model:` of a `cyclone` unit). A new
/// model is its own file with this conformance and one line in ``CycloneModels/pressureDropModels``.
public protocol RegisteredCyclonePressureDropModel: CyclonePressureDropModel {
    static var descriptor: ModelDescriptor { get }
    init(parameters: ParameterValues) throws
}

/// The registration lists of cyclone efficiency and pressure-drop models, in documentation order. Everything
/// else — the scenario loader, `dedust models`, the model spread, `docs/scenario.md` — reads these lists.
///
///     let eff = try CycloneModels.efficiency(named: "muschelknautz_vdi",
///                                            parameters: ParameterValues(["wall_friction": .number(0.0075)]))
///     let dp = try CycloneModels.pressureDrop(named: "muschelknautz")
public enum CycloneModels {
    /// Efficiency models (`model:`).
    public static let efficiencyModels: [any RegisteredCycloneEfficiencyModel.Type] = [
        MuschelknautzVDI.self,
        MuschelknautzHoffmannStein.self,
        Barth.self,
        Lapple.self,
        LeithLicht.self,
        IoziaLeith.self,
    ]

    /// Pressure-drop models (`pressure_drop_model:`).
    public static let pressureDropModels: [any RegisteredCyclonePressureDropModel.Type] = [
        ShepherdLapplePressureDrop.self,
        CasalMartinezBenetPressureDrop.self,
        DirgoPressureDrop.self,
        StairmandPressureDrop.self,
        MuschelknautzPressureDrop.self,
        BarthPressureDrop.self,
    ]

    /// Efficiency model names.
    public static var efficiencyNames: [String] { efficiencyModels.map { $0.descriptor.name } }
    /// Pressure-drop model names.
    public static var pressureDropNames: [String] { pressureDropModels.map { $0.descriptor.name } }

    /// The registered efficiency model type called `name`.
    public static func efficiencyModel(named name: String) -> (any RegisteredCycloneEfficiencyModel.Type)? {
        efficiencyModels.first { $0.descriptor.name == name }
    }

    /// The registered pressure-drop model type called `name`.
    public static func pressureDropModel(named name: String) -> (any RegisteredCyclonePressureDropModel.Type)? {
        pressureDropModels.first { $0.descriptor.name == name }
    }

    /// The pressure-drop model that goes with an efficiency model when the scenario names none.
    public static func defaultPressureDropName(forEfficiency name: String) -> String {
        efficiencyModel(named: name)?.defaultPressureDropModel ?? ShepherdLapplePressureDrop.descriptor.name
    }

    /// The efficiency model called `name` configured with `parameters` (absent values: the model's defaults).
    public static func efficiency(named name: String, parameters: ParameterValues = .init()) throws
        -> any CycloneEfficiencyModel
    {
        guard let type = efficiencyModel(named: name) else {
            throw CycloneError.unknownModel(kind: "efficiency", name: name, known: efficiencyNames)
        }
        return try type.init(parameters: parameters)
    }

    /// The pressure-drop model called `name` configured with `parameters`.
    public static func pressureDrop(named name: String, parameters: ParameterValues = .init()) throws
        -> any CyclonePressureDropModel
    {
        guard let type = pressureDropModel(named: name) else {
            throw CycloneError.unknownModel(kind: "pressure-drop", name: name, known: pressureDropNames)
        }
        return try type.init(parameters: parameters)
    }
}

/// Parameters that several cyclone models read, declared once (key, kind, range, meaning); a model lists the
/// ones it uses in its descriptor. Scenario keys: `wall_friction`, `constriction`, `K_main`, `loading_limit`,
/// `natural_vortex_limit`, `grade_curve_D`, `friction_loading_correction`.
public enum CycloneParameters {
    /// [`wall_friction`] clean-gas wall friction factor λ₀ (f_air, λ_g), 0.005 for smooth steel
    /// (Hoffmann & Stein 2008, §6.2; VDI Heat Atlas L3.4).
    public static let wallFriction = Parameter<Double>.number(
        "wall_friction", default: 0.005, doc: "clean-gas wall friction factor λ₀")

    /// [`constriction`] inlet constriction coefficient α: a formula (vdi, simple, meissner) or a fixed number in (0, 1].
    public static func constriction(default formula: InletConstriction?,
                                    computed rule: String = "the model's own") -> Parameter<InletConstriction?> {
        let names = ["vdi", "simple", "meissner"]
        let requirement: ParameterDescriptor.Requirement = formula.map { .value(.choice($0.name)) } ?? .computed(rule)
        return Parameter<InletConstriction?>(ParameterDescriptor(
            key: "constriction", kind: .choiceOrNumber(names), range: .openFraction, requirement: requirement,
            doc: "inlet constriction coefficient α (formula or fixed value)")) { value in
            switch value {
            case let .choice(name)?: return InletConstriction(name: name)
            case let .number(x)?: return .fixed(x)
            default: return formula
            }
        }
    }

    /// [`K_main`] loading-limit constant K of c₀L = K (d50/d_med) (10 c₀)^k (VDI Heat Atlas L3.4 eq. 23).
    public static let kMain = Parameter<Double>.number(
        "K_main", default: 0.025, doc: "loading-limit constant")

    /// [`loading_limit`] apply the mass-loading limit where the method defines one.
    public static let loadingLimit = Parameter<Bool>.flag(
        "loading_limit", default: true, doc: "apply the mass-loading limit")

    /// [`natural_vortex_limit`] limit the separation height to Alexander's natural vortex length.
    public static let naturalVortexLimit = Parameter<Bool>.flag(
        "natural_vortex_limit", default: false, doc: "limit to the natural vortex length")

    /// [`grade_curve_D`] width D of the VDI cosine grade curve.
    public static let gradeCurveWidth = Parameter<Double>.number(
        "grade_curve_D", default: 3, doc: "width D of the grade curve")

    /// [`friction_loading_correction`] raise the wall friction with the dust loading (Hoffmann & Stein eq. 6.2.3).
    public static let frictionLoadingCorrection = Parameter<Bool>.flag(
        "friction_loading_correction", default: true, doc: "raise the wall friction with the dust loading")
}
