import Foundation
import DedustPhysics
import DedustScenario

extension HTMLReport {
    /// Dust concentration after each stage, log scale, both bases, with the normal-basis concentration
    /// limits drawn as reference lines.
    func concentrationCharts(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Dust concentration along each train")
        b.raw("<div class=\"charts\">\n")
        for c in r.configurations {
            let stages = TrainStage.stages(of: c)
            var labels = ["raw gas"], normal = [c.inlet.normalConcentration * 1e6], actual = [c.inlet.actualConcentration * 1e6]
            for (k, s) in stages.enumerated() {
                labels.append("after " + s.equipmentLabel)
                let last = k == stages.count - 1
                normal.append((last ? c.outlet.normalConcentration : s.outletNormalConcentration) * 1e6)
                actual.append((last ? c.outlet.actualConcentration : s.outletActualConcentration) * 1e6)
            }
            let limits = c.limits.filter { $0.unit == "mg/Nm3" || $0.unit == "mg/m3" }
            let values = (normal + actual + limits.map(\.limit)).filter { $0 > 0 }
            var chart = LineChart(title: "\(c.name): dust concentration",
                                  x: Axis(title: "", range: -0.2...(Double(max(1, labels.count - 1)) + 0.2)),
                                  y: Axis.fitting(values.isEmpty ? [1] : values, title: "mg/Nm³ (solid), mg/m³ actual (dashed)",
                                                  scale: .logarithmic))
            chart.width = 600
            chart.height = 400
            chart.categoryLabels = labels.map { $0.count > 34 ? String($0.prefix(33)) + "…" : $0 }
            chart.series = [
                .init(name: "mg/Nm³", points: normal.enumerated().map { (Double($0.offset), $0.element) }, markers: true),
                .init(name: "mg/m³ actual", points: actual.enumerated().map { (Double($0.offset), $0.element) },
                      dashed: true, markers: true),
            ]
            // One line per limit value; limits of equal value on both bases share it.
            var lines: [(y: Double, label: String)] = []
            for l in limits {
                let text = "\(HTMLBuilder.number(l.limit)) \(l.unit == "mg/Nm3" ? "mg/Nm³" : "mg/m³ actual")"
                if let k = lines.firstIndex(where: { $0.y == l.limit }) {
                    if !lines[k].label.contains(text) { lines[k].label += " | " + text }
                } else {
                    lines.append((l.limit, "limit " + text))
                }
            }
            chart.referenceLines = lines
            b.raw(chart.svg())
        }
        b.raw("</div>\n")
    }

    /// Stacked pressure drop per configuration, one segment per stage (parallel branches once).
    func pressureDropChart(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Pressure-drop breakdown")
        var chart = BarChart(title: "Pressure drop along the gas path", valueTitle: "Pa")
        chart.width = 1100
        chart.bars = r.configurations.map { c in
            BarChart.Bar(label: c.name, segments: TrainStage.stages(of: c).map { ($0.equipmentLabel, $0.pressureDrop) })
        }
        if let l = r.configurations.lazy.flatMap(\.limits).first(where: { $0.unit == "Pa" && $0.at == "outlet" }) {
            chart.limit = (l.limit, "limit \(HTMLBuilder.number(l.limit)) Pa")
        }
        b.raw(chart.svg())
    }

    /// Grade efficiency of every unit, one chart per configuration (identical parallel branches once).
    func gradeEfficiencyCharts(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Grade efficiency of every unit")
        b.raw("<p class=\"note\">η(d) per size class at the class geometric mean, for the dust each unit actually receives. Shaded: 95 % Monte Carlo confidence band (trajectory models).</p>\n")
        let d = r.grid.means.map { $0 * 1e6 }
        b.raw("<div class=\"charts\">\n")
        for c in r.configurations {
            var chart = LineChart(title: "\(c.name): grade efficiency",
                                  x: Axis.fitting(d, title: "particle size (µm)", scale: .logarithmic),
                                  y: Axis(title: "grade efficiency η", range: 0...1))
            chart.width = 600
            chart.height = 400
            var shown: [[Double]] = []
            for u in c.units {
                if shown.contains(u.gradeEfficiency) { continue }
                shown.append(u.gradeEfficiency)
                chart.series.append(.init(name: u.id, points: zip(d, u.gradeEfficiency).map { ($0, $1) },
                                          band: Self.confidenceBand(low: u.confidenceLow, high: u.confidenceHigh,
                                                                    classes: d.count)))
            }
            b.raw(chart.svg())
        }
        b.raw("</div>\n")
    }

    /// The shaded band of a grade-efficiency series: the Monte Carlo confidence bounds as (low, high) pairs, or
    /// nil unless both bounds are given with one value per size class (`classes`).
    static func confidenceBand(low: [Double]?, high: [Double]?, classes: Int) -> [(low: Double, high: Double)]? {
        guard let low, let high, low.count == classes, high.count == classes else { return nil }
        return zip(low, high).map { ($0, $1) }
    }

    /// Cumulative undersize of the raw gas and of the stack dust of every configuration.
    func psdChart(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        guard let first = r.configurations.first else { return }
        b.text("h2", "Size distribution: raw gas and stack")
        let edges = r.grid.edges.map { $0 * 1e6 }
        func cumulative(_ f: [Double]) -> [(x: Double, y: Double)] {
            let total = f.reduce(0, +)
            guard total > 0 else { return [] }
            var s = 0.0, pts: [(x: Double, y: Double)] = [(edges[0], 0)]
            for (i, v) in f.enumerated() { s += v / total; pts.append((edges[i + 1], min(100, s * 100))) }
            return pts
        }
        var chart = LineChart(title: "Cumulative mass undersize",
                              x: Axis.fitting(edges, title: "particle size (µm)", scale: .logarithmic),
                              y: Axis(title: "mass undersize (%)", range: 0...100))
        chart.width = 900
        chart.height = 420
        chart.series = [.init(name: "raw gas", points: cumulative(first.inletPSD), markers: false)]
        for c in r.configurations {
            chart.series.append(.init(name: "stack: \(c.name)", points: cumulative(c.outletPSD), dashed: true))
        }
        b.raw(chart.svg())
        let medians = r.configurations.map { c in "\(c.name) \(HTMLBuilder.number(Self.median(c.outletPSD, edges: edges) ?? .nan)) µm" }
        b.raw("<p class=\"note\">Mass median: raw gas \(HTMLBuilder.number(Self.median(first.inletPSD, edges: edges) ?? .nan).xmlEscaped) µm; stack: \(medians.joined(separator: "; ").xmlEscaped).</p>\n")
    }

    /// Mass median (log-interpolated in the class holding ½), or nil without dust.
    static func median(_ f: [Double], edges: [Double]) -> Double? {
        let total = f.reduce(0, +)
        guard total > 0 else { return nil }
        var s = 0.0
        for (i, v) in f.enumerated() {
            let next = s + v / total
            if next >= 0.5 {
                let t = v > 0 ? (0.5 - s) / (v / total) : 0
                return edges[i] * pow(edges[i + 1] / edges[i], t)
            }
            s = next
        }
        return edges.last
    }
}
