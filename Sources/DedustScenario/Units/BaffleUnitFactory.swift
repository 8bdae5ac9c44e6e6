import Foundation
import DedustSeparators

/// `type: baffle` — an inertial insert in a duct: a perforated plate (``PerforatedBaffle``) or labyrinth turns
/// (``LabyrinthBaffle``). The same parameters describe a baffle carried by a settler (`baffle:` of
/// `gravity_settler`).
///
/// ```yaml
/// plate: {type: baffle, model: perforated_plate, plate_area: 12 m2, open_area_ratio: 0.1, hole_size: 15 mm}
/// turns: {type: baffle, model: labyrinth, turns: 4, channel_width: 0.5 m, channel_height: 4 m}
/// ```
struct BaffleUnitFactory: UnitFactory {
    var unitType: String { "baffle" }
    var defaultModel: String? { nil }

    static let perforatedParameters: [ModelInfo.Parameter] = [
        .init("plate_area", "area", required: true, "plate (duct or chamber cross-section) area"),
        .init("open_area_ratio", "fraction in (0, 1)", "open-area ratio φ of a uniform plate (or give zones)"),
        .init("hole_size", "length", "hole diameter or slot width of a uniform plate"),
        .init("shape", "round or slot", default: "round", "hole shape of a uniform plate"),
        .init("zones", "list of {area_share, open_area_ratio, hole_size, shape}", "non-uniform perforation"),
        .init("target", "plate_web or downstream_wall", default: "plate_web", "what the jets strike"),
        .init("steepness", "number", default: "2", "steepness of the impaction curve"),
    ]

    static let labyrinthParameters: [ModelInfo.Parameter] = [
        .init("turns", "whole number", required: true, "number of turns"),
        .init("turn_angle", "number (degrees)", default: "180", "turn angle θ"),
        .init("channel_width", "length", required: true, "channel width W_c"),
        .init("channel_height", "length", required: true, "channel span h_c"),
        .init("mixing", "laminar or mixed", default: "mixed", "cross-channel mixing"),
        .init("loss_coefficient_per_turn", "number", default: "2", "ζ per turn on ½ρU²"),
    ]

    var models: [ModelInfo] {
        [ModelInfo(unitType: unitType, model: "perforated_plate",
                   summary: "jet impaction at a perforated plate (zones as parallel resistances)",
                   reference: "Marple & Liu (1974) impaction curves; Idelchik, Handbook of Hydraulic Resistance, perforated plates",
                   parameters: Self.perforatedParameters),
         ModelInfo(unitType: unitType, model: "labyrinth", summary: "inertial drift in sharp turns",
                   reference: "physics.md §3.5; Idelchik diagrams 6-26/6-28 for ζ", parameters: Self.labyrinthParameters)]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        Self.baffle(model: model, p)
    }

    static func baffle(model: String, _ p: YMap) -> (any SeparatorModel)? {
        if model == "labyrinth" {
            let turns = p.required("turns")?.integer(in: 1...1000, what: "a number of turns") ?? 1
            let angle = p.number("turn_angle", ValueRange(lower: 0, lowerInclusive: false, upper: 360), default: 180)
            let width = p.requiredQuantity("channel_width", .length)
            let height = p.requiredQuantity("channel_height", .length)
            let mixing = p.choice("mixing", ["laminar", "mixed"], default: "mixed", what: "mixing")
            let zeta = p.number("loss_coefficient_per_turn", .nonNegative, default: 2)
            return LabyrinthBaffle(turns: turns, turnAngle: angle * .pi / 180, channelWidth: width, channelHeight: height,
                                   mixing: SettlingMixing(rawValue: mixing) ?? .mixed, lossCoefficientPerTurn: zeta)
        }
        let area = p.requiredQuantity("plate_area", .area)
        let target = p.choice("target", PerforatedBaffle.Target.allCases.map(\.rawValue), default: "plate_web", what: "target")
        let steepness = p.number("steepness", .positive, default: 2)
        var zones: [PerforationZone] = []
        if let zonesNode = p["zones"] {
            for key in ["open_area_ratio", "hole_size", "shape"] where p.has(key) {
                p[key]?.error("give \"\(key)\" inside each zone when \"zones\" is used")
            }
            for z in zonesNode.sequence(what: "a list of zones") ?? [] {
                guard let zm = z.mapping(allowed: ["area_share", "open_area_ratio", "hole_size", "shape"]) else { continue }
                zones.append(zone(zm, share: zm.number("area_share", .openFraction, default: 1)))
            }
            let total = zones.reduce(0) { $0 + $1.areaShare }
            if !zones.isEmpty, abs(total - 1) > 1e-6 {
                zonesNode.error("zone area shares add up to \(total), expected 1 (the zones cover the plate)")
            }
        } else {
            zones = [zone(p, share: 1)]
        }
        return PerforatedBaffle(plateArea: area, zones: zones,
                                target: PerforatedBaffle.Target(rawValue: target) ?? .plateWeb, steepness: steepness)
    }

    private static func zone(_ m: YMap, share: Double) -> PerforationZone {
        let phi = m.required("open_area_ratio", "open-area ratio in (0, 1)")?
            .number(in: ValueRange(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: false)) ?? 0.5
        let hole = m.requiredQuantity("hole_size", .length)
        let shape = m.choice("shape", ["round", "slot"], default: "round", what: "hole shape")
        return PerforationZone(areaShare: share, openAreaRatio: phi, holeSize: hole,
                               shape: ImpactionCurve.Shape(rawValue: shape) ?? .round)
    }
}
