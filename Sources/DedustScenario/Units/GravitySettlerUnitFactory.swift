import DedustPhysics
import DedustSeparators
import DedustTrajectories

/// `type: gravity_settler` — a settling chamber or settling cooler (``GravitySettler``), optionally with trays,
/// parallel chambers, wall cooling and a carried baffle.
///
/// ```yaml
/// settling_cooler:
///   type: gravity_settler
///   model: dispersion              # laminar | mixed | dispersion
///   length: 9 m
///   width: 3 m
///   height: 4 m
///   effective_area: 0.7
///   heat_transfer: {area: 150 m2, U: 8 W/(m2*K), fouling: 0.05 m2*K/W, ambient: 30 degC}
///   baffle: {model: perforated_plate, plate_area: 12 m2, open_area_ratio: 0.1, hole_size: 15 mm, location: 0.5}
/// ```
struct GravitySettlerUnitFactory: UnitFactory {
    var unitType: String { "gravity_settler" }
    var defaultModel: String? { "dispersion" }

    private static let parameters: [ModelInfo.Parameter] = [
        .init("length", "length", required: true, "chamber length L (flow direction)"),
        .init("width", "length", required: true, "chamber width W"),
        .init("height", "length", required: true, "chamber height H"),
        .init("trays", "whole number", default: "1", "horizontal trays (Howard chamber)"),
        .init("count", "whole number", default: "1", "identical chambers in parallel sharing the flow"),
        .init("effective_area", "fraction in (0, 1]", default: "1", "effective-area factor k_A (dead zones)"),
        .init("vertical_diffusivity", "number (m²/s)", "eddy diffusivity ε_y for the dispersion model (default: channel-flow estimate)"),
        .init("heat_transfer", "{area, U, fouling, ambient}", "wall cooling (default: adiabatic)"),
        .init("segments", "whole number", default: "10", "cooling/property segments along L"),
        .init("dust_specific_heat", "number (J/(kg·K))", default: "850", "dust heat capacity"),
        .init("reentrainment_velocity", "velocity", default: "3 m/s", "horizontal velocity above which re-entrainment is warned"),
        .init("duct_velocity", "velocity", default: "15 m/s", "inlet/outlet duct velocity for the pressure drop"),
        .init("wall_roughness", "length", default: "3 mm", "wall roughness for friction"),
        .init("baffle", "{model: perforated_plate | labyrinth, …, location}", "carried inertial insert"),
        .init("column_cells", "whole number", default: "100", "cells of the dispersion column"),
    ]

    var models: [ModelInfo] {
        [("laminar", "plug flow, no vertical mixing: η = min(1, v_t A / Q)"),
         ("mixed", "fully mixed vertically: η = 1 − exp(−v_t A / Q)"),
         ("dispersion", "finite vertical eddy diffusivity between the two limits (1-D column)")].map {
            ModelInfo(unitType: unitType, model: $0.0, summary: $0.1,
                      reference: "Hoffmann & Stein (2008) chap. 3; Dobbins (1944) / Camp (1946) for dispersion; physics.md §3",
                      parameters: Self.parameters)
        } + [ModelInfo(unitType: unitType, model: "trajectory",
                       summary: "Lagrangian Monte Carlo in one tray channel (plug or log-law profile) with dispersion; ΔP, cooling and warnings from the correlation chamber",
                       reference: "DedustTrajectories.TrajectorySettler; physics.md §3",
                       parameters: Self.parameters + [
                           .init("profile", "plug or {log_law: roughness length}", default: "plug", "velocity profile"),
                       ] + TrajectoryParameters.info)]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        let length = p.requiredQuantity("length", .length)
        let width = p.requiredQuantity("width", .length)
        let height = p.requiredQuantity("height", .length)
        let trays = p.integer("trays", 1...100, default: 1)
        let count = p.integer("count", 1...100, default: 1)
        let kA = p.number("effective_area", .openFraction, default: 1)
        let diffusivity: VerticalDiffusivity = p.optionalNumber("vertical_diffusivity").map { .given($0) } ?? .channelFlow()
        let heat = p["heat_transfer"].flatMap(WallHeatTransferReader.read)
        let segments = p.integer("segments", 10...10_000, default: 10)
        let cDust = p.number("dust_specific_heat", .positive, default: 850)
        let reentrainment = p.quantity("reentrainment_velocity", .velocity, default: 3)
        let pressureDrop = SettlerPressureDrop(ductVelocity: p.quantity("duct_velocity", .velocity, default: 15),
                                               wallRoughness: p.quantity("wall_roughness", .length, .nonNegative, default: 0.003))
        var baffle: (any SeparatorModel)?
        var location = 0.5
        if let node = p["baffle"] {
            let allowed = ["model", "location"] + Set(BaffleUnitFactory.perforatedParameters.map(\.name)
                                                      + BaffleUnitFactory.labyrinthParameters.map(\.name)).sorted()
            if let b = node.mapping(allowed: allowed) {
                let kind = b.required("model", "perforated_plate or labyrinth")?
                    .choice(["perforated_plate", "labyrinth"], what: "baffle model") ?? "perforated_plate"
                let own = (kind == "labyrinth" ? BaffleUnitFactory.labyrinthParameters : BaffleUnitFactory.perforatedParameters)
                    .map(\.name) + ["model", "location"]
                b.reportUnknown(allowed: own, context: " for a \(kind) baffle")
                baffle = BaffleUnitFactory.baffle(model: kind, b)
                location = b.number("location", .fraction, default: 0.5)
            }
        }
        let cells = p.integer("column_cells", 10...100_000, default: 100)
        let chamber = GravitySettler(length: length, width: width, height: height, trays: trays, count: count,
                              mixing: SettlingMixing(rawValue: model) ?? .mixed, effectiveAreaFactor: kA,
                              verticalDiffusivity: diffusivity, heatTransfer: heat, segments: segments,
                              dustSpecificHeat: cDust, reentrainmentVelocity: reentrainment,
                              pressureDropModel: pressureDrop, baffle: baffle, baffleLocation: location,
                              columnCells: cells)
        guard model == "trajectory" else { return chamber }
        var profile = SettlerFlow.Profile.plug
        if let node = p["profile"] {
            if case .scalar = node.node {
                _ = node.choice(["plug"], what: "velocity profile")
            } else if let m = node.mapping(allowed: ["log_law"]) {
                profile = .logLaw(roughnessLength: m.requiredQuantity("log_law", .length))
            }
        }
        return TrajectorySettler(chamber: chamber, profile: profile, dispersion: TrajectoryParameters.dispersion(p),
                                 wall: TrajectoryParameters.wall(p), settings: TrajectoryParameters.settings(p))
    }
}
