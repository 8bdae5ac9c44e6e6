import DedustFlowsheet
import DedustPhysics
import DedustSeparators

/// `type: specified` — a unit with a given grade-efficiency curve (``SpecifiedSeparator``).
///
/// ```yaml
/// vendor_cyclone: {type: specified, model: logistic, cut_size: 4 um, sharpness: 2, pressure_drop: 1.2 kPa}
/// loop_unit:      {type: specified, model: constant, efficiency: 0.6}
/// scrubber:       {type: specified, model: table, grade_efficiency: [[1 um, 0.5], [5 um, 0.95]]}
/// ```
struct SpecifiedFactory: EquipmentFactory {
    var unitType: String { "specified" }
    var defaultModel: String? { nil }

    static let pressureDrop = Parameter<Double>.quantity(
        "pressure_drop", .pressureDifference, range: .nonNegative, default: "0 Pa", doc: "pressure drop of the unit")
    static let outletTemperature = Parameter<Double?>.optionalQuantity(
        "outlet_temperature", .temperature, computed: "the inlet temperature", doc: "gas outlet temperature")
    static let efficiency = Parameter<Double>.requiredNumber(
        "efficiency", range: .fraction, doc: "grade efficiency η of every class")
    static let cutSize = Parameter<Double>.requiredQuantity("cut_size", .length, doc: "cut size d50 (η = 0.5)")
    static let sharpness = Parameter<Double>.number("sharpness", default: 2, doc: "slope β of the curve")
    static let gradeEfficiency = Parameter<Void>.declared(
        "grade_efficiency", .structure("list of [size, η]"), requirement: .required,
        doc: "points with increasing sizes; η held constant beyond the ends")

    private static let common = [pressureDrop.descriptor, outletTemperature.descriptor]

    var models: [ModelDescriptor] {
        [ModelDescriptor(name: "constant", summary: "the same grade efficiency in every size class",
                         reference: "Given value", parameters: [Self.efficiency.descriptor] + Self.common),
         ModelDescriptor(name: "logistic", summary: "η(d) = 1 / (1 + (d50/d)^β)",
                         reference: "Given curve; logistic form: Theodore & DePaola (1980), Predicting cyclone efficiency, "
                             + "J. Air Pollut. Control Assoc. 30(10) 1132–1133; Hoffmann & Stein (2008), eq. 5.1.2",
                         parameters: [Self.cutSize.descriptor, Self.sharpness.descriptor] + Self.common),
         ModelDescriptor(name: "table", summary: "η(d) interpolated linearly in ln d between given points",
                         reference: "Given curve (vendor or measured data)",
                         parameters: [Self.gradeEfficiency.descriptor] + Self.common)]
    }

    func build(model: String, values v: ParameterValues, mapping p: YMap) -> (any SeparatorModel)? {
        let curve: SpecifiedSeparator.Curve?
        switch model {
        case "constant": curve = .constant(v[Self.efficiency])
        case "logistic": curve = .logistic(cutSize: v[Self.cutSize], sharpness: v[Self.sharpness])
        default: curve = p[Self.gradeEfficiency].flatMap(Self.table)
        }
        guard let curve else { return nil }
        return SpecifiedSeparator(curve: curve, pressureDrop: v[Self.pressureDrop], outletTemperature: v[Self.outletTemperature])
    }

    private static func table(_ node: YNode) -> SpecifiedSeparator.Curve? {
        guard let table = node.sizePairs(of: "efficiency") else { return nil }
        guard !table.sizes.isEmpty else {
            node.error("the grade-efficiency table is empty; give at least one [size, efficiency] pair")
            return nil
        }
        return .table(sizes: table.sizes, efficiencies: table.values)
    }
}
