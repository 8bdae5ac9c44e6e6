import DedustScenario

extension HTMLReport {
    /// Units (with the model behind each number), warnings and limit checks of one configuration.
    func configurationDetails(_ b: inout HTMLBuilder, _ c: ConfigurationResult, result r: ScenarioResult) {
        b.text("h2", "Configuration \(c.name)" + (c.name == r.baseline ? " (baseline)" : ""))
        b.raw("<p class=\"note\">Overall efficiency \(HTMLBuilder.percent(c.overallEfficiency).xmlEscaped) %, stack \(HTMLBuilder.number(c.outlet.normalConcentration * 1e6).xmlEscaped) mg/Nm³ (\(HTMLBuilder.number(c.outlet.actualConcentration * 1e6).xmlEscaped) mg/m³ at \(HTMLBuilder.number(c.outlet.temperature - 273.15).xmlEscaped) °C), mass closure error \(HTMLBuilder.number(c.closureError, 2).xmlEscaped).</p>\n")
        let rows: [[HTMLBuilder.Cell]] = c.units.map { u in
            [.l(u.id), .l(u.type), .l(u.model), .t(HTMLBuilder.percent(u.efficiency)),
             .n(u.inlet.normalConcentration * 1e6), .n(u.outlet.normalConcentration * 1e6),
             .n(u.inlet.actualConcentration * 1e6), .n(u.outlet.actualConcentration * 1e6),
             .n(u.pressureDrop), .n(u.inlet.temperature - 273.15), .n(u.outlet.temperature - 273.15),
             .n(u.inlet.actualFlow * 3600), .n(u.collectedMassFlow * 3600),
             .n(u.details["cut_size_m"].map { $0 * 1e6 }), .n(u.details["inlet_velocity_m_per_s"]),
             .n(u.cleaningInterval.map { $0 / 60 })]
        }
        b.table(headers: ["unit", "type", "model (source of η, ΔP, T)", "η %", "in mg/Nm³", "out mg/Nm³", "in mg/m³",
                          "out mg/m³", "ΔP Pa", "T in °C", "T out °C", "Q in m³/h", "collected kg/h", "cut size µm",
                          "v inlet m/s", "cleaning min"],
                rows: rows, leftColumns: [0, 1, 2])
        let stats = c.units.compactMap { u in u.statistics.map { (u, $0) } }
        if let first = stats.first?.1 {
            let tallies = first.counts.map(\.tally)
            b.table(headers: ["trajectory unit", "model"] + tallies.map(\.label) + ["wall time s"],
                    rows: stats.map { u, s in
                        [.l(u.id), .l(u.model)] + tallies.map { .t(s[$0].map { String($0) } ?? "") } + [.n(s.wallTime, 3)]
                    }, leftColumns: [0, 1])
        }
        let warnings = c.units.flatMap { u in u.warnings.map { (u.id, $0) } }
        if !warnings.isEmpty {
            b.text("h3", "Warnings")
            b.raw("<ul class=\"warnings\">\n")
            for (id, w) in warnings { b.raw("<li><b>\(id.xmlEscaped)</b>: \(w.xmlEscaped)</li>\n") }
            b.raw("</ul>\n")
        }
        if !c.limits.isEmpty {
            b.text("h3", "Limit checks")
            b.table(headers: ["limit", "at", "value", "limit", "unit", "margin", "result"],
                    rows: c.limits.map { l in [.l(l.name), .l(l.at), .n(l.value), .n(l.limit), .l(HTMLBuilder.unit(l.unit)),
                                              .t(EngineeringText.margin(l)), .pass(l.ok)] },
                    leftColumns: [0, 1, 4])
        }
    }

    /// Every (unit type, model) used, with what it computes and its published source.
    func modelsUsed(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        var seen: [(String, String)] = []
        for c in r.configurations {
            for u in c.units where !seen.contains(where: { $0 == (u.type, u.model) }) { seen.append((u.type, u.model)) }
        }
        guard !seen.isEmpty else { return }
        b.text("h2", "Which model produced which number")
        b.raw("<p class=\"note\">Every unit's efficiency, pressure drop and outlet temperature come from the model named in its row above; the models are:</p>\n")
        let info = EquipmentRegistry.models
        let references = seen.map { t, m in info.first { $0.unitType == t && $0.model == m }?.reference }
        b.table(headers: ["unit type", "model", "what it computes", "reference"],
                rows: zip(seen, references).map { tm, reference in
                    let i = info.first { $0.unitType == tm.0 && $0.model == tm.1 }
                    return [.l(tm.0), .l(tm.1), .l(i?.summary ?? "–"), .l(reference ?? "–")]
                }, leftColumns: [0, 1, 2, 3])
        var cited: [Bibliography.Work] = []
        for r in references.compactMap({ $0 }) {
            for w in Bibliography.works(citedIn: r) where !cited.contains(w) { cited.append(w) }
        }
        guard !cited.isEmpty else { return }
        b.text("h3", "References")
        b.raw("<ol class=\"references\">\n")
        for w in cited.sorted(by: { $0.citation < $1.citation }) { b.raw("<li>\(w.citation.xmlEscaped)</li>\n") }
        b.raw("</ol>\n")
        b.raw("<p class=\"note\">The same list, with the source keys of the doc comments: docs/references.md in the Dedust repository.</p>\n")
    }

    /// Cyclone pressure drops side by side; for each circulating cyclone, the ratio to the conventional
    /// cyclone at the same train position in the other configurations (same duty).
    func cycloneComparison(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        func isCyclone(_ u: UnitReport) -> Bool { ReportedUnitType(u)?.isCyclone == true }
        let rows = r.configurations.flatMap { c in c.units.filter(isCyclone).map { (c, $0) } }
        guard !rows.isEmpty else { return }
        b.text("h2", "Cyclones: efficiency and pressure drop")
        b.table(headers: ["configuration", "unit", "type", "model", "η %", "in mg/Nm³", "out mg/Nm³", "ΔP Pa",
                          "cut size µm", "v inlet m/s"],
                rows: rows.map { c, u in [.l(c.name), .l(u.id), .l(u.type), .l(u.model), .t(HTMLBuilder.percent(u.efficiency)),
                                          .n(u.inlet.normalConcentration * 1e6), .n(u.outlet.normalConcentration * 1e6),
                                          .n(u.pressureDrop), .n(u.details["cut_size_m"].map { $0 * 1e6 }),
                                          .n(u.details["inlet_velocity_m_per_s"])] },
                leftColumns: [0, 1, 2, 3])
        var ratios: [[HTMLBuilder.Cell]] = []
        for c in r.configurations {
            let stages = TrainStage.stages(of: c)
            for (k, s) in stages.enumerated() {
                guard s.units.count == 1, let circ = s.units.first, ReportedUnitType(circ) == .circulatingCyclone else { continue }
                for other in r.configurations where other.name != c.name {
                    let os = TrainStage.stages(of: other)
                    guard k < os.count, os[k].units.count == 1, let conv = os[k].units.first, ReportedUnitType(conv) == .cyclone,
                          conv.pressureDrop > 0 else { continue }
                    ratios.append([.l("\(c.name)/\(circ.id)"), .n(circ.pressureDrop), .t(HTMLBuilder.percent(circ.efficiency)),
                                   .l("\(other.name)/\(conv.id)"), .n(conv.pressureDrop), .t(HTMLBuilder.percent(conv.efficiency)),
                                   .n(circ.pressureDrop / conv.pressureDrop, 3)])
                }
            }
        }
        if !ratios.isEmpty {
            b.text("h3", "Circulating versus conventional cyclone on the same duty (same train position)")
            b.table(headers: ["circulating", "ΔP Pa", "η %", "conventional", "ΔP Pa", "η %", "ΔP ratio circ/conv"],
                    rows: ratios, leftColumns: [0, 3])
        }
    }
}
