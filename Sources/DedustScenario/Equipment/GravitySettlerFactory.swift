import DedustPhysics
import DedustSeparators
import DedustTrajectories

/// `type: gravity_settler` — a settling chamber or settling cooler (``GravitySettler``), optionally with trays,
/// parallel chambers, wall cooling and a carried baffle.
///
/// ```yaml
/// settling_cooler:
///   type: gravity_settler
///   model: dispersion              # laminar | mixed | dispersion | trajectory
///   length: 9 m
///   width: 3 m
///   height: 4 m
///   effective_area: 0.7
///   heat_transfer: {area: 150 m2, U: 8 W/(m2*K), fouling: 0.05 m2*K/W, ambient: 30 degC}
///   baffle: {model: perforated_plate, plate_area: 12 m2, open_area_ratio: 0.1, hole_size: 15 mm, location: 0.5}
/// ```
struct GravitySettlerFactory: EquipmentFactory {
    var unitType: String { "gravity_settler" }
    var defaultModel: String? { SettlingMixing.dispersion.rawValue }

    static let length = Parameter<Double>.requiredQuantity("length", .length, doc: "chamber length L (flow direction)")
    static let width = Parameter<Double>.requiredQuantity("width", .length, doc: "chamber width W")
    static let height = Parameter<Double>.requiredQuantity("height", .length, doc: "chamber height H")
    static let trays = Parameter<Int>.integer("trays", 1...100, default: 1, doc: "horizontal trays (Howard chamber)")
    static let count = Parameter<Int>.integer("count", 1...100, default: 1, doc: "identical chambers in parallel sharing the flow")
    static let effectiveArea = Parameter<Double>.number(
        "effective_area", range: .openFraction, default: 1, doc: "effective-area factor k_A (dead zones)")
    static let verticalDiffusivity = Parameter<Double?>.optionalNumber(
        "vertical_diffusivity", computed: "channel-flow estimate",
        doc: "eddy diffusivity ε_y (m²/s) for the dispersion model")
    static let heatTransfer = Parameter<Void>.declared(
        "heat_transfer", .record(WallHeatTransferReader.parameters), doc: "wall cooling (default: adiabatic)")
    static let segments = Parameter<Int>.integer("segments", 10...10_000, default: 10, doc: "cooling/property segments along L")
    static let dustSpecificHeat = Parameter<Double>.number(
        "dust_specific_heat", default: DustSpecificHeat.typical, doc: "dust heat capacity (J/(kg·K))")
    static let reentrainmentVelocity = Parameter<Double>.quantity(
        "reentrainment_velocity", .velocity, default: "3 m/s",
        doc: "horizontal velocity above which re-entrainment is warned")
    static let ductVelocity = Parameter<Double>.quantity(
        "duct_velocity", .velocity, default: "15 m/s", doc: "inlet/outlet duct velocity for the pressure drop")
    static let wallRoughness = Parameter<Double>.quantity(
        "wall_roughness", .length, range: .nonNegative, default: "3 mm", doc: "wall roughness for friction")
    static let location = Parameter<Double>.number(
        "location", range: .fraction, default: 0.5, doc: "position of the baffle along L (fraction)")
    static let carriedBaffles = ModelCategory(
        noun: "baffle model",
        models: BaffleFactory.baffleModels.map {
            var d = $0
            d.parameters.append(location.descriptor)
            return d
        })
    static let baffle = Parameter<Void>.declared("baffle", .submodel(carriedBaffles), doc: "carried inertial insert")
    static let columnCells = Parameter<Int>.integer("column_cells", 10...100_000, default: 100, doc: "cells of the dispersion column")
    static let roughnessLength = Parameter<Double>.requiredQuantity(
        "roughness_length", .length, doc: "roughness length y₀ of the floor (< h/10)")
    /// Velocity profiles of the trajectory settler's channel (``SettlerFlow/Profile``).
    static let profiles = ModelCategory(noun: "velocity profile", models: [
        ModelDescriptor(name: "plug", summary: "uniform velocity U = Q/(W H) over the channel height", reference: "—"),
        ModelDescriptor(name: "log_law",
                        summary: "rough-wall log law u(y) = (u*/κ) ln(y/y₀), κ = 0.41, u* set so the channel mean is Q/(W H)",
                        reference: "Schlichting & Gersten (2017), Boundary-Layer Theory, 9th ed., Springer, chap. 17 "
                            + "(rough walls); DedustTrajectories.SettlerFlow",
                        parameters: [roughnessLength.descriptor]),
    ], defaultModel: "log_law")
    static let profile = Parameter<Void>.declared(
        "profile", .submodel(profiles), requirement: .value(.choice("plug")), doc: "velocity profile of the channel")

    static let parameters: [ParameterDescriptor] = [
        length.descriptor, width.descriptor, height.descriptor, trays.descriptor, count.descriptor,
        effectiveArea.descriptor, verticalDiffusivity.descriptor, heatTransfer.descriptor, segments.descriptor,
        dustSpecificHeat.descriptor, reentrainmentVelocity.descriptor, ductVelocity.descriptor,
        wallRoughness.descriptor, baffle.descriptor, columnCells.descriptor, TrajectoryParameters.dragLaw.descriptor,
    ]

    private static let reference = "Hoffmann & Stein (2008), Gas Cyclones and Swirl Tubes, 2nd ed., chap. 3 (settling "
        + "chambers); Dobbins (1944), Effect of turbulence on sedimentation, Trans. ASCE 109, and Camp (1946), "
        + "Sedimentation and the design of settling tanks, Trans. ASCE 111, 895–936 (vertical dispersion); physics.md §3"

    var models: [ModelDescriptor] {
        [ModelDescriptor(name: "laminar", summary: "plug flow, no vertical mixing: η = min(1, v_t A / Q)",
                         reference: Self.reference, parameters: Self.parameters),
         ModelDescriptor(name: "mixed", summary: "fully mixed vertically: η = 1 − exp(−v_t A / Q)",
                         reference: Self.reference, parameters: Self.parameters),
         ModelDescriptor(name: "dispersion",
                         summary: "finite vertical eddy diffusivity between the two limits (1-D column)",
                         reference: Self.reference, parameters: Self.parameters),
         ModelDescriptor(name: "trajectory",
                         summary: "Lagrangian Monte Carlo in one tray channel (plug or log-law profile) with dispersion; "
                             + "ΔP, cooling and warnings from the correlation chamber",
                         reference: "DedustTrajectories.TrajectorySettler (docs/trajectories.md); " + Self.reference,
                         parameters: (Self.parameters + [Self.profile.descriptor] + TrajectoryParameters.parameters).uniqued())]
    }

    func build(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        let diffusivity: VerticalDiffusivity = v[Self.verticalDiffusivity].map { .given($0) } ?? .channelFlow()
        let heat = p[Self.heatTransfer].flatMap(WallHeatTransferReader.read)
        let pressureDrop = SettlerPressureDrop(ductVelocity: v[Self.ductVelocity], wallRoughness: v[Self.wallRoughness])
        var baffle: (any SeparatorModel)?
        var location = v[Self.location]
        if let node = p[Self.baffle], let (descriptor, bv, mapping) = node.submodel(Self.carriedBaffles), let mapping {
            baffle = BaffleFactory.baffle(model: descriptor.name, values: bv, mapping: mapping)
            location = bv[Self.location]
        } else if let node = p[Self.baffle], case .scalar = node.node {
            node.error("a baffle needs its parameters: {model: perforated_plate | labyrinth, …}")
        }
        let chamber = GravitySettler(length: v[Self.length], width: v[Self.width], height: v[Self.height],
                                     trays: v[Self.trays], count: v[Self.count],
                                     mixing: SettlingMixing(rawValue: model) ?? .mixed,
                                     effectiveAreaFactor: v[Self.effectiveArea],
                                     verticalDiffusivity: diffusivity, heatTransfer: heat, segments: v[Self.segments],
                                     dustSpecificHeat: v[Self.dustSpecificHeat],
                                     reentrainmentVelocity: v[Self.reentrainmentVelocity],
                                     pressureDropModel: pressureDrop, baffle: baffle, baffleLocation: location,
                                     dragLaw: v[TrajectoryParameters.dragLaw], columnCells: v[Self.columnCells])
        guard model == "trajectory" else { return chamber }
        var profile = SettlerFlow.Profile.plug
        if let node = p[Self.profile], let (model, pv, _) = node.submodel(Self.profiles), model.name == "log_law" {
            profile = .logLaw(roughnessLength: pv[Self.roughnessLength])
        }
        return TrajectorySettler(chamber: chamber, profile: profile, dispersion: TrajectoryParameters.dispersion(p),
                                 wall: TrajectoryParameters.wall(p), drag: v[TrajectoryParameters.dragLaw], settings: TrajectoryParameters.settings(v, p))
    }
}
