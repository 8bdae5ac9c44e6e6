import Foundation
import DedustPhysics
import DedustScenario

extension HTMLReport {
    /// Dust concentration after each stage, log scale, both bases, one y-range for every configuration of the
    /// report. A concentration limit is marked only at the node where it applies (a bag-filter-inlet limit at
    /// the bag filter's inlet, a stack limit at the outlet), solid on the normal basis and dashed on the actual
    /// one, like the two curves; limits of equal value at one node share one mark.
    func concentrationCharts(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Dust concentration along each train")
        b.raw("<p class=\"note\">Solid: mg/Nm³; dashed: mg/m³ at the local temperature and pressure. Red marks: each concentration limit at the node where it is checked, on its own basis.</p>\n")
        let profiles = r.configurations.map { c in (c, Self.concentrationProfile(c)) }
        let values = profiles.flatMap { $0.1.normal + $0.1.actual } + r.configurations.flatMap { $0.limits.filter(Self.isConcentration).map(\.limit) }
        let yAxis = Axis.fitting(values.filter { $0 > 0 }.isEmpty ? [1] : values.filter { $0 > 0 },
                                 title: "dust concentration (mg/Nm³, mg/m³ actual)", scale: .logarithmic)
        b.raw("<div class=\"charts\">\n")
        for (c, p) in profiles {
            var chart = LineChart(title: "\(c.name): dust concentration",
                                  x: Axis(title: "", range: -0.45...(Double(max(1, p.labels.count - 1)) + 0.45)),
                                  y: yAxis)
            chart.width = 640
            chart.height = 440
            chart.categoryLabels = p.labels.map { $0.count > 34 ? String($0.prefix(33)) + "…" : $0 }
            chart.categoryLabelReserve = min(34, profiles.flatMap(\.1.labels).map(\.count).max() ?? 0)
            chart.series = [
                .init(name: "mg/Nm³", points: p.normal.enumerated().map { (Double($0.offset), $0.element) }, markers: true,
                      colour: LineChart.palette[0]),
                .init(name: "mg/m³ actual", points: p.actual.enumerated().map { (Double($0.offset), $0.element) },
                      dashed: true, markers: true, colour: LineChart.palette[1]),
            ]
            chart.limitMarks = Self.concentrationLimitMarks(c)
            b.raw(chart.svg())
        }
        b.raw("</div>\n")
    }

    static func isConcentration(_ l: LimitCheck) -> Bool { l.unit == "mg/Nm3" || l.unit == "mg/m3" }

    /// Node labels ("raw gas", "after X", …) and the concentration at each node (mg/Nm³, mg/m³ actual).
    static func concentrationProfile(_ c: ConfigurationResult) -> (labels: [String], normal: [Double], actual: [Double]) {
        let stages = TrainStage.stages(of: c)
        var labels = ["raw gas"], normal = [c.inlet.normalConcentration * 1e6], actual = [c.inlet.actualConcentration * 1e6]
        for (k, s) in stages.enumerated() {
            labels.append("after " + s.equipmentLabel)
            let last = k == stages.count - 1
            normal.append((last ? c.outlet.normalConcentration : s.outletNormalConcentration) * 1e6)
            actual.append((last ? c.outlet.actualConcentration : s.outletActualConcentration) * 1e6)
        }
        return (labels, normal, actual)
    }

    /// One mark per (node, limit value) of the configuration's concentration limits, at the node where each
    /// is checked; dashed when every limit of the mark is on the actual basis.
    static func concentrationLimitMarks(_ c: ConfigurationResult) -> [LineChart.LimitMark] {
        let stages = TrainStage.stages(of: c)
        var marks: [LineChart.LimitMark] = []
        var bases: [[String]] = []
        for l in c.limits where isConcentration(l) {
            guard let node = TrainStage.node(l.at, in: stages) else { continue }
            let basis = l.unit == "mg/Nm3" ? "mg/Nm³" : "mg/m³ actual"
            if let k = marks.firstIndex(where: { $0.x == Double(node) && $0.y == l.limit }) {
                if !bases[k].contains(basis) { bases[k].append(basis) }
                marks[k].dashed = marks[k].dashed && l.unit == "mg/m3"
            } else {
                marks.append(.init(x: Double(node), y: l.limit, label: "", dashed: l.unit == "mg/m3"))
                bases.append([basis])
            }
        }
        for k in marks.indices {
            marks[k].label = "limit \(HTMLBuilder.number(marks[k].y)) " + bases[k].joined(separator: " and ")
        }
        return marks
    }

    /// Stacked pressure drop per configuration, one segment per stage (parallel branches once), coloured by
    /// equipment like every other chart.
    func pressureDropChart(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Pressure-drop breakdown")
        var chart = BarChart(title: "Pressure drop along the gas path", valueTitle: "Pa")
        chart.width = 1100
        let colours = ReportColours.equipment(r)
        chart.bars = r.configurations.map { c in
            BarChart.Bar(label: c.name, segments: TrainStage.stages(of: c).map { ($0.equipmentNames, $0.pressureDrop) })
        }
        for name in chart.orderedSegmentNames() {
            chart.colours[name] = colours[name.components(separatedBy: " ∥ ").first ?? name]
        }
        if let l = r.configurations.lazy.flatMap(\.limits).first(where: { $0.unit == "Pa" && $0.at == "outlet" }) {
            chart.limit = (l.limit, "limit \(HTMLBuilder.number(l.limit)) Pa")
        }
        b.raw(chart.svg())
    }

    /// Grade efficiency of every unit, per configuration (identical parallel branches once), each equipment in
    /// its report colour. Units above ``penetrationThreshold`` (bag filters) are drawn again as penetration
    /// 1 − η(d) on a log axis, where a 99.8 % and a 99.98 % filter are a decade apart instead of one line at 1.
    func gradeEfficiencyCharts(_ b: inout HTMLBuilder, _ r: ScenarioResult) {
        b.text("h2", "Grade efficiency of every unit")
        b.raw("<p class=\"note\">η(d) per size class at the class geometric mean, for the dust each unit actually receives. Shaded: 95 % Monte Carlo confidence band (trajectory models). Units above \(Units.formatNumber(penetrationThreshold * 100, significantDigits: 6).xmlEscaped) % overall are shown as penetration 1 − η on a log axis (right-hand labels: the efficiency each tick stands for); repeated units of one equipment share its colour with different dashes.</p>\n")
        let d = r.grid.means.map { $0 * 1e6 }
        let colours = ReportColours.equipment(r)
        b.raw("<div class=\"charts\">\n")
        for c in r.configurations {
            var shown: [UnitReport] = []
            for u in c.units where !shown.contains(where: { $0.gradeEfficiency == u.gradeEfficiency }) { shown.append(u) }
            let fine = shown.filter { $0.efficiency > penetrationThreshold }
            let coarse = shown.filter { $0.efficiency <= penetrationThreshold }
            if !coarse.isEmpty {
                var chart = LineChart(title: "\(c.name): grade efficiency",
                                      x: Axis.fitting(d, title: "particle size (µm)", scale: .logarithmic),
                                      y: Axis(title: "grade efficiency η", range: 0...1))
                chart.width = 640
                chart.height = 420
                chart.series = Self.unitSeries(coarse, d: d, colours: colours, penetration: false)
                b.raw(chart.svg())
            }
            if !fine.isEmpty {
                let series = Self.unitSeries(fine, d: d, colours: colours, penetration: true)
                let lowest = series.flatMap { $0.points.map(\.y) }.filter { $0 > 0 }.min() ?? 1e-3
                var y = Axis(title: "penetration 1 − η", scale: .logarithmic,
                             range: max(Self.penetrationFloor, pow(10, floor(log10(lowest)))) ... 1)
                y.labelStyle = .powersOfTen
                var chart = LineChart(title: "\(c.name): penetration of units above \(Units.formatNumber(penetrationThreshold * 100, significantDigits: 6)) %",
                                      x: Axis.fitting(d, title: "particle size (µm)", scale: .logarithmic), y: y)
                chart.width = 640
                chart.height = 420
                chart.series = series.map { s in
                    var s = s
                    s.points = s.points.map { ($0.x, max($0.y, y.range.lowerBound)) }
                    s.band = s.band?.map { (max($0.low, y.range.lowerBound), max($0.high, y.range.lowerBound)) }
                    return s
                }
                chart.rightTickLabels = y.ticks.map { "\(Units.formatNumber((1 - $0) * 100, significantDigits: 10)) %" }
                chart.rightTitle = "η"
                b.raw(chart.svg())
            }
        }
        b.raw("</div>\n")
    }

    /// Penetrations below this are drawn on the axis floor (a filter's coarse classes are collected entirely).
    static let penetrationFloor = 1e-8

    /// The curves of `units` coloured by equipment, with a dash pattern per repeat of the same equipment; as
    /// penetration 1 − η (bands swapped accordingly) when `penetration`.
    static func unitSeries(_ units: [UnitReport], d: [Double], colours: ReportColours, penetration: Bool) -> [LineChart.Series] {
        var seen: [String: Int] = [:]
        return units.map { u in
            let repeatIndex = seen[u.equipment, default: 0]
            seen[u.equipment] = repeatIndex + 1
            let eta = u.gradeEfficiency
            let band = confidenceBand(low: u.confidenceLow, high: u.confidenceHigh, classes: d.count)
            return LineChart.Series(
                name: u.id,
                points: zip(d, eta).map { ($0, penetration ? 1 - $1 : $1) },
                band: penetration ? band?.map { (1 - $0.high, 1 - $0.low) } : band,
                colour: colours[u.equipment],
                dashPattern: LineChart.dashPatterns[repeatIndex % LineChart.dashPatterns.count])
        }
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
        chart.series = [.init(name: "raw gas", points: cumulative(first.inletPSD), markers: false, colour: "#000000")]
        let colours = ReportColours(r.configurations.map(\.name))
        for c in r.configurations {
            chart.series.append(.init(name: "stack: \(c.name)", points: cumulative(c.outletPSD), dashed: true,
                                      colour: colours[c.name]))
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
