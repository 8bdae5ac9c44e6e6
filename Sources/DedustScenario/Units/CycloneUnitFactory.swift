import DedustSeparators
import DedustTrajectories

/// `type: cyclone` — a conventional reverse-flow cyclone (``ConventionalCyclone``) with an efficiency model
/// and a pressure-drop model chosen by name (``CycloneModels``).
///
/// ```yaml
/// alpha_cyclone: {type: cyclone, geometry: stairmand_he, diameter: 2.3 m, model: muschelknautz_vdi}
/// custom:        {type: cyclone, model: barth, diameter: 1 m, inlet_height: 0.5 m, inlet_width: 0.2 m,
///                 vortex_finder_diameter: 0.5 m, vortex_finder_length: 0.5 m, cylinder_height: 1.5 m,
///                 total_height: 4 m, dust_outlet_diameter: 0.375 m}
/// ```
/// With `geometry`, each given dimension overrides the family's ratio; without it every dimension is needed.
struct CycloneUnitFactory: UnitFactory {
    var unitType: String { "cyclone" }
    var defaultModel: String? { "muschelknautz_vdi" }

    static let dimensions: [(key: String, summary: String)] = [
        ("inlet_height", "inlet height a"), ("inlet_width", "inlet width b"),
        ("vortex_finder_diameter", "vortex-finder diameter Dx"), ("vortex_finder_length", "vortex-finder length S"),
        ("cylinder_height", "barrel height h"), ("total_height", "total height H"),
        ("dust_outlet_diameter", "dust-outlet diameter B"),
    ]

    private static let common: [ModelInfo.Parameter] = [
        .init("geometry", "one of " + CycloneGeometry.Standard.allCases.map(\.rawValue).joined(separator: ", "),
              "standard geometry family scaled to the diameter"),
        .init("diameter", "length", required: true, "barrel diameter D"),
    ] + dimensions.map { .init($0.key, "length", "\($0.summary) (default: the family's ratio × D)") } + [
        .init("count", "whole number", default: "1", "identical cyclones in parallel sharing the flow"),
        .init("pressure_drop_model", "one of " + CycloneModels.pressureDropNames.joined(separator: ", "),
              "pressure-drop model (default: the one matching the efficiency model)"),
        .init("wall_friction", "number", default: "0.005", "clean-gas wall friction factor λ₀"),
        .init("constriction", "vdi, simple, meissner or a number", "inlet constriction coefficient α formula"),
        .init("shepherd_lapple_K", "number", default: "16", "Shepherd–Lapple K (7.5 with an inlet vane)"),
    ]

    private static let specific: [String: (summary: String, reference: String, parameters: [ModelInfo.Parameter])] = [
        "muschelknautz_vdi": ("Muschelknautz method as in VDI Heat Atlas (2010) L3.4, with mass-loading limit",
                              "VDI Heat Atlas, 2nd ed. (2010), chap. L3.4; Dyssol's cyclone unit", [
                                  .init("grade_curve_D", "number", default: "3", "width D of the grade curve"),
                                  .init("K_main", "number", default: "0.025", "loading-limit constant"),
                                  .init("eta_adj", "number", default: "1", "efficiency adjustment factor"),
                              ]),
        "muschelknautz": ("Muschelknautz method (Hoffmann & Stein) with logistic grade curve and loading limit",
                          "Hoffmann & Stein, Gas Cyclones and Swirl Tubes, 2nd ed. (2008), chap. 6", [
                              .init("grade_curve_slope", "number", default: "3", "logistic slope β"),
                              .init("K_main", "number", default: "0.025", "loading-limit constant"),
                              .init("natural_vortex_limit", "true/false", default: "false", "limit to the natural vortex length"),
                              .init("loading_limit", "true/false", default: "true", "apply the mass-loading limit"),
                              .init("friction_loading_correction", "true/false", default: "true",
                                    "raise the wall friction with the dust loading"),
                              .init("loading_exponent_fit", "vdi or hoffmann_stein", default: "vdi",
                                    "fit of the loading-limit exponent k"),
                          ]),
        "barth": ("Barth's equilibrium-orbit model", "Barth (1956); Hoffmann & Stein (2008) chap. 5", [
            .init("barth_formulation", "hoffmann_stein or meissner", default: "hoffmann_stein", "formulation"),
            .init("natural_vortex_limit", "true/false", default: "false", "limit to the natural vortex length"),
            .init("loading_limit", "true/false", default: "true", "apply the mass-loading limit"),
        ]),
        "lapple": ("Lapple's cut-size model with η = 1/(1 + (d50/d)²)", "Lapple (1951); Cooper & Alley, Air Pollution Control", [
            .init("lapple_turns", "geometric, kalen_zenz or a number", default: "geometric", "effective number of turns"),
        ]),
        "leith_licht": ("Leith–Licht time-of-flight model", "Leith & Licht (1972), AIChE Symp. Ser. 68(126)", [
            .init("slip_correction", "true/false", default: "true", "Cunningham slip correction"),
        ]),
        "iozia_leith": ("Iozia–Leith logistic model", "Iozia & Leith (1990), Aerosol Sci. Technol. 12", [
            .init("minimum_slope", "number", default: "2", "lower clamp of the slope β"),
        ]),
    ]

    var models: [ModelInfo] {
        CycloneModels.efficiencyNames.compactMap { name in
            guard let s = Self.specific[name] else { return nil }
            return ModelInfo(unitType: unitType, model: name, summary: s.summary, reference: s.reference,
                             parameters: Self.common + s.parameters)
        } + [ModelInfo(unitType: unitType, model: "trajectory",
                       summary: "Lagrangian Monte Carlo in the Muschelknautz (VDI) flow field, loading limit composed on top",
                       reference: "DedustTrajectories.TrajectoryCyclone; VDI Heat Atlas L3.4 for the velocities",
                       parameters: Self.common + [
                           .init("grade_curve_D", "number", default: "3", "VDI grade-curve width (for the correlation details)"),
                           .init("K_main", "number", default: "0.025", "loading-limit constant"),
                           .init("loading_limit", "true/false", default: "true", "compose the mass-loading limit"),
                           .init("vortex_end", "geometric or alexander", default: "geometric", "where the vortex ends"),
                           .init("core_radius", "length", "solid-body core radius (default: Iozia–Leith)"),
                           TrajectoryParameters.wallDepositionInfo,
                       ] + TrajectoryParameters.info)]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        let diameter = p.requiredQuantity("diameter", .length, .positive, "barrel diameter")
        var geometry: CycloneGeometry
        if let familyNode = p["geometry"] {
            let family = familyNode.choice(CycloneGeometry.Standard.allCases.map(\.rawValue), what: "cyclone geometry")
                .flatMap(CycloneGeometry.Standard.init(rawValue:)) ?? .stairmandHE
            geometry = .standard(family, diameter: diameter)
        } else {
            let missing = Self.dimensions.map(\.key).filter { !p.has($0) }
            if !missing.isEmpty {
                p.owner.error("give a standard \"geometry\" (e.g. stairmand_he) or every dimension; missing: "
                              + missing.joined(separator: ", "))
            }
            geometry = .standard(.stairmandHE, diameter: diameter)
        }
        geometry.inletHeight = p.quantity("inlet_height", .length, default: geometry.inletHeight)
        geometry.inletWidth = p.quantity("inlet_width", .length, default: geometry.inletWidth)
        geometry.vortexFinderDiameter = p.quantity("vortex_finder_diameter", .length, default: geometry.vortexFinderDiameter)
        geometry.vortexFinderLength = p.quantity("vortex_finder_length", .length, default: geometry.vortexFinderLength)
        geometry.cylinderHeight = p.quantity("cylinder_height", .length, default: geometry.cylinderHeight)
        geometry.totalHeight = p.quantity("total_height", .length, default: geometry.totalHeight)
        geometry.dustOutletDiameter = p.quantity("dust_outlet_diameter", .length, default: geometry.dustOutletDiameter)
        if diameter > 0 {
            for problem in geometry.inconsistencies { p.owner.error("inconsistent cyclone geometry: \(problem)") }
        }
        let count = p.integer("count", 1...1000, default: 1)
        let dpModel = p["pressure_drop_model"].flatMap { $0.choice(CycloneModels.pressureDropNames, what: "pressure-drop model") }
        var parameters = CycloneModelParameters()
        parameters.wallFriction = p.optionalNumber("wall_friction")
        parameters.gradeCurveWidth = p.optionalNumber("grade_curve_D")
        parameters.kMain = p.optionalNumber("K_main")
        parameters.efficiencyAdjustment = p.optionalNumber("eta_adj")
        parameters.gradeCurveSlope = p.optionalNumber("grade_curve_slope")
        parameters.naturalVortexLimit = p.optionalBool("natural_vortex_limit")
        parameters.loadingLimit = p.optionalBool("loading_limit")
        parameters.slipCorrection = p.optionalBool("slip_correction")
        parameters.frictionLoadingCorrection = p.optionalBool("friction_loading_correction")
        if let node = p["loading_exponent_fit"] {
            parameters.loadingExponentFit = node.choice(["vdi", "hoffmann_stein"], what: "loading-exponent fit")
                .flatMap(MuschelknautzHoffmannStein.LoadingExponentFit.init(rawValue:))
        }
        parameters.minimumSlope = p.optionalNumber("minimum_slope")
        parameters.shepherdLappleK = p.optionalNumber("shepherd_lapple_K")
        if let node = p["constriction"], let t = node.text(what: "vdi, simple, meissner or a number") {
            if let c = InletConstriction(name: t) {
                parameters.constriction = c
            } else if let x = node.number(in: .openFraction) {
                parameters.constriction = .fixed(x)
            }
        }
        if let node = p["barth_formulation"] {
            parameters.barthFormulation = node.choice(["hoffmann_stein", "meissner"], what: "Barth formulation")
                .flatMap(Barth.Formulation.init(rawValue:))
        }
        if let node = p["lapple_turns"], let t = node.text(what: "geometric, kalen_zenz or a number") {
            switch t {
            case "geometric": parameters.lappleTurns = .geometric
            case "kalen_zenz": parameters.lappleTurns = .kalenZenz
            default: parameters.lappleTurns = node.number(in: .positive).map { .fixed($0) }
            }
        }
        if model == "trajectory" {
            let mm = MuschelknautzVDI(parameters: parameters)
            let vortexEnd = ConventionalCycloneFlow.VortexEnd(
                rawValue: p.choice("vortex_end", ["geometric", "alexander"], default: "geometric", what: "vortex end")) ?? .geometric
            do {
                let dp = try CycloneModels.pressureDrop(named: dpModel ?? CycloneModels.defaultPressureDropName(forEfficiency: "muschelknautz_vdi"),
                                                        parameters: parameters)
                return TrajectoryCyclone(geometry: geometry, count: count, muschelknautz: mm, pressureDropModel: dp,
                                         dispersion: TrajectoryParameters.dispersion(p), wall: TrajectoryParameters.wall(p),
                                         settings: TrajectoryParameters.settings(p), vortexEnd: vortexEnd,
                                         coreRadius: p.optionalQuantity("core_radius", .length),
                                         applyLoadingLimit: parameters.loadingLimit ?? true,
                                         wallDeposition: TrajectoryParameters.wallDeposition(p))
            } catch {
                p.owner.error(String(describing: error))
                return nil
            }
        }
        do {
            return try ConventionalCyclone(geometry: geometry, count: count, model: model, pressureDropModel: dpModel,
                                           parameters: parameters)
        } catch {
            p.owner.error(String(describing: error))
            return nil
        }
    }
}
