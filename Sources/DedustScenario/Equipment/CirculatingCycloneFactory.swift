import DedustPhysics
import DedustSeparators
import DedustTrajectories

/// `type: circulating_cyclone` — the reduced-order circulating cyclone (``CirculatingCyclone``): primary annulus
/// with a wall-layer bypass into a cone cyclone whose gas returns through the internal tube.
///
/// ```yaml
/// circulating: {type: circulating_cyclone, diameter: 2.0 m, bypass_fraction: 0.15}
/// ```
/// Every dimension defaults to a ratio of `diameter` (see ``CirculatingCycloneGeometry``); given ones override it.
struct CirculatingCycloneFactory: EquipmentFactory {
    var unitType: String { "circulating_cyclone" }
    var defaultModel: String? { "reduced_order" }

    static let diameter = Parameter<Double>.requiredQuantity("diameter", .length, plausible: .cycloneDiameter,
                                                                 doc: "barrel diameter D")
    static let inletHeight = dimension("inlet_height", "0.5 D", "inlet height a")
    static let inletWidth = dimension("inlet_width", "0.2 D", "inlet width b")
    static let innerDiameter = dimension("inner_diameter", "0.5 D", "internal tube diameter D_i")
    static let primaryLength = dimension("primary_length", "1.5 D", "primary-zone length L")
    /// Dimensions only the reduced-order model reads.
    static let reducedOrderDimensions: [Parameter<Double?>] = [
        dimension("outlet_diameter", "0.5 D", "central outlet tube D_x"),
        dimension("outlet_entry_height", "0.25 D", "outlet entry gap L_out"),
        dimension("bypass_duct_diameter", "0.2 D", "bypass duct d_b"),
        dimension("cone_inlet_height", "0.25 D", "cone inlet a_c"),
        dimension("cone_inlet_width", "0.1 D", "cone inlet b_c"),
        dimension("cone_cylinder_height", "0.5 D", "cone cylinder h_c"),
        dimension("cone_height", "2.0 D", "cone height H_c"),
        dimension("return_tube_depth", "0.5 D", "return-tube depth S_c"),
        dimension("dust_outlet_diameter", "0.375 D", "dust outlet B"),
    ]
    static let count = Parameter<Int>.integer("count", 1...1000, default: 1, doc: "identical units in parallel")
    static let bypassFraction = Parameter<Double>.number(
        "bypass_fraction", range: .openInterval, default: 0.15, doc: "share of the primary gas drawn into the bypass φ")
    static let radialMixing = Parameter<Void>.declared(
        "radial_mixing", .structure("plug, mixed, a diffusivity (m²/s) or {scaled: k}"), defaultText: "{scaled: 0.004}",
        doc: "radial mixing in the annulus")
    static let vortexExponent = Parameter<Double?>.optionalNumber(
        "vortex_exponent", computed: "from the friction relation", doc: "vortex exponent n")
    static let bypassLossCoefficient = Parameter<Double>.number(
        "bypass_loss_coefficient", range: .nonNegative, default: 2.5, doc: "ζ of the bypass duct")
    static let constriction = CycloneParameters.constriction(default: .vdi)
    static let referenceCyclone = Parameter<CycloneGeometry.Standard>.choice(
        "reference_cyclone", default: .stairmandHE, doc: "conventional cyclone the pressure drop is compared with")

    private static func dimension(_ key: String, _ ratio: String, _ doc: String) -> Parameter<Double?> {
        .optionalQuantity(key, .length, computed: ratio, doc: doc)
    }

    private static let reference = "Reduced-order model of the circulating cyclone of the carbide-furnace retrofit, "
        + "physics.md §1.13 and §2.5 (uncalibrated, no drawings exist); VDI Heat Atlas (2010) L3.4 for the cone"

    var models: [ModelDescriptor] {
        [ModelDescriptor(
            name: "reduced_order",
            summary: "primary-annulus radial drift with bypass to a Muschelknautz cone cyclone, recycle loop closed internally",
            reference: Self.reference,
            parameters: [Self.diameter.descriptor, Self.inletHeight.descriptor, Self.inletWidth.descriptor,
                         Self.innerDiameter.descriptor, Self.primaryLength.descriptor]
                + Self.reducedOrderDimensions.map(\.descriptor)
                + [Self.count.descriptor, Self.bypassFraction.descriptor, Self.radialMixing.descriptor,
                   CycloneParameters.wallFriction.descriptor, Self.vortexExponent.descriptor,
                   CycloneParameters.gradeCurveWidth.descriptor, Self.bypassLossCoefficient.descriptor,
                   Self.constriction.descriptor, Self.referenceCyclone.descriptor]),
         ModelDescriptor(
            name: "trajectory",
            summary: "Lagrangian Monte Carlo in the primary annulus and the cone, recycle loop closed by its formula",
            reference: "DedustTrajectories.TrajectoryCirculatingCyclone (docs/trajectories.md); " + Self.reference,
            parameters: [Self.diameter.descriptor, Self.innerDiameter.descriptor, Self.primaryLength.descriptor,
                         Self.inletHeight.descriptor, Self.inletWidth.descriptor, Self.count.descriptor,
                         Self.bypassFraction.descriptor, CycloneParameters.wallFriction.descriptor,
                         Self.vortexExponent.descriptor, TrajectoryParameters.wallDeposition.descriptor]
                + TrajectoryParameters.parameters)]
    }

    func build(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        if model == "trajectory" {
            return TrajectoryCirculatingCyclone(
                diameter: v[Self.diameter], innerDiameter: v[Self.innerDiameter], primaryLength: v[Self.primaryLength],
                inletHeight: v[Self.inletHeight], inletWidth: v[Self.inletWidth], bypassFraction: v[Self.bypassFraction],
                wallFriction: v[CycloneParameters.wallFriction], vortexExponent: v[Self.vortexExponent],
                count: v[Self.count], dispersion: TrajectoryParameters.dispersion(p), wall: TrajectoryParameters.wall(p),
                drag: v[TrajectoryParameters.dragLaw], settings: TrajectoryParameters.settings(v, p), wallDeposition: v[TrajectoryParameters.wallDeposition])
        }
        let d = Self.reducedOrderDimensions.map { v[$0] }
        let geometry = CirculatingCycloneGeometry(
            diameter: v[Self.diameter], inletHeight: v[Self.inletHeight], inletWidth: v[Self.inletWidth],
            innerDiameter: v[Self.innerDiameter], primaryLength: v[Self.primaryLength],
            outletDiameter: d[0], outletEntryHeight: d[1], bypassDuctDiameter: d[2], coneInletHeight: d[3],
            coneInletWidth: d[4], coneCylinderHeight: d[5], coneHeight: d[6], returnTubeDepth: d[7],
            dustOutletDiameter: d[8])
        var mixing = RadialMixing.scaledDiffusivity()
        if let node = p[Self.radialMixing] {
            switch node.node {
            case .mapping:
                if let m = node.mapping(allowed: ["scaled"]) {
                    mixing = .scaledDiffusivity(coefficient: m.required("scaled")?.number(in: .positive) ?? 0.004)
                }
            default:
                if let t = node.text(what: "plug, mixed, a diffusivity or {scaled: k}") {
                    if t == "plug" { mixing = .plug } else if t == "mixed" { mixing = .mixed } else if let x = node.number(in: .positive) {
                        mixing = .diffusivity(x)
                    }
                }
            }
        }
        return CirculatingCyclone(geometry: geometry, count: v[Self.count], bypassFraction: v[Self.bypassFraction],
                                  radialMixing: mixing, wallFriction: v[CycloneParameters.wallFriction],
                                  vortexExponent: v[Self.vortexExponent],
                                  outletGradeCurveWidth: v[CycloneParameters.gradeCurveWidth],
                                  bypassLossCoefficient: v[Self.bypassLossCoefficient],
                                  constriction: v[Self.constriction] ?? .vdi, referenceCyclone: v[Self.referenceCyclone])
    }
}
