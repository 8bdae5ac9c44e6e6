import DedustPhysics
import DedustScenario

/// The model spread as terminal text: per spread unit, every model's cut size, efficiency, outlet
/// concentration and ΔP (★ marks the configured model), then the range and which model gives each end.
public struct ModelSpreadTable: Sendable {
    public init() {}

    public func render(_ s: ModelSpreadResult) -> String {
        guard !s.units.isEmpty || !s.failures.isEmpty else { return "" }
        var out = "\nModel spread (each cyclone re-evaluated on the inlet it sees; ★ = configured model)\n"
        for u in s.units {
            out += "\n\(u.configuration) / \(u.unitID): inlet \(num(u.inletNormalConcentration * 1e6)) mg/Nm3 at \(num(u.inletTemperature - 273.15)) °C\n"
            var t = TableLayout(["model", "kind", "cut µm", "η %", "out mg/Nm3", "out mg/m3", "ΔP Pa"], leftAligned: [0, 1])
            for e in u.entries {
                t.add([e.model + (e.configured ? " ★" : ""), e.kind.rawValue, num(e.cutSize.map { $0 * 1e6 }),
                       num(e.efficiency * 100), num(e.outletNormalConcentration * 1e6),
                       num(e.outletActualConcentration * 1e6), num(e.pressureDrop)])
            }
            out += t.render() + "\n"
            if let lo = u.entry(minimizing: { $0.outletNormalConcentration }),
               let hi = u.entry(maximizing: { $0.outletNormalConcentration }) {
                out += "  outlet spread: \(num(lo.outletNormalConcentration * 1e6)) (\(lo.model)) to \(num(hi.outletNormalConcentration * 1e6)) mg/Nm3 (\(hi.model))\n"
            }
        }
        for f in s.failures { out += "  not evaluated: \(f)\n" }
        return out
    }

    private func num(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        return Units.formatNumber(x, significantDigits: 4)
    }
}
