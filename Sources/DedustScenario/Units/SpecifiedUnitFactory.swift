import DedustFlowsheet
import DedustSeparators

/// `type: specified` — a unit with a given grade-efficiency curve (``SpecifiedSeparator``).
///
/// ```yaml
/// vendor_cyclone: {type: specified, model: logistic, cut_size: 4 um, sharpness: 2, pressure_drop: 1.2 kPa}
/// loop_unit:      {type: specified, model: constant, efficiency: 0.6}
/// scrubber:       {type: specified, model: table, grade_efficiency: [[1 um, 0.5], [5 um, 0.95]]}
/// ```
struct SpecifiedUnitFactory: UnitFactory {
    var unitType: String { "specified" }
    var defaultModel: String? { nil }

    private static let common: [ModelInfo.Parameter] = [
        .init("pressure_drop", "pressure difference", default: "0 Pa", "pressure drop of the unit"),
        .init("outlet_temperature", "temperature", "gas outlet temperature (default: the inlet temperature)"),
    ]
    private static let reference = "Given curve; logistic form: Theodore & DePaola (1980), Hoffmann & Stein, "
        + "Gas Cyclones and Swirl Tubes, 2nd ed., eq. 5.1.2"

    var models: [ModelInfo] {
        [ModelInfo(unitType: unitType, model: "constant", summary: "the same grade efficiency in every size class",
                   reference: "Given value", parameters: [
                       .init("efficiency", "fraction in [0, 1]", required: true, "grade efficiency η of every class"),
                   ] + Self.common),
         ModelInfo(unitType: unitType, model: "logistic", summary: "η(d) = 1 / (1 + (d50/d)^β)",
                   reference: Self.reference, parameters: [
                       .init("cut_size", "length", required: true, "cut size d50 (η = 0.5)"),
                       .init("sharpness", "number > 0", default: "2", "slope β of the curve"),
                   ] + Self.common),
         ModelInfo(unitType: unitType, model: "table", summary: "η(d) interpolated linearly in ln d between given points",
                   reference: "Given curve (vendor or measured data)", parameters: [
                       .init("grade_efficiency", "list of [size, η]", required: true,
                             "points with increasing sizes; η held constant beyond the ends"),
                   ] + Self.common)]
    }

    func build(model: String, parameters p: YMap) -> (any SeparatorModel)? {
        let dp = p["pressure_drop"].map { $0.quantity(.pressureDifference, in: .nonNegative) } ?? 0
        let tOut = p["outlet_temperature"].flatMap { $0.quantity(.temperature, in: .positive) }
        let curve: SpecifiedSeparator.Curve?
        switch model {
        case "constant":
            curve = p.required("efficiency")?.number(in: .fraction).map { .constant($0) }
        case "logistic":
            let d50 = p.required("cut_size")?.quantity(.length, in: .positive)
            let beta = p["sharpness"].map { $0.number(in: .positive) } ?? 2
            if let d50, let beta { curve = .logistic(cutSize: d50, sharpness: beta) } else { curve = nil }
        default:
            curve = p.required("grade_efficiency").flatMap(Self.table)
        }
        guard let curve, let dp else { return nil }
        if p.has("outlet_temperature") && tOut == nil { return nil }
        return SpecifiedSeparator(curve: curve, pressureDrop: dp, outletTemperature: tOut)
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
