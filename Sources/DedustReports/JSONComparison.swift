import DedustScenario

/// `dedust compare --format json`: per configuration, every KPI with its baseline value and delta.
public struct JSONComparison: Sendable {
    public init() {}

    public func document(_ result: ScenarioResult, baseline: String) -> JSONValue {
        guard let base = result.configurations.first(where: { $0.name == baseline }) else { return .null }
        let baseKPIs = base.kpis(currency: result.currency)
        return .object([
            ("scenario", .string(result.scenario)),
            ("baseline", .string(baseline)),
            ("configurations", .array(result.configurations.map { c in
                .object([("name", .string(c.name)),
                         ("kpis", .array(zip(baseKPIs, c.kpis(currency: result.currency)).map { b, k in
                             .object([("key", .string(k.key)), ("unit", .string(k.unit)), ("value", .finite(k.value)),
                                      ("baseline", .finite(b.value)), ("delta", .finite(k.value - b.value)),
                                      ("delta_unit", .string(k.unit == "%" ? "percentage points" : k.unit))])
                         }))])
            })),
        ])
    }
}
