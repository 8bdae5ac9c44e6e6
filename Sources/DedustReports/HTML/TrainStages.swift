import DedustScenario

/// The units of a configuration grouped into stages along the gas path: a stage is one unit in series, or
/// the branches of a parallel group (consecutive units receiving the same gas — equal temperature, pressure
/// and concentration — each with only part of the flow). Used to draw the concentration along the train and
/// the pressure-drop breakdown, where parallel branches count once.
struct TrainStage {
    var units: [UnitReport]

    /// "settler#1 ∥ settler#2" or the unit id.
    var label: String { units.map(\.id).joined(separator: " ∥ ") }
    /// Equipment names with the branch count ("settling_cooler (×2)").
    var equipmentLabel: String { equipmentNames + (units.count > 1 ? " (×\(units.count))" : "") }
    /// Equipment names, each once ("settling_cooler", "a ∥ b"): the key of the stage's colour in every chart.
    var equipmentNames: String {
        var names: [String] = []
        for u in units where !names.contains(u.equipment) { names.append(u.equipment) }
        return names.joined(separator: " ∥ ")
    }
    /// Gas-path pressure drop: the largest branch (branches in parallel share inlet and outlet pressure).
    var pressureDrop: Double { units.map(\.pressureDrop).max() ?? 0 }
    /// Mixed outlet concentration of the branches, kg/Nm³ and kg/m³ actual.
    var outletNormalConcentration: Double {
        let q = units.reduce(0) { $0 + $1.outlet.normalFlow }
        return q > 0 ? units.reduce(0) { $0 + $1.outlet.dustMassFlow } / q : 0
    }
    var outletActualConcentration: Double {
        let q = units.reduce(0) { $0 + $1.outlet.actualFlow }
        return q > 0 ? units.reduce(0) { $0 + $1.outlet.dustMassFlow } / q : 0
    }

    static func stages(of c: ConfigurationResult) -> [TrainStage] {
        var stages: [TrainStage] = []
        let fullFlow = c.inlet.normalFlow
        for u in c.units {
            if var last = stages.last, let first = last.units.first,
               u.inlet.normalFlow < 0.999 * fullFlow, first.inlet.normalFlow < 0.999 * fullFlow,
               close(u.inlet.temperature, first.inlet.temperature), close(u.inlet.pressure, first.inlet.pressure),
               close(u.inlet.normalConcentration, first.inlet.normalConcentration) {
                last.units.append(u)
                stages[stages.count - 1] = last
            } else {
                stages.append(TrainStage(units: [u]))
            }
        }
        return stages
    }

    /// The node of a limit point (`LimitCheck.at`) in a train of `stages`: node 0 is the raw gas, node k + 1
    /// the gas after stage k, so `X.inlet` is the index of X's stage, `X.outlet` one more, `outlet` the last
    /// node; nil for a point that is no node (a unit's pressure drop).
    static func node(_ at: String, in stages: [TrainStage]) -> Int? {
        if at == "inlet" { return 0 }
        if at == "outlet" { return stages.count }
        for (suffix, offset) in [(".inlet", 0), (".outlet", 1)] where at.hasSuffix(suffix) {
            let id = String(at.dropLast(suffix.count))
            if let k = stages.firstIndex(where: { $0.units.contains { $0.id == id } }) { return k + offset }
        }
        return nil
    }

    private static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300) }
}
