import DedustPhysics
import DedustSeparators
import DedustTrajectories

/// `type: cyclone` — a conventional reverse-flow cyclone (``ConventionalCyclone``) with an efficiency model
/// and a pressure-drop model chosen by name from ``CycloneModels``' registration lists.
///
/// ```yaml
/// alpha_cyclone: {type: cyclone, geometry: stairmand_he, diameter: 2.3 m, model: muschelknautz_vdi}
/// custom:        {type: cyclone, model: barth, diameter: 1 m, inlet_height: 0.5 m, inlet_width: 0.2 m,
///                 vortex_finder_diameter: 0.5 m, vortex_finder_length: 0.5 m, cylinder_height: 1.5 m,
///                 total_height: 4 m, dust_outlet_diameter: 0.375 m}
/// ```
/// With `geometry`, each given dimension overrides the family's ratio; without it every dimension is needed.
/// A cyclone accepts the keys of its efficiency model and of its pressure-drop model (the given
/// `pressure_drop_model`, or the one that goes with the efficiency model).
struct CycloneFactory: EquipmentFactory {
    var unitType: String { "cyclone" }
    var defaultModel: String? { MuschelknautzVDI.descriptor.name }

    static let geometry = Parameter<String?>.optionalChoice(
        "geometry", CycloneGeometry.Standard.allCases.map(\.rawValue),
        doc: "standard geometry family scaled to the diameter (or give every dimension)")
    static let diameter = Parameter<Double>.requiredQuantity("diameter", .length, plausible: .cycloneDiameter,
                                                                 doc: "barrel diameter D")
    nonisolated(unsafe) static let dimensions: [(parameter: Parameter<Double?>, path: WritableKeyPath<CycloneGeometry, Double>)] = [
        (dimension("inlet_height", "inlet height a"), \.inletHeight),
        (dimension("inlet_width", "inlet width b"), \.inletWidth),
        (dimension("vortex_finder_diameter", "vortex-finder diameter Dx"), \.vortexFinderDiameter),
        (dimension("vortex_finder_length", "vortex-finder length S"), \.vortexFinderLength),
        (dimension("cylinder_height", "barrel height h"), \.cylinderHeight),
        (dimension("total_height", "total height H"), \.totalHeight),
        (dimension("dust_outlet_diameter", "dust-outlet diameter B"), \.dustOutletDiameter),
    ]
    static let count = Parameter<Int>.integer("count", 1...1000, default: 1,
                                              doc: "identical cyclones in parallel sharing the flow")
    static let pressureDropModel = Parameter<String?>.optionalChoice(
        "pressure_drop_model", CycloneModels.pressureDropNames, computed: "the one matching the efficiency model",
        doc: "pressure-drop model")

    private static func dimension(_ key: String, _ doc: String) -> Parameter<Double?> {
        .optionalQuantity(key, .length, computed: "the family's ratio × D", doc: doc)
    }

    /// Fields of every cyclone model.
    static let unitParameters: [ParameterDescriptor] = [geometry.descriptor, diameter.descriptor]
        + dimensions.map(\.parameter.descriptor) + [count.descriptor, pressureDropModel.descriptor]

    // MARK: The trajectory model

    static let vortexEnd = Parameter<ConventionalCycloneFlow.VortexEnd>.choice(
        "vortex_end", ["geometric", "alexander"], default: .geometric, doc: "where the vortex ends")
    static let coreRadius = Parameter<Double?>.optionalQuantity(
        "core_radius", .length, computed: "Iozia–Leith", doc: "solid-body core radius")

    static let trajectory = ModelDescriptor(
        name: "trajectory",
        summary: "Lagrangian Monte Carlo in the Muschelknautz (VDI) flow field, loading limit composed on top",
        reference: "DedustTrajectories.TrajectoryCyclone (docs/trajectories.md) in the velocity field of the VDI Heat Atlas (2010) "
            + "L3.4 Muschelknautz method; Iozia & Leith (1990) core radius; Alexander (1949) natural vortex length",
        parameters: unitParameters + [
            CycloneParameters.wallFriction.descriptor, CycloneParameters.gradeCurveWidth.descriptor,
            CycloneParameters.kMain.descriptor, MuschelknautzVDI.constrictionParameter.descriptor,
            CycloneParameters.loadingLimit.descriptor, vortexEnd.descriptor, coreRadius.descriptor,
            TrajectoryParameters.wallDeposition.descriptor,
        ] + TrajectoryParameters.parameters)

    var models: [ModelDescriptor] {
        CycloneModels.efficiencyModels.map { type in
            var d = type.descriptor
            d.parameters = (Self.unitParameters + d.parameters).uniqued()
            return d
        } + [Self.trajectory]
    }

    func parameters(of model: ModelDescriptor, in mapping: YMap) -> [ParameterDescriptor] {
        let given = mapping[Self.pressureDropModel]?.text(what: "a pressure-drop model")
        let dpName = given.flatMap { CycloneModels.pressureDropNames.contains($0) ? $0 : nil }
            ?? CycloneModels.defaultPressureDropName(forEfficiency: model.name == "trajectory" ? MuschelknautzVDI.descriptor.name : model.name)
        let dp = CycloneModels.pressureDropModel(named: dpName)?.descriptor.parameters ?? []
        return (model.parameters + dp).uniqued()
    }

    func build(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        let diameter = v[Self.diameter]
        var geometry: CycloneGeometry
        if let family = v[Self.geometry].flatMap(CycloneGeometry.Standard.init(rawValue:)) {
            geometry = .standard(family, diameter: diameter)
        } else {
            let missing = Self.dimensions.map(\.parameter.key).filter { !p.has($0) }
            if !missing.isEmpty {
                p.owner.error("give a standard \"geometry\" (e.g. stairmand_he) or every dimension; missing: "
                              + missing.joined(separator: ", "))
            }
            geometry = .standard(.stairmandHE, diameter: diameter)
        }
        for (parameter, path) in Self.dimensions {
            if let x = v[parameter] { geometry[keyPath: path] = x }
        }
        if diameter > 0 {
            for problem in geometry.inconsistencies { p.owner.error("inconsistent cyclone geometry: \(problem)") }
        }
        let count = v[Self.count]
        let dpName = v[Self.pressureDropModel]
        do {
            if model == "trajectory" {
                let mm = try MuschelknautzVDI(parameters: v)
                let dp = try CycloneModels.pressureDrop(
                    named: dpName ?? CycloneModels.defaultPressureDropName(forEfficiency: MuschelknautzVDI.descriptor.name),
                    parameters: v)
                return TrajectoryCyclone(geometry: geometry, count: count, muschelknautz: mm, pressureDropModel: dp,
                                         dispersion: TrajectoryParameters.dispersion(p), wall: TrajectoryParameters.wall(p),
                                         drag: v[TrajectoryParameters.dragLaw], settings: TrajectoryParameters.settings(v, p), vortexEnd: v[Self.vortexEnd],
                                         coreRadius: v[Self.coreRadius],
                                         applyLoadingLimit: v[CycloneParameters.loadingLimit],
                                         wallDeposition: v[TrajectoryParameters.wallDeposition])
            }
            return try ConventionalCyclone(geometry: geometry, count: count, model: model, pressureDropModel: dpName,
                                           parameters: v)
        } catch {
            p.owner.error(String(describing: error))
            return nil
        }
    }
}
