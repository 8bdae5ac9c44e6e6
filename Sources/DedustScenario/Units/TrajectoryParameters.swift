import DedustTrajectories

/// Scenario fields shared by every trajectory model (`model: trajectory` of cyclone, gravity_settler and
/// circulating_cyclone): dispersion, wall interaction and the Monte Carlo settings (``TrajectorySettings``).
///
/// ```yaml
/// dispersion: none                       # or {model: ornstein_uhlenbeck, sigma: 0.5 m/s, time_scale: 0.01 s}
/// wall: capture                          # or {rebound: 0.1, restitution: 0.3}
/// particles_per_class: 1024
/// ci_half_width: 0.01
/// ```
enum TrajectoryParameters {
    static let info: [ModelInfo.Parameter] = [
        .init("dispersion", "none or {model: ornstein_uhlenbeck | random_walk, sigma, time_scale, crossing_coefficient}",
              default: "{model: ornstein_uhlenbeck}", "turbulent dispersion (σ and T_L default to the flow field's)"),
        .init("wall", "capture or {rebound: p, restitution: e}", default: "capture", "wall interaction"),
        .init("particles_per_class", "whole number", default: "1024", "particles per class per sampling round"),
        .init("ci_half_width", "fraction in (0, 0.5)", default: "0.01", "target half-width of each class's 95 % interval"),
        .init("max_particles_per_class", "whole number", default: "16384", "particle budget per class"),
        .init("tile_size", "whole number 256…16384", default: "1024", "particles per tile"),
        .init("variates", "three_point or gaussian", default: "three_point", "random increments"),
        .init("time_step_factor", "fraction in (0, 1]", default: "1", "multiplies the flow field's time step"),
    ]

    static var names: [String] { info.map(\.name) }

    /// The cyclone walls' treatment of turbulent arrivals (`cyclone` and `circulating_cyclone` trajectory models).
    static let wallDepositionInfo = ModelInfo.Parameter(
        "wall_deposition", "centrifugal_drift or on_contact", default: "centrifugal_drift",
        "turbulent arrivals at a cyclone wall deposit with the Wilson–Ferrandino–Thurtell probability for the " +
        "centrifugal drift (centrifugal_drift), or on every contact (on_contact: over-collects fines)")

    static func wallDeposition(_ p: YMap) -> CycloneWallDeposition {
        CycloneWallDeposition(rawValue: p.choice("wall_deposition", CycloneWallDeposition.allCases.map(\.rawValue),
                                                 default: CycloneWallDeposition.centrifugalDrift.rawValue,
                                                 what: "wall deposition")) ?? .centrifugalDrift
    }

    static func dispersion(_ p: YMap) -> DispersionModel {
        guard let node = p["dispersion"] else { return .ornsteinUhlenbeck() }
        if case .scalar = node.node {
            switch node.choice(["none", "ornstein_uhlenbeck", "random_walk"], what: "dispersion model") {
            case "none": return DispersionModel.none
            case "random_walk": return .randomWalk()
            default: return .ornsteinUhlenbeck()
            }
        }
        guard let m = node.mapping(allowed: ["model", "sigma", "time_scale", "crossing_coefficient"]) else { return .ornsteinUhlenbeck() }
        let model = m.choice("model", ["none", "ornstein_uhlenbeck", "random_walk"], default: "ornstein_uhlenbeck",
                             what: "dispersion model")
        let sigma = m.optionalQuantity("sigma", .velocity, .nonNegative)
        let timeScale = m.optionalQuantity("time_scale", .time)
        switch model {
        case "none":
            return DispersionModel.none
        case "random_walk":
            if m.has("crossing_coefficient") { m["crossing_coefficient"]?.error("only ornstein_uhlenbeck has a crossing coefficient") }
            return .randomWalk(sigma: sigma, timeScale: timeScale)
        default:
            return .ornsteinUhlenbeck(sigma: sigma, timeScale: timeScale,
                                      crossingCoefficient: m.number("crossing_coefficient", .nonNegative, default: 1))
        }
    }

    static func wall(_ p: YMap) -> WallModel {
        guard let node = p["wall"] else { return .capture }
        if case .scalar = node.node {
            _ = node.choice(["capture"], what: "wall model")
            return .capture
        }
        guard let m = node.mapping(allowed: ["rebound", "restitution"]) else { return .capture }
        return .rebound(probability: m.required("rebound", "rebound probability per contact")?.number(in: .fraction) ?? 0,
                        restitution: m.number("restitution", .fraction, default: 0))
    }

    static func settings(_ p: YMap) -> TrajectorySettings {
        let s = TrajectorySettings(
            particlesPerClass: p.integer("particles_per_class", 1...10_000_000, default: 1024),
            ciHalfWidth: p.number("ci_half_width", ValueRange(lower: 0, lowerInclusive: false, upper: 0.5, upperInclusive: false),
                                  default: 0.01),
            maxParticlesPerClass: p.integer("max_particles_per_class", 1...100_000_000, default: 16_384),
            tileSize: p.integer("tile_size", 256...16_384, default: 1024),
            variates: RandomVariates(rawValue: p.choice("variates", RandomVariates.allCases.map(\.rawValue),
                                                        default: "three_point", what: "random variates")) ?? .threePoint,
            timeStepFactor: p.number("time_step_factor", ValueRange(lower: 0, lowerInclusive: false, upper: 1), default: 1))
        for problem in s.problems { p.owner.error(problem) }
        return s
    }
}
