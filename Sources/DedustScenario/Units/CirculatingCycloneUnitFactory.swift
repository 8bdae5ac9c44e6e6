import DedustSeparators
import DedustTrajectories

/// `type: circulating_cyclone` — the reduced-order circulating cyclone (``CirculatingCyclone``): primary annulus
/// with a wall-layer bypass into a cone cyclone whose gas returns through the internal tube.
///
/// ```yaml
/// circulating: {type: circulating_cyclone, diameter: 2.0 m, bypass_fraction: 0.15}
/// ```
/// Every dimension defaults to a ratio of `diameter` (see ``CirculatingCycloneGeometry``); given ones override it.
struct CirculatingCycloneUnitFactory: UnitFactory {
    var unitType: String { "circulating_cyclone" }
    var defaultModel: String? { "reduced_order" }

    static let dimensions: [(key: String, summary: String, ratio: String)] = [
        ("inlet_height", "inlet height a", "0.5 D"), ("inlet_width", "inlet width b", "0.2 D"),
        ("inner_diameter", "internal tube diameter D_i", "0.5 D"), ("primary_length", "primary-zone length L", "1.5 D"),
        ("outlet_diameter", "central outlet tube D_x", "0.5 D"), ("outlet_entry_height", "outlet entry gap L_out", "0.25 D"),
        ("bypass_duct_diameter", "bypass duct d_b", "0.2 D"), ("cone_inlet_height", "cone inlet a_c", "0.25 D"),
        ("cone_inlet_width", "cone inlet b_c", "0.1 D"), ("cone_cylinder_height", "cone cylinder h_c", "0.5 D"),
        ("cone_height", "cone height H_c", "2.0 D"), ("return_tube_depth", "return-tube depth S_c", "0.5 D"),
        ("dust_outlet_diameter", "dust outlet B", "0.375 D"),
    ]

    var models: [ModelInfo] {
        [ModelInfo(unitType: unitType, model: "reduced_order",
                   summary: "primary-annulus radial drift with bypass to a Muschelknautz cone cyclone, recycle loop closed internally",
                   reference: "physics.md §1.13, §2.5 (reduced order, uncalibrated); VDI Heat Atlas L3.4 for the cone",
                   parameters: [.init("diameter", "length", required: true, "barrel diameter D")]
                       + Self.dimensions.map { .init($0.key, "length", default: $0.ratio, $0.summary) }
                       + [.init("count", "whole number", default: "1", "identical units in parallel"),
                          .init("bypass_fraction", "fraction in (0, 1)", default: "0.15", "share of the primary gas drawn into the bypass φ"),
                          .init("radial_mixing", "plug, mixed, a diffusivity (m²/s) or {scaled: k}", default: "{scaled: 0.004}",
                                "radial mixing in the annulus"),
                          .init("wall_friction", "number", default: "0.005", "clean-gas wall friction λ₀"),
                          .init("vortex_exponent", "number", "vortex exponent n (default: from the friction relation)"),
                          .init("grade_curve_D", "number", default: "3", "width of the outlet grade curve"),
                          .init("bypass_loss_coefficient", "number", default: "2.5", "ζ of the bypass duct"),
                          .init("constriction", "vdi, simple, meissner or a number", default: "vdi", "inlet constriction"),
                          .init("reference_cyclone", "a standard cyclone geometry", default: "stairmand_he",
                                "conventional cyclone the pressure drop is compared with")]),
         ModelInfo(unitType: unitType, model: "trajectory",
                   summary: "Lagrangian Monte Carlo in the primary annulus and the cone, recycle loop closed by its formula",
                   reference: "DedustTrajectories.TrajectoryCirculatingCyclone; physics.md §1.13, §2.5",
                   parameters: [.init("diameter", "length", required: true, "barrel diameter D"),
                                .init("inner_diameter", "length", default: "0.5 D", "internal tube diameter"),
                                .init("primary_length", "length", default: "1.5 D", "primary-zone length"),
                                .init("inlet_height", "length", default: "0.5 D", "inlet height"),
                                .init("inlet_width", "length", default: "0.2 D", "inlet width"),
                                .init("count", "whole number", default: "1", "identical units in parallel"),
                                .init("bypass_fraction", "fraction in (0, 1)", default: "0.15", "bypass share φ"),
                                .init("wall_friction", "number", default: "0.005", "clean-gas wall friction λ₀"),
                                .init("vortex_exponent", "number", "vortex exponent n (default: Alexander)"),
                                TrajectoryParameters.wallDepositionInfo]
                       + TrajectoryParameters.info)]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        let d = p.requiredQuantity("diameter", .length)
        func dim(_ key: String) -> Double? { p.optionalQuantity(key, .length) }
        let bypass = p.number("bypass_fraction", ValueRange(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: false),
                              default: 0.15)
        if model == "trajectory" {
            return TrajectoryCirculatingCyclone(
                diameter: d, innerDiameter: dim("inner_diameter"), primaryLength: dim("primary_length"),
                inletHeight: dim("inlet_height"), inletWidth: dim("inlet_width"), bypassFraction: bypass,
                wallFriction: p.number("wall_friction", .positive, default: 0.005),
                vortexExponent: p.optionalNumber("vortex_exponent"), count: p.integer("count", 1...1000, default: 1),
                dispersion: TrajectoryParameters.dispersion(p), wall: TrajectoryParameters.wall(p),
                settings: TrajectoryParameters.settings(p), wallDeposition: TrajectoryParameters.wallDeposition(p))
        }
        let geometry = CirculatingCycloneGeometry(
            diameter: d, inletHeight: dim("inlet_height"), inletWidth: dim("inlet_width"),
            innerDiameter: dim("inner_diameter"), primaryLength: dim("primary_length"),
            outletDiameter: dim("outlet_diameter"), outletEntryHeight: dim("outlet_entry_height"),
            bypassDuctDiameter: dim("bypass_duct_diameter"), coneInletHeight: dim("cone_inlet_height"),
            coneInletWidth: dim("cone_inlet_width"), coneCylinderHeight: dim("cone_cylinder_height"),
            coneHeight: dim("cone_height"), returnTubeDepth: dim("return_tube_depth"),
            dustOutletDiameter: dim("dust_outlet_diameter"))
        var mixing = RadialMixing.scaledDiffusivity()
        if let node = p["radial_mixing"] {
            switch node.node {
            case .mapping:
                if let m = node.mapping(allowed: ["scaled"]) {
                    mixing = .scaledDiffusivity(coefficient: m.required("scaled")?.number(in: .positive) ?? 0.004)
                }
            default:
                if let t = node.text(what: "plug, mixed, a diffusivity or {scaled: k}") {
                    if t == "plug" { mixing = .plug } else if t == "mixed" { mixing = .mixed } else if let v = node.number(in: .positive) {
                        mixing = .diffusivity(v)
                    }
                }
            }
        }
        var constriction = InletConstriction.vdi
        if let node = p["constriction"], let t = node.text(what: "vdi, simple, meissner or a number") {
            if let c = InletConstriction(name: t) { constriction = c } else if let x = node.number(in: .openFraction) { constriction = .fixed(x) }
        }
        let reference = p["reference_cyclone"].flatMap {
            $0.choice(CycloneGeometry.Standard.allCases.map(\.rawValue), what: "cyclone geometry")
        }.flatMap(CycloneGeometry.Standard.init(rawValue:)) ?? .stairmandHE
        return CirculatingCyclone(geometry: geometry, count: p.integer("count", 1...1000, default: 1),
                                  bypassFraction: bypass,
                                  radialMixing: mixing, wallFriction: p.number("wall_friction", .positive, default: 0.005),
                                  vortexExponent: p.optionalNumber("vortex_exponent"),
                                  outletGradeCurveWidth: p.number("grade_curve_D", .positive, default: 3),
                                  bypassLossCoefficient: p.number("bypass_loss_coefficient", .nonNegative, default: 2.5),
                                  constriction: constriction, referenceCyclone: reference)
    }
}
