import DedustPhysics

/// Evaluates a limit at its point in one configuration. A limit at a unit the configuration does not contain
/// does not apply there and yields no check; a limit at equipment used several times is checked at every
/// instance.
enum LimitEvaluator {
    static func check(_ limit: LimitSpecification, in r: ConfigurationResult) -> [LimitCheck] {
        var points: [(at: String, node: NodeConditions?, dp: Double?)] = []
        func matches(_ u: UnitReport, _ name: String) -> Bool { u.id == name || u.equipment == name }
        switch limit.point {
        case .trainInlet: points = [("inlet", r.inlet, nil)]
        case .trainOutlet: points = [("outlet", r.outlet, r.pressureDrop)]
        case let .unitInlet(n): points = r.units.filter { matches($0, n) }.map { ("\($0.id).inlet", $0.inlet, nil) }
        case let .unitOutlet(n): points = r.units.filter { matches($0, n) }.map { ("\($0.id).outlet", $0.outlet, nil) }
        case let .unit(n): points = r.units.filter { matches($0, n) }.map { ($0.id, nil, $0.pressureDrop) }
        }
        let several = points.count > 1
        return points.compactMap { p in
            let name = several ? "\(limit.name) [\(p.at)]" : limit.name
            switch limit.quantity {
            case let .normalConcentration(max):
                guard let node = p.node else { return nil }
                return make(name, p.at, node.normalConcentration * 1e6, max * 1e6, "mg/Nm3", isMaximum: true)
            case let .actualConcentration(max):
                guard let node = p.node else { return nil }
                return make(name, p.at, node.actualConcentration * 1e6, max * 1e6, "mg/m3", isMaximum: true)
            case let .temperature(max):
                guard let node = p.node else { return nil }
                return make(name, p.at, node.temperature - PhysicalConstants.celsiusOffset,
                            max - PhysicalConstants.celsiusOffset, "degC", isMaximum: true, kelvin: (node.temperature, max))
            case let .minimumTemperature(min):
                guard let node = p.node else { return nil }
                return make(name, p.at, node.temperature - PhysicalConstants.celsiusOffset,
                            min - PhysicalConstants.celsiusOffset, "degC", isMaximum: false, kelvin: (node.temperature, min))
            case let .pressureDrop(max):
                guard let dp = p.dp else { return nil }
                return make(name, p.at, dp, max, "Pa", isMaximum: true)
            }
        }
    }

    /// Every unit's own operating limits (``OperatingLimit``), named after the equipment ("bag_filter: cleaning
    /// interval ≥ 1 min", with the instance id when the equipment is used several times), at the unit.
    static func operatingChecks(of units: [UnitReport]) -> [LimitCheck] {
        units.flatMap { u in
            u.operatingLimits.map { o in
                let several = units.filter { $0.equipment == u.equipment }.count > 1
                var check = make("\(u.equipment): \(o.name)" + (several ? " [\(u.id)]" : ""), u.id, o.value, o.limit,
                                 o.unit, isMaximum: o.isMaximum)
                check.reason = o.reason
                return check
            }
        }
    }

    /// Margins of temperatures are taken on the absolute scale (K), so they do not depend on the unit shown.
    private static func make(_ name: String, _ at: String, _ value: Double, _ limit: Double, _ unit: String,
                             isMaximum: Bool, kelvin: (Double, Double)? = nil) -> LimitCheck {
        let (v, l) = kelvin ?? (value, limit)
        let margin = isMaximum ? (l - v) / l : (v - l) / l
        let ok = isMaximum ? v <= l : v >= l
        return LimitCheck(name: name, at: at, value: value, limit: limit, unit: unit, margin: margin, ok: ok,
                          isMaximum: isMaximum)
    }
}
