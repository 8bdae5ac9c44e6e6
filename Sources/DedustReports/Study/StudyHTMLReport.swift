import Foundation
import DedustNumerics
import DedustStudy

/// The HTML report of a study (`dedust study --format html`): one self-contained file (inline CSS and SVG) with
///
/// * the uncertain inputs and how they were sampled;
/// * the probability that each configuration meets each limit, and all of them, with interval bars;
/// * the cumulative distribution of every limited quantity (bag-filter inlet, stack, temperatures) per configuration,
///   with the limit drawn;
/// * what drives each limited quantity: a tornado of rank correlations / correlation ratios, or first-order and total
///   Sobol' indices, with intervals;
/// * the paired comparisons of configurations on common random numbers;
/// * sweep curves with their P5–P95 bands, and P(all limits met) along the sweep.
public struct StudyHTMLReport: Sendable {
    public var toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    public func render(_ s: StudySummary) -> String {
        var b = HTMLBuilder()
        b.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        b.raw("<title>\(("Dedust study — " + s.study).xmlEscaped)</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n")
        b.text("h1", s.study)
        let design = s.sensitivityMethod == "sobol" ? "Saltelli design over \(s.samples) base rows" : "\(s.samples) samples"
        b.raw("<p class=\"meta\">Dedust \(toolVersion.xmlEscaped) · scenario \(s.scenario.xmlEscaped) · \(s.evaluations) evaluations (\(s.method.xmlEscaped), \(design.xmlEscaped)) · seed \(s.seed) · study id \(s.studyID.xmlEscaped)</p>\n")
        if s.failed > 0 {
            b.raw("<p class=\"fail\"><b>\(s.failed) evaluations failed</b> and are left out of every statistic: \(s.failures.joined(separator: "; ").xmlEscaped)</p>\n")
        }
        inputs(&b, s)
        compliance(&b, s)
        distributions(&b, s)
        sensitivity(&b, s)
        comparisons(&b, s)
        if let sweep = s.sweep { self.sweep(&b, s, sweep) }
        b.text("h2", "Notes")
        b.raw("<ul>\n" + s.notes.map { "<li>\($0.xmlEscaped)</li>\n" }.joined() + "</ul>\n")
        b.raw("</body>\n</html>\n")
        return b.html
    }

    func inputs(_ b: inout HTMLBuilder, _ s: StudySummary) {
        guard !s.inputs.isEmpty else { return }
        b.text("h2", "Uncertain inputs")
        b.table(headers: ["parameter path", "distribution", "scenario value"],
                rows: s.inputs.map { [.l($0.path), .l($0.distribution), .l($0.nominal)] }, leftColumns: [0, 1, 2])
    }

    func compliance(_ b: inout HTMLBuilder, _ s: StudySummary) {
        b.text("h2", "Probability of meeting the limits")
        let names = s.configurations.flatMap { $0.limits.map(\.name) }.uniqued()
        var rows: [[HTMLBuilder.Cell]] = names.map { name in
            [.l(name)] + s.configurations.map { c in
                guard let l = c.limits.first(where: { $0.name == name }) else { return .t("–", "na") }
                return Self.probabilityCell(l.probability)
            }
        }
        rows.append([.html("<b>all limits</b>", "l")] + s.configurations.map { Self.probabilityCell($0.allLimits) })
        b.table(headers: ["limit"] + s.configurations.map(\.name), rows: rows)
        var chart = IntervalChart(title: "P(limit met), \(Int((s.confidence * 100).rounded())) % intervals",
                                  axis: Axis(title: "probability", range: 0...1))
        chart.width = 900
        chart.rows = (names + ["all limits"]).map { name in
            .init(label: name, bars: s.configurations.compactMap { c in
                let p = name == "all limits" ? c.allLimits : c.limits.first { $0.name == name }?.probability
                return p.map { .init(series: c.name, value: $0.value, low: $0.lower, high: $0.upper) }
            })
        }
        b.raw("<div class=\"charts\">\n\(chart.svg())</div>\n")
    }

    static func probabilityCell(_ e: Estimate) -> HTMLBuilder.Cell {
        guard e.value.isFinite else { return .t("–", "na") }
        let text = String(format: "%.1f %% [%.1f, %.1f]", e.value * 100, e.lower * 100, e.upper * 100)
        return .t(text, e.value >= 0.9 ? "pass" : e.value <= 0.1 ? "fail" : nil)
    }

    /// The limited quantities (one chart each), in the order of the first configuration that has them.
    static func limitKeys(_ s: StudySummary) -> [(key: String, label: String, unit: String, limit: Double?)] {
        var out: [(String, String, String, Double?)] = []
        for c in s.configurations {
            for l in c.limits where !out.contains(where: { $0.0 == l.valueKey }) {
                out.append((l.valueKey, l.name, l.unit, l.limit))
            }
        }
        return out
    }

    func distributions(_ b: inout HTMLBuilder, _ s: StudySummary) {
        let keys = Self.limitKeys(s).filter { k in s.configurations.contains { $0.distributions[k.key] != nil } }
        guard !keys.isEmpty else { return }
        b.text("h2", "Cumulative distributions of the limited quantities")
        b.raw("<p class=\"note\">Fraction of the input sample at or below each value; the red dashed line is the limit. A curve that crosses the limit at height p meets it with probability p.</p>\n")
        b.raw("<div class=\"charts\">\n")
        for k in keys {
            let all = s.configurations.compactMap { $0.distributions[k.key] }.flatMap { $0 } + (k.limit.map { [$0] } ?? [])
            let positive = all.filter { $0 > 0 }
            let log = k.unit.hasPrefix("mg") && positive.count == all.count && (positive.max() ?? 1) / max(positive.min() ?? 1, 1e-300) > 30
            var chart = LineChart(title: k.label,
                                  x: Axis.fitting(all, title: "\(k.unit)", scale: log ? .logarithmic : .linear),
                                  y: Axis(title: "cumulative probability", range: 0...1))
            for (i, c) in s.configurations.enumerated() {
                guard let v = c.distributions[k.key], !v.isEmpty else { continue }
                let n = Double(v.count)
                chart.series.append(.init(name: c.name, points: v.enumerated().map { (x: $1, y: (Double($0) + 0.5) / n) },
                                          colour: LineChart.palette[i % LineChart.palette.count]))
            }
            if let limit = k.limit {
                chart.series.append(.init(name: "limit \(Axis.format(limit)) \(k.unit)", points: [(limit, 0), (limit, 1)],
                                          colour: LineChart.limitColour, dashPattern: "5 3"))
            }
            b.raw(chart.svg())
        }
        b.raw("</div>\n")
    }

    func sensitivity(_ b: inout HTMLBuilder, _ s: StudySummary) {
        let keys = Self.limitKeys(s) + [("outlet_mg_per_Nm3", "stack concentration", "mg/Nm3", nil),
                                         ("pressure_drop_Pa", "pressure drop", "Pa", nil)]
        let sobol = s.sensitivityMethod == "sobol"
        guard s.sensitivityMethod != "none" else { return }
        b.text("h2", sobol ? "What drives the answer: Sobol' indices" : "What drives the answer: rank correlations")
        b.raw(sobol
              ? "<p class=\"note\">First-order index S₁: the share of the output's variance the input explains alone; total index S_T: alone and with every interaction. Whiskers: bootstrap intervals.</p>\n"
              : "<p class=\"note\">Spearman rank correlation ρ of the output with each numeric input (sign: the direction), and the correlation ratio η for a choice (0: the choice does not matter, 1: it decides). Whiskers: intervals.</p>\n")
        b.raw("<div class=\"charts\">\n")
        for k in keys {
            var rows: [IntervalChart.Row] = []
            for input in s.inputs {
                var bars: [IntervalChart.Bar] = []
                for c in s.configurations {
                    guard let x = c.outputs.first(where: { $0.key == k.key })?.sensitivity?.first(where: { $0.path == input.path })
                    else { continue }
                    if sobol {
                        if let t = x.total { bars.append(.init(series: "\(c.name) S_T", value: t.value, low: t.lower, high: t.upper)) }
                    } else if let e = x.rankCorrelation ?? x.correlationRatio {
                        bars.append(.init(series: c.name, value: e.value, low: e.lower, high: e.upper))
                    }
                }
                if !bars.isEmpty { rows.append(.init(label: input.path, bars: bars)) }
            }
            guard !rows.isEmpty else { continue }
            rows.sort { ($0.bars.map { abs($0.value) }.max() ?? 0) > ($1.bars.map { abs($0.value) }.max() ?? 0) }
            var chart = IntervalChart(title: k.label,
                                      axis: Axis(title: sobol ? "total Sobol' index S_T" : "ρ (numeric inputs) · η (choices)",
                                                 range: sobol ? 0...1 : -1...1))
            chart.rows = rows
            b.raw(chart.svg())
        }
        b.raw("</div>\n")
        if sobol {
            var rows: [[HTMLBuilder.Cell]] = []
            for c in s.configurations {
                for o in c.outputs where o.sensitivity != nil {
                    for x in o.sensitivity! {
                        rows.append([.l(c.name), .l(o.label), .l(x.path), Self.estimateCell(x.firstOrder), Self.estimateCell(x.total)])
                    }
                }
            }
            b.table(headers: ["configuration", "output", "input", "S₁ [interval]", "S_T [interval]"], rows: rows,
                    leftColumns: [0, 1, 2])
        }
    }

    static func estimateCell(_ e: Estimate?) -> HTMLBuilder.Cell {
        guard let e, e.value.isFinite else { return .t("–", "na") }
        return .t("\(HTMLBuilder.number(e.value, 3)) [\(HTMLBuilder.number(e.lower, 3)), \(HTMLBuilder.number(e.upper, 3))]")
    }

    func comparisons(_ b: inout HTMLBuilder, _ s: StudySummary) {
        let shown = s.comparisons.filter {
            StudyTableReport.comparedKeys.contains($0.key) || ($0.key.hasPrefix("limit.") && $0.unit == "mg/Nm3")
        }
        guard !shown.isEmpty else { return }
        b.text("h2", "Paired comparisons (common random numbers)")
        b.raw("<p class=\"note\">Each evaluation drives both configurations with the same inputs, so A − B carries only the difference the configurations make. P(A better): lower concentration, pressure drop or energy; for “all limits met”, A meets them and B does not. The JSON and CSV reports carry every output.</p>\n")
        b.table(headers: ["A", "B", "output", "mean A − B [interval]", "P5 of A − B", "P95 of A − B", "P(A better)", "P(B better)"],
                rows: shown.map { p in
                    let q = Dictionary(uniqueKeysWithValues: p.differenceQuantiles.map { ($0.probability, $0.estimate.value) })
                    return [.l(p.a), .l(p.b), .l(p.label + (p.unit.isEmpty ? "" : " (\(p.unit))")), Self.estimateCell(p.meanDifference),
                            .n(q[0.05]), .n(q[0.95]), Self.probabilityCell(p.probabilityABetter),
                            Self.probabilityCell(p.probabilityBBetter)]
                }, leftColumns: [0, 1, 2])
    }

    func sweep(_ b: inout HTMLBuilder, _ s: StudySummary, _ sweep: SweepSummary) {
        guard let first = sweep.axes.first else { return }
        b.text("h2", "Sweep over " + sweep.axes.map(\.path).joined(separator: " × "))
        let second = sweep.axes.count > 1 ? sweep.axes[1] : nil
        let n0 = first.values.count, n1 = second?.values.count ?? 1
        let isChoice = first.unit.isEmpty && first.labels.contains { Double($0) == nil }
        b.raw("<div class=\"charts\">\n")
        for key in sweep.curves.map(\.key).uniqued() {
            let curves = sweep.curves.filter { $0.key == key }
            guard let c0 = curves.first else { continue }
            let values = curves.flatMap { ($0.p5 + $0.p95 + $0.mean).compactMap { $0 } } + (c0.limit.map { [$0] } ?? [])
            var chart = LineChart(title: c0.label.replacingOccurrences(of: "\(c0.configuration) ", with: ""),
                                  x: isChoice ? Axis(title: first.path, range: -0.5...(Double(n0) - 0.5))
                                      : Axis.fitting(first.values, title: "\(first.path) (\(first.unit))"),
                                  y: Axis.fitting(values, title: c0.unit))
            if isChoice { chart.categoryLabels = first.labels }
            for (i, curve) in curves.enumerated() {
                for j in 0..<n1 {
                    let idx = (0..<n0).map { $0 * n1 + j }
                    let pts = idx.enumerated().compactMap { a, g -> (x: Double, y: Double)? in
                        curve.mean[g].map { (x: isChoice ? Double(a) : first.values[a], y: $0) }
                    }
                    let band = idx.compactMap { g -> (low: Double, high: Double)? in
                        guard let lo = curve.p5[g], let hi = curve.p95[g] else { return nil }
                        return (lo, hi)
                    }
                    let name = curve.configuration + (second.map { " · \($0.labels[j]) \($0.unit)" } ?? "")
                    chart.series.append(.init(name: name, points: pts, band: band.count == pts.count && band.contains { $0.low != $0.high } ? band : nil,
                                              markers: isChoice, colour: LineChart.palette[i % LineChart.palette.count],
                                              dashPattern: LineChart.dashPatterns[j % LineChart.dashPatterns.count]))
                }
            }
            if let limit = c0.limit { chart.referenceLines.append((limit, "limit \(Axis.format(limit)) \(c0.unit)")) }
            b.raw(chart.svg())
        }
        b.raw("</div>\n")
        let labels = StudyTableReport.gridLabels(sweep)
        b.text("h3", "P(all limits met) along the sweep")
        b.table(headers: ["point"] + s.configurations.map(\.name), rows: labels.enumerated().map { g, label in
            [.l(label)] + s.configurations.map { c in
                (sweep.compliance[c.name]?[g]).flatMap { $0 }.map { Self.probabilityCell($0) } ?? .t("–", "na")
            }
        })
    }
}
