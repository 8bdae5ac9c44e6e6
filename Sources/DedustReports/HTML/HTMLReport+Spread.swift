import DedustPhysics
import DedustScenario

extension HTMLReport {
    /// Every model on each spread unit: cut size, efficiency, outlet concentration, ΔP, and the range.
    func spreadSection(_ b: inout HTMLBuilder, _ spread: ModelSpreadResult, grid: SizeGrid) {
        b.text("h2", "Model spread")
        b.raw("<p class=\"note\">Each listed cyclone re-evaluated with every applicable model on the inlet it sees in that configuration. The flowsheet numbers above use the configured model (marked ★); the others change nothing downstream.</p>\n")
        let d = grid.means.map { $0 * 1e6 }
        for u in spread.units {
            b.text("h3", "\(u.configuration) / \(u.unitID): inlet \(HTMLBuilder.number(u.inletNormalConcentration * 1e6)) mg/Nm³ at \(HTMLBuilder.number(u.inletTemperature - 273.15)) °C")
            b.table(headers: ["model", "kind", "ΔP model", "cut size µm", "η %", "out mg/Nm³", "out mg/m³", "ΔP Pa", "wall time s"],
                    rows: u.entries.map { e in
                        [.l(e.model + (e.configured ? " ★" : "")), .l(e.kind.rawValue), .l(e.pressureDropModel),
                         .n(e.cutSize.map { $0 * 1e6 }), .t(HTMLBuilder.percent(e.efficiency)),
                         .n(e.outletNormalConcentration * 1e6), .n(e.outletActualConcentration * 1e6),
                         .n(e.pressureDrop), .n(e.wallTime, 3)]
                    },
                    leftColumns: [0, 1, 2], rowClasses: u.entries.map { $0.configured ? "best" : nil })
            var lines: [String] = []
            if let lo = u.entry(minimizing: { $0.efficiency }), let hi = u.entry(maximizing: { $0.efficiency }) {
                lines.append("η from \(HTMLBuilder.percent(lo.efficiency)) % (\(lo.model)) to \(HTMLBuilder.percent(hi.efficiency)) % (\(hi.model))")
            }
            if let lo = u.entry(minimizing: { $0.cutSize }), let hi = u.entry(maximizing: { $0.cutSize }),
               let a = lo.cutSize, let z = hi.cutSize {
                lines.append("cut size from \(HTMLBuilder.number(a * 1e6)) µm (\(lo.model)) to \(HTMLBuilder.number(z * 1e6)) µm (\(hi.model))")
            }
            if let lo = u.entry(minimizing: { $0.outletNormalConcentration }), let hi = u.entry(maximizing: { $0.outletNormalConcentration }) {
                let ratio = lo.outletNormalConcentration > 0 ? hi.outletNormalConcentration / lo.outletNormalConcentration : .nan
                lines.append("outlet from \(HTMLBuilder.number(lo.outletNormalConcentration * 1e6)) mg/Nm³ (\(lo.model)) to \(HTMLBuilder.number(hi.outletNormalConcentration * 1e6)) mg/Nm³ (\(hi.model)), a factor \(HTMLBuilder.number(ratio, 3))")
            }
            if !lines.isEmpty { b.raw("<p class=\"note\">Spread: \(lines.joined(separator: "; ").xmlEscaped).</p>\n") }
            var chart = LineChart(title: "\(u.configuration) / \(u.unitID): grade efficiency by model",
                                  x: Axis.fitting(d, title: "particle size (µm)", scale: .logarithmic),
                                  y: Axis(title: "grade efficiency η", range: 0...1))
            chart.width = 900
            chart.height = 400
            chart.series = u.entries.map { e in
                .init(name: e.model + (e.configured ? " ★" : ""), points: zip(d, e.gradeEfficiency).map { ($0, $1) },
                      band: Self.confidenceBand(low: e.confidenceLow, high: e.confidenceHigh, classes: d.count),
                      dashed: !e.configured && e.kind == .correlation)
            }
            b.raw(chart.svg())
        }
        if !spread.failures.isEmpty {
            b.text("h3", "Not evaluated")
            b.raw("<ul class=\"warnings\">\n")
            for f in spread.failures { b.raw("<li>\(f.xmlEscaped)</li>\n") }
            b.raw("</ul>\n")
        }
    }
}
