import DedustFlowsheet

/// Carries the loader's warnings (``Scenario/warnings``) into the reports through the one path every writer
/// prints — unit warnings: a warning about `equipment.NAME…` goes to every instance of NAME; any other
/// (gas, dust, size grid, limits) to the units that receive the raw gas, because it concerns what enters them.
enum ScenarioWarnings {
    static func attach(_ warnings: [ScenarioDiagnostic], to units: inout [UnitReport], flowsheet: Flowsheet) {
        guard !warnings.isEmpty else { return }
        let fed = Set(flowsheet.streams.compactMap { s -> String? in
            guard s.source == .feed, case let .unit(i) = s.destination, i < flowsheet.units.count else { return nil }
            return flowsheet.units[i].id
        })
        for w in warnings {
            let parts = w.path.split(separator: ".", maxSplits: 2).map(String.init)
            let equipment = parts.count >= 2 && parts[0] == "equipment" ? parts[1] : nil
            for k in units.indices where equipment.map({ units[k].equipment == $0 }) ?? fed.contains(units[k].id) {
                units[k].warnings.append(w.pathAndMessage)
            }
        }
    }
}
