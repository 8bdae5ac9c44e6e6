import DedustPhysics
import DedustTrajectories

/// Scenario fields shared by every trajectory model (`model: trajectory` of cyclone, gravity_settler and
/// circulating_cyclone): dispersion, wall interaction and the Monte Carlo settings (``TrajectorySettings``).
/// Each is declared once here; defaults come from the engine's own types.
///
/// ```yaml
/// dispersion: none                       # or {model: ornstein_uhlenbeck, sigma: 0.5 m/s, time_scale: 0.01 s}
/// wall: capture                          # or {model: rebound, rebound: 0.1, restitution: 0.3}
/// particles_per_class: 1024
/// ci_half_width: 0.01
/// ```
enum TrajectoryParameters {
    private static let defaults = TrajectorySettings()

    static let particlesPerClass = Parameter<Int>.integer(
        "particles_per_class", 1...10_000_000, default: defaults.particlesPerClass,
        doc: "particles per class per sampling round")
    static let ciHalfWidth = Parameter<Double>.number(
        "ci_half_width", range: ValueRange(lower: 0, lowerInclusive: false, upper: 0.5, upperInclusive: false),
        default: defaults.ciHalfWidth, doc: "target half-width of each class's 95 % interval")
    static let maxParticlesPerClass = Parameter<Int>.integer(
        "max_particles_per_class", 1...100_000_000, default: defaults.maxParticlesPerClass, doc: "particle budget per class")
    static let tileSize = Parameter<Int>.integer("tile_size", 256...16_384, default: defaults.tileSize, doc: "particles per tile")
    static let variates = Parameter<RandomVariates>.choice("variates", default: defaults.variates, doc: "random increments")
    static let timeStepFactor = Parameter<Double>.number(
        "time_step_factor", range: .openFraction, default: defaults.timeStepFactor,
        doc: "multiplies the flow field's time step")
    static let wallDeposition = Parameter<CycloneWallDeposition>.choice(
        "wall_deposition", default: .centrifugalDrift,
        doc: "turbulent arrivals at a cyclone wall deposit with the Wilson–Ferrandino–Thurtell probability for the "
            + "centrifugal drift (centrifugal_drift), or on every contact (on_contact: over-collects fines)")

    /// [`drag_law`] the particle drag law, evaluated at the local slip (trajectory models) or in the terminal
    /// velocity (settler correlations): one of ``DragLaws/all``.
    static let dragLaw = Parameter<any VectorDragLaw>(
        ParameterDescriptor(key: "drag_law", kind: .choice(DragLaws.names),
                            requirement: .value(.choice(SchillerNaumannDrag.descriptor.name)),
                            doc: "particle drag law (" + DragLaws.category.models.map { "\($0.name): \($0.summary)" }
                                .joined(separator: "; ") + ")")) { value in
        if case let .choice(name)? = value, let law = DragLaws.named(name) { return law }
        return SchillerNaumannDrag()
    }

    // MARK: Dispersion models

    static let sigma = Parameter<Double?>.optionalQuantity(
        "sigma", .velocity, range: .nonNegative, computed: "the flow field's", doc: "r.m.s. turbulent velocity σ")
    static let timeScale = Parameter<Double?>.optionalQuantity(
        "time_scale", .time, computed: "the flow field's", doc: "Lagrangian integral time scale T_L")
    static let crossingCoefficient = Parameter<Double>.number(
        "crossing_coefficient", range: .nonNegative, default: 1, doc: "crossing-trajectory coefficient β (Csanady)")

    static let dispersionModels = ModelCategory(noun: "dispersion model", models: [
        ModelDescriptor(name: "ornstein_uhlenbeck",
                        summary: "seen velocity as an Ornstein–Uhlenbeck process with crossing-trajectory time scale",
                        reference: "Thomson, D. J., J. Fluid Mech. 180 (1987) 529–556 (well-mixed Langevin model); "
                            + "Csanady, G. T., J. Atmos. Sci. 20 (1963) 201–208 (crossing trajectories)",
                        parameters: [sigma.descriptor, timeScale.descriptor, crossingCoefficient.descriptor]),
        ModelDescriptor(name: "random_walk",
                        summary: "discrete random walk: eddy velocity held for the eddy interaction time",
                        reference: "Gosman, A. D. & Ioannides, E., J. Energy 7 (1983) 482–490",
                        parameters: [sigma.descriptor, timeScale.descriptor]),
        ModelDescriptor(name: "none", summary: "no turbulent dispersion (mean-flow trajectories)",
                        reference: "—"),
    ], defaultModel: "ornstein_uhlenbeck")

    static let dispersion = Parameter<Void>.declared(
        "dispersion", .submodel(dispersionModels), requirement: .value(.choice("ornstein_uhlenbeck")),
        doc: "turbulent dispersion (σ and T_L default to the flow field's)")

    // MARK: Wall interactions

    static let reboundProbability = Parameter<Double>.requiredNumber(
        "rebound", range: .fraction, doc: "rebound probability per contact")
    static let restitution = Parameter<Double>.number(
        "restitution", range: .fraction, default: 0, doc: "normal restitution coefficient e")

    static let wallModels = ModelCategory(noun: "wall model", models: [
        ModelDescriptor(name: "capture", summary: "every wall contact deposits the particle", reference: "—"),
        ModelDescriptor(name: "rebound", summary: "a contact rebounds with probability p and restitution e, else deposits",
                        reference: "Sommerfeld, M., Int. J. Multiphase Flow 18 (1992) 905–926 (restitution at walls)",
                        parameters: [reboundProbability.descriptor, restitution.descriptor]),
    ], defaultModel: "rebound")

    static let wall = Parameter<Void>.declared(
        "wall", .submodel(wallModels), requirement: .value(.choice("capture")), doc: "wall interaction")

    /// Every field shared by the trajectory models, in documentation order.
    static let parameters: [ParameterDescriptor] = [
        dispersion.descriptor, wall.descriptor, dragLaw.descriptor, particlesPerClass.descriptor, ciHalfWidth.descriptor,
        maxParticlesPerClass.descriptor, tileSize.descriptor, variates.descriptor, timeStepFactor.descriptor,
    ]

    // MARK: Reading

    static func dispersion(_ p: YMap) -> DispersionModel {
        guard let node = p[dispersion], let (model, v, _) = node.submodel(dispersionModels) else { return .ornsteinUhlenbeck() }
        switch model.name {
        case "none": return DispersionModel.none
        case "random_walk": return .randomWalk(sigma: v[sigma], timeScale: v[timeScale])
        default: return .ornsteinUhlenbeck(sigma: v[sigma], timeScale: v[timeScale], crossingCoefficient: v[crossingCoefficient])
        }
    }

    static func wall(_ p: YMap) -> WallModel {
        guard let node = p[wall], let (model, v, _) = node.submodel(wallModels) else { return .capture }
        return model.name == "rebound" ? .rebound(probability: v[reboundProbability], restitution: v[restitution]) : .capture
    }

    static func settings(_ v: ParameterValues, _ p: YMap) -> TrajectorySettings {
        let s = TrajectorySettings(particlesPerClass: v[particlesPerClass], ciHalfWidth: v[ciHalfWidth],
                                   maxParticlesPerClass: v[maxParticlesPerClass], tileSize: v[tileSize],
                                   variates: v[variates], timeStepFactor: v[timeStepFactor])
        for problem in s.problems { p.owner.error(problem) }
        return s
    }
}
