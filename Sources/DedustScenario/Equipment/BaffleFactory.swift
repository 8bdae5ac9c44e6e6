import Foundation
import DedustPhysics
import DedustSeparators

/// `type: baffle` — an inertial insert in a duct: a perforated plate (``PerforatedBaffle``) or labyrinth turns
/// (``LabyrinthBaffle``). The same models describe a baffle carried by a settler (`baffle:` of
/// `gravity_settler`).
///
/// ```yaml
/// plate: {type: baffle, model: perforated_plate, plate_area: 12 m2, open_area_ratio: 0.1, hole_size: 15 mm}
/// turns: {type: baffle, model: labyrinth, turns: 4, channel_width: 0.5 m, channel_height: 4 m}
/// ```
struct BaffleFactory: EquipmentFactory {
    var unitType: String { "baffle" }
    var defaultModel: String? { nil }

    // MARK: perforated_plate

    static let plateArea = Parameter<Double>.requiredQuantity(
        "plate_area", .area, doc: "plate (duct or chamber cross-section) area")
    static let openAreaRatio = Parameter<Double?>.optionalNumber(
        "open_area_ratio", range: .openInterval, doc: "open-area ratio φ of a uniform plate (or give zones)")
    static let holeSize = Parameter<Double?>.optionalQuantity(
        "hole_size", .length, doc: "hole diameter or slot width of a uniform plate")
    static let shape = Parameter<ImpactionCurve.Shape>.choice(
        "shape", ["round", "slot"], default: .round, doc: "hole shape of a uniform plate")
    static let zoneParameters: [ParameterDescriptor] = [
        Parameter<Double>.number("area_share", range: .openFraction, default: 1, doc: "share of the plate area").descriptor,
        ParameterDescriptor(key: "open_area_ratio", kind: .number, range: .openInterval, requirement: .required,
                            doc: "open-area ratio φ"),
        ParameterDescriptor(key: "hole_size", kind: .quantity(.length), range: .positive, requirement: .required,
                            doc: "hole diameter or slot width"),
        shape.descriptor,
    ]
    static let zones = Parameter<Void>.declared(
        "zones", .structure("list of {" + zoneParameters.map(\.key).joined(separator: ", ") + "}"),
        doc: "non-uniform perforation")
    static let target = Parameter<PerforatedBaffle.Target>.choice("target", default: .plateWeb, doc: "what the jets strike")
    static let steepness = Parameter<Double>.number("steepness", default: 2, doc: "steepness of the impaction curve")

    static let perforatedPlate = ModelDescriptor(
        name: "perforated_plate", summary: "jet impaction at a perforated plate (zones as parallel resistances)",
        reference: "Marple & Liu (1974), Characteristics of laminar jet impactors, Environ. Sci. Technol. 8(7) "
            + "648–654; Idelchik (1994), Handbook of Hydraulic Resistance, 3rd ed., chap. 8 (perforated plates)",
        parameters: [plateArea.descriptor, openAreaRatio.descriptor, holeSize.descriptor, shape.descriptor,
                     zones.descriptor, target.descriptor, steepness.descriptor])

    // MARK: labyrinth

    static let turns = Parameter<Int>.requiredInteger("turns", 1...1000, doc: "number of turns")
    static let turnAngle = Parameter<Double>.number(
        "turn_angle", range: ValueRange(lower: 0, lowerInclusive: false, upper: 360), default: 180,
        doc: "turn angle θ (degrees)")
    static let channelWidth = Parameter<Double>.requiredQuantity("channel_width", .length, doc: "channel width W_c")
    static let channelHeight = Parameter<Double>.requiredQuantity("channel_height", .length, doc: "channel span h_c")
    static let mixing = Parameter<SettlingMixing>.choice(
        "mixing", ["laminar", "mixed"], default: .mixed, doc: "cross-channel mixing")
    static let lossPerTurn = Parameter<Double>.number(
        "loss_coefficient_per_turn", range: .nonNegative, default: 2, doc: "ζ per turn on ½ρU²")

    static let labyrinth = ModelDescriptor(
        name: "labyrinth", summary: "inertial drift in sharp turns",
        reference: "Centrifugal drift across the channel in each turn, Stk_t θ (physics.md §3.5, LabyrinthBaffle); "
            + "Idelchik (1994), Handbook of Hydraulic Resistance, 3rd ed., diagrams 6-26/6-28 for ζ",
        parameters: [turns.descriptor, turnAngle.descriptor, channelWidth.descriptor, channelHeight.descriptor,
                     mixing.descriptor, lossPerTurn.descriptor])

    static let baffleModels = [perforatedPlate, labyrinth]

    var models: [ModelDescriptor] { Self.baffleModels }

    func build(model: String, values: ParameterValues, mapping: YMap) -> (any SeparatorModel)? {
        Self.baffle(model: model, values: values, mapping: mapping)
    }

    static func baffle(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        if model == labyrinth.name {
            return LabyrinthBaffle(turns: v[turns], turnAngle: v[turnAngle] * .pi / 180, channelWidth: v[channelWidth],
                                   channelHeight: v[channelHeight], mixing: v[mixing],
                                   lossCoefficientPerTurn: v[lossPerTurn])
        }
        var zoneList: [PerforationZone] = []
        if let zonesNode = p[zones] {
            for key in [openAreaRatio.key, holeSize.key, shape.key] where p.has(key) {
                p[key]?.error("give \"\(key)\" inside each zone when \"zones\" is used")
            }
            for z in zonesNode.sequence(what: "a list of zones") ?? [] {
                guard let zv = z.record(zoneParameters) else { continue }
                zoneList.append(PerforationZone(areaShare: zv.given["area_share"]?.number ?? 1,
                                                openAreaRatio: zv.given["open_area_ratio"]?.number ?? 0.5,
                                                holeSize: zv.given["hole_size"]?.number ?? 0, shape: zv[shape]))
            }
            let total = zoneList.reduce(0) { $0 + $1.areaShare }
            if !zoneList.isEmpty, abs(total - 1) > 1e-6 {
                zonesNode.error("zone area shares add up to \(total), expected 1 (the zones cover the plate)")
            }
        } else {
            for parameter in [openAreaRatio, holeSize] where !p.has(parameter.key) {
                p.owner.error("missing required field \"\(parameter.key)\" (\(parameter.descriptor.doc)); or give \"zones\"")
            }
            zoneList = [PerforationZone(areaShare: 1, openAreaRatio: v[openAreaRatio] ?? 0.5, holeSize: v[holeSize] ?? 0,
                                        shape: v[shape])]
        }
        return PerforatedBaffle(plateArea: v[plateArea], zones: zoneList, target: v[target], steepness: v[steepness])
    }
}
