import DedustPhysics
import DedustScenario

/// The terminal report of `dedust run` (default format): a summary of every configuration, then per
/// configuration its units and limit checks. Numbers are rounded to 4 significant digits for reading; use
/// `--format json` for full precision.
public struct TableReport: Sendable {
    public init() {}

    public func render(_ result: ScenarioResult) -> String {
        var out = "Scenario: \(result.scenario)  (seed \(result.seed))\n\n"
        var summary = TableLayout(["configuration", "η total %", "out mg/Nm3", "out mg/m3", "T out °C", "ΔP Pa",
                                   "fan kW", "MWh/yr", result.currency + "/yr", "t CO2/yr", "limits"])
        for c in result.configurations {
            let failed = c.limits.filter { !$0.ok }.count
            let limits = c.limits.isEmpty ? "–" : (failed == 0 ? "all \(c.limits.count) ok" : "\(failed) FAILED")
            summary.add([c.name + (c.name == result.baseline ? " (baseline)" : ""), pct(c.overallEfficiency),
                         num(c.outlet.normalConcentration * 1e6), num(c.outlet.actualConcentration * 1e6),
                         num(c.outlet.temperature - 273.15), num(c.pressureDrop), num(c.fanPower / 1000),
                         num(c.annualEnergy / 1000), num(c.annualCost), num(c.annualCO2 / 1000), limits])
        }
        out += summary.render() + "\n"
        for c in result.configurations {
            out += "\n\(c.name)\n"
            var units = TableLayout(["unit", "model", "η %", "in mg/Nm3", "out mg/Nm3", "ΔP Pa", "T in °C",
                                     "T out °C", "collected kg/h"], leftAligned: [0, 1])
            for u in c.units {
                units.add([u.id, u.model, pct(u.efficiency), num(u.inlet.normalConcentration * 1e6),
                           num(u.outlet.normalConcentration * 1e6), num(u.pressureDrop),
                           num(u.inlet.temperature - 273.15), num(u.outlet.temperature - 273.15),
                           num(u.collectedMassFlow * 3600)])
            }
            out += units.render() + "\n"
            for u in c.units {
                if let t = u.cleaningInterval { out += "  \(u.id): cleaning interval \(num(t / 60)) min\n" }
                if let s = u.statistics {
                    out += "  \(u.id): " + s.counts.map { "\($0.value) \($0.tally.label)" }.joined(separator: ", ") + "\n"
                }
                for w in u.warnings { out += "  warning (\(u.id)): \(w)\n" }
            }
            if !c.limits.isEmpty {
                var limits = TableLayout(["limit", "value", "limit", "unit", "margin", "result"], leftAligned: [0, 3])
                for l in c.limits {
                    limits.add([l.name, num(l.value), num(l.limit), l.unit, EngineeringText.margin(l), l.ok ? "ok" : "FAILED"])
                }
                out += limits.render() + "\n"
            }
        }
        return out
    }

    private func num(_ x: Double) -> String { x.isFinite ? Units.formatNumber(x, significantDigits: 4) : "–" }
    private func pct(_ x: Double) -> String { EngineeringText.percent(x) }
}
