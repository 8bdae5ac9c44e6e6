import DedustPhysics
import DedustScenario

/// `dedust compare`: every KPI of every configuration next to the baseline, with the difference.
public struct TableComparison: Sendable {
    public init() {}

    /// The comparison against `baseline` (a configuration name present in `result`).
    public func render(_ result: ScenarioResult, baseline: String) -> String {
        guard let base = result.configurations.first(where: { $0.name == baseline }) else { return "" }
        let baseKPIs = base.kpis(currency: result.currency)
        var out = "Scenario: \(result.scenario) — compared with \(baseline)\n"
        for c in result.configurations where c.name != baseline {
            out += "\n\(c.name) vs \(baseline)\n"
            var t = TableLayout(["KPI", "unit", baseline, c.name, "Δ", "Δ %"], leftAligned: [0, 1])
            for (b, k) in zip(baseKPIs, c.kpis(currency: result.currency)) {
                let delta = k.value - b.value
                if k.unit == "%" {
                    t.add([k.label, k.unit] + Self.efficiencyColumns(base: b.value, value: k.value))
                    continue
                }
                let rel = b.value != 0 ? num(delta / abs(b.value) * 100) : "–"
                t.add([k.label, k.unit, num(b.value), num(k.value), signed(delta), rel])
            }
            out += t.render() + "\n"
        }
        if result.configurations.count == 1 { out += "\n(only one configuration: nothing to compare)\n" }
        return out
    }

    /// An efficiency KPI (in %) against the baseline: both values with enough decimals to show their
    /// penetrations (``EngineeringText/percent(_:)``), the difference in percentage points with as many
    /// decimals as the finer of the two ("+0.014 pp" for 99.984 → 99.998 %), and no relative change (a
    /// percentage of a percentage is not what anyone compares).
    static func efficiencyColumns(base: Double, value: Double) -> [String] {
        let decimals = max(EngineeringText.percentDecimals(base / 100) ?? 2, EngineeringText.percentDecimals(value / 100) ?? 2)
        let delta = value - base
        guard delta.isFinite else { return [EngineeringText.percent(base / 100), EngineeringText.percent(value / 100), "–", ""] }
        let text = String(format: "%.\(decimals)f", delta)
        let zero = Double(text) == 0
        return [EngineeringText.percent(base / 100), EngineeringText.percent(value / 100),
                (zero ? String(format: "%.\(decimals)f", 0.0) : (delta > 0 ? "+" : "") + text) + " pp", ""]
    }

    private func num(_ x: Double) -> String { x.isFinite ? Units.formatNumber(x, significantDigits: 4) : "–" }
    private func signed(_ x: Double) -> String { x > 0 ? "+" + num(x) : num(x) }
}
