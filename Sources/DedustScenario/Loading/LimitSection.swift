import Foundation
import DedustPhysics

extension ScenarioReader {
    static let limitQuantities = ["max_concentration", "max_temperature", "min_temperature", "max_pressure_drop"]

    func readLimits(_ node: YNode, equipment: EquipmentLibrary) -> [LimitSpecification]? {
        guard let items = node.sequence(what: "a list of limits {at, max_concentration | max_temperature | …}") else {
            return nil
        }
        var limits: [LimitSpecification] = []
        for item in items {
            if let l = readLimit(item, equipment: equipment) { limits.append(l) }
        }
        return limits
    }

    private func readLimit(_ node: YNode, equipment: EquipmentLibrary) -> LimitSpecification? {
        guard let m = node.mapping(allowed: ["at", "name"] + Self.limitQuantities) else { return nil }
        let atNode = m.required("at", "inlet, outlet, unit.inlet, unit.outlet or unit")
        let point = atNode.flatMap { readPoint($0, equipment: equipment) }
        guard let (key, valueNode) = m.exactlyOne(of: Self.limitQuantities, what: "limit quantity"),
              let text = valueNode.text(what: "a limit value") else { return nil }
        var quantity: LimitSpecification.Quantity?
        switch key {
        case "max_concentration":
            if let c = valueNode.concentration(in: .positive, plausible: .concentrationLimit) {
                switch c {
                case let .normal(v): quantity = .normalConcentration(v)
                case let .actual(v): quantity = .actualConcentration(v)
                case .loading:
                    valueNode.error("a concentration limit needs a volume basis: per Nm³ (e.g. \"20 mg/Nm3\") or per actual m³ (\"20 mg/m3\")")
                }
            }
        case "max_temperature":
            quantity = valueNode.quantity(.temperature, in: .positive, plausible: .gasTemperature).map { .temperature($0) }
        case "min_temperature":
            quantity = valueNode.quantity(.temperature, in: .positive, plausible: .gasTemperature).map { .minimumTemperature($0) }
        default:
            quantity = valueNode.quantity(.pressureDifference, in: .positive, plausible: .pressureDropLimit).map { .pressureDrop($0) }
        }
        guard let point, let quantity, let atNode else { return nil }
        // The quantity must make sense at the point.
        switch (point, quantity) {
        case (.unit, .pressureDrop), (.trainOutlet, .pressureDrop):
            break
        case (.unit(let u), _):
            atNode.error("\"\(u)\" names a unit; a \(key) limit applies at a port: \"\(u).inlet\" or \"\(u).outlet\"")
            return nil
        case (_, .pressureDrop):
            atNode.error("a pressure-drop limit applies to a unit (at: cyclone) or to the whole train (at: outlet), not at \"\(point)\"")
            return nil
        default:
            break
        }
        let name = m["name"]?.text(what: "a limit name") ?? "\(point) \(Self.phrase(key)) \(text)"
        return LimitSpecification(name: name, point: point, quantity: quantity, line: node.mark?.line ?? 0)
    }

    private static func phrase(_ key: String) -> String {
        switch key {
        case "max_concentration": return "concentration ≤"
        case "max_temperature": return "temperature ≤"
        case "min_temperature": return "temperature ≥"
        default: return "pressure drop ≤"
        }
    }

    /// `inlet`, `outlet`, `unit.inlet`, `unit.outlet`, `unit` (unit: equipment name or `name#k`).
    private func readPoint(_ node: YNode, equipment: EquipmentLibrary) -> LimitSpecification.Point? {
        guard let t = node.text(what: "a point") else { return nil }
        if t == "inlet" { return .trainInlet }
        if t == "outlet" || t == "stack" { return .trainOutlet }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else {
            node.error("expected inlet, outlet, unit.inlet, unit.outlet or unit, found \"\(t)\"")
            return nil
        }
        let unit = parts[0]
        let base = unit.split(separator: "#").first.map(String.init) ?? unit
        guard equipment[base] != nil else {
            node.error("unknown unit \"\(base)\"" + DidYouMean.hint(for: base, among: equipment.keys.sorted()))
            return nil
        }
        if unit != base {
            let suffix = unit.dropFirst(base.count + 1)
            guard let k = Int(suffix), k >= 1 else {
                node.error("\"\(unit)\": an instance is written name#k with k = 1, 2, …")
                return nil
            }
        }
        guard parts.count == 2 else { return .unit(unit) }
        switch parts[1] {
        case "inlet": return .unitInlet(unit)
        case "outlet": return .unitOutlet(unit)
        default:
            node.error("unknown port \"\(parts[1])\" of \(unit); expected \"inlet\" or \"outlet\"")
            return nil
        }
    }
}
