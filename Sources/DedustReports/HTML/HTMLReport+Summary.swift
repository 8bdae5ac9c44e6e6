import DedustScenario

extension HTMLReport {
    func summary(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Summary")
        let rows: [[HTMLBuilder.Cell]] = r.configurations.map { c in
            let failed = c.limits.filter { !$0.ok }.count
            let badges = c.limits.map { l in
                "<span class=\"badge \(l.ok ? "pass" : "fail")\" title=\"\(l.name.xmlEscaped): \(HTMLBuilder.number(l.value).xmlEscaped) / \(HTMLBuilder.number(l.limit).xmlEscaped) \(HTMLBuilder.unit(l.unit).xmlEscaped), \(EngineeringText.margin(l).xmlEscaped)\">\(l.ok ? "✓" : "✗") \(l.name.xmlEscaped)</span>"
            }.joined(separator: " ")
            return [.l(c.name + (c.name == r.baseline ? " (baseline)" : "")),
                    .t(HTMLBuilder.percent(c.overallEfficiency)),
                    .n(c.outlet.normalConcentration * 1e6), .n(c.outlet.actualConcentration * 1e6),
                    .n(c.outlet.temperature - 273.15), .n(c.pressureDrop), .n(c.fanPower / 1000),
                    .n(c.annualEnergy / 1000), .n(c.annualCost), .n(c.annualCO2 / 1000),
                    c.limits.isEmpty ? .t("–", "na") : .pass(failed == 0, failed == 0 ? "all \(c.limits.count) met" : "\(failed) of \(c.limits.count) failed"),
                    .html(badges, "checks")]
        }
        b.table(headers: ["configuration", "overall η %", "stack mg/Nm³", "stack mg/m³", "stack T °C", "ΔP Pa",
                          "fan kW", "MWh/yr", "\(r.currency)/yr", "t CO₂/yr", "limits", "checks"],
                rows: rows, leftColumns: [0, 11])
        b.raw("<p class=\"note\">Fan power = ΔP · Q(stack, actual) / η_fan; annual figures at the scenario's operating hours, price and grid factor.</p>\n")
    }

    func limitMatrix(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        var names: [String] = []
        for c in r.configurations { for l in c.limits where !names.contains(l.name) { names.append(l.name) } }
        guard !names.isEmpty else { return }
        b.text("h2", "Limits at a glance")
        let rows: [[HTMLBuilder.Cell]] = names.map { name in
            let unit = r.configurations.lazy.compactMap { $0.limits.first { $0.name == name } }.first
            var row: [HTMLBuilder.Cell] = [.l(name), .l(unit?.at ?? ""),
                                           .t(unit.map { "\(HTMLBuilder.number($0.limit)) \(HTMLBuilder.unit($0.unit))" } ?? "")]
            for c in r.configurations {
                if let l = c.limits.first(where: { $0.name == name }) {
                    row.append(.pass(l.ok, "\(HTMLBuilder.number(l.value)) \(HTMLBuilder.unit(l.unit)): \(EngineeringText.margin(l))"))
                } else {
                    row.append(.t("not in train", "na"))
                }
            }
            return row
        }
        b.table(headers: ["limit", "at", "limit value"] + r.configurations.map(\.name), rows: rows, leftColumns: [0, 1])
    }
}
