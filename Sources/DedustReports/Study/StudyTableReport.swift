import Foundation
import DedustNumerics
import DedustStudy

/// The terminal report of a study: inputs, P(each limit met) and P(all) per configuration with their intervals, the
/// headline KPIs' quantiles, the paired comparisons, and the input that matters most for each limit.
///
///     print(StudyTableReport().render(summary))
public struct StudyTableReport: Sendable {
    public init() {}

    public func render(_ s: StudySummary) -> String {
        var out = "Study: \(s.study)\n"
        out += "Scenario: \(s.scenario) · \(s.evaluations) evaluations (\(s.method), \(s.samples) samples"
            + (s.sensitivityMethod == "sobol" ? " × (k+2) Saltelli design" : "") + ") · seed \(s.seed) · id \(s.studyID)\n"
        if s.failed > 0 {
            out += "FAILED evaluations: \(s.failed) (left out of every statistic)\n"
            for f in s.failures { out += "  \(f)\n" }
        }
        let pct = Int((s.confidence * 100).rounded())
        out += "\nUncertain inputs\n"
        out += Self.grid([["path", "distribution", "scenario value"]] + s.inputs.map { [$0.path, $0.distribution, $0.nominal] },
                         left: 3)

        out += "\nProbability of meeting each limit (\(pct) % interval)\n"
        var rows = [["limit"] + s.configurations.map(\.name)]
        let limitNames = s.configurations.flatMap { $0.limits.map(\.name) }.uniqued()
        for name in limitNames {
            rows.append([name] + s.configurations.map { c in
                c.limits.first { $0.name == name }.map { Self.probability($0.probability) } ?? "–"
            })
        }
        rows.append(["ALL LIMITS"] + s.configurations.map { Self.probability($0.allLimits) })
        out += Self.grid(rows)

        out += "\nHeadline outputs: P5 · P50 · P95 (mean ± interval)\n"
        let keys = s.configurations.flatMap { $0.outputs.filter { $0.sensitivity != nil || $0.kind == "limit_value" || Self.headlineKPIs.contains($0.key) }.map(\.key) }.uniqued()
        rows = [["output", "unit"] + s.configurations.map(\.name)]
        for key in keys {
            let first = s.configurations.lazy.compactMap { $0.outputs.first { $0.key == key } }.first
            rows.append([first?.label ?? key, first?.unit ?? ""] + s.configurations.map { c in
                guard let o = c.outputs.first(where: { $0.key == key }) else { return "–" }
                let q = o.quantiles
                func v(_ p: Double) -> String { q.first { $0.probability == p }.map { Self.number($0.estimate.value) } ?? "–" }
                return "\(v(0.05)) · \(v(0.5)) · \(v(0.95))"
            })
        }
        out += Self.grid(rows)

        let drivers = s.configurations.flatMap { c in
            c.outputs.filter { $0.kind == "limit_value" && s.sensitivityMethod != "none" }.compactMap { o -> [String]? in
                if o.minimum == o.maximum { return [c.name, o.label, "(constant: \(Self.number(o.minimum)) \(o.unit))", ""] }
                guard let top = o.sensitivity?.max(by: { $0.magnitude < $1.magnitude }) else { return nil }
                return [c.name, o.label, top.path, Self.sensitivityText(top)]
            }
        }
        if !drivers.isEmpty {
            out += "\nWhat drives each limit (\(s.sensitivityMethod == "sobol" ? "largest total Sobol' index" : "largest |rank correlation| or correlation ratio"))\n"
            out += Self.grid([["configuration", "limit value", "input", "measure"]] + drivers, left: 3)
        }

        let pairs = s.comparisons.filter { Self.comparedKeys.contains($0.key) || ($0.key.hasPrefix("limit.") && $0.unit == "mg/Nm3") }
        if !pairs.isEmpty {
            out += "\nPaired comparisons (same inputs for both): A − B and P(A better than B)\n"
            out += Self.grid([["A", "B", "output", "mean A − B", "P(A better)"]] + pairs.map {
                [$0.a, $0.b, $0.label + ($0.unit.isEmpty ? "" : " (\($0.unit))"), Self.estimate($0.meanDifference),
                 Self.probability($0.probabilityABetter)]
            }, left: 3)
        }
        if let sweep = s.sweep {
            out += "\nSweep over " + sweep.axes.map(\.path).joined(separator: " × ") + ": P(all limits met)\n"
            let labels = Self.gridLabels(sweep)
            var rows = [["point"] + s.configurations.map(\.name)]
            for (g, label) in labels.enumerated() {
                rows.append([label] + s.configurations.map { c in
                    (sweep.compliance[c.name]?[g]).flatMap { $0 }.map { Self.probability($0) } ?? "–"
                })
            }
            out += Self.grid(rows)
        }
        out += "\n" + s.notes.map { "Note: \($0)" }.joined(separator: "\n") + "\n"
        return out
    }

    static let headlineKPIs = ["outlet_mg_per_Nm3", "outlet_mg_per_m3", "pressure_drop_Pa", "annual_energy_MWh"]
    static let comparedKeys = ["met.all", "outlet_mg_per_Nm3", "pressure_drop_Pa", "annual_energy_MWh"]

    static func gridLabels(_ sweep: SweepSummary) -> [String] {
        var labels = [""]
        for axis in sweep.axes {
            labels = labels.flatMap { prefix in
                axis.labels.map { (prefix.isEmpty ? "" : prefix + ", ") + $0 + (axis.unit.isEmpty ? "" : " \(axis.unit)") }
            }
        }
        return labels
    }

    static func sensitivityText(_ x: InputSensitivity) -> String {
        if let t = x.total, let f = x.firstOrder { return "S_T \(estimate(t)), S_1 \(estimate(f))" }
        if let e = x.correlationRatio { return "η \(estimate(e))" }
        if let r = x.rankCorrelation { return "ρ \(estimate(r))" }
        return "–"
    }

    static func probability(_ e: Estimate) -> String {
        guard e.value.isFinite else { return "–" }
        return String(format: "%.1f %% [%.1f, %.1f]", e.value * 100, e.lower * 100, e.upper * 100)
    }

    /// "12.3 [11.9, 12.8]"; an interval bound the sample cannot give (too few values for a tail quantile) is
    /// written "−∞" or "∞".
    static func estimate(_ e: Estimate) -> String {
        guard e.value.isFinite else { return "–" }
        func bound(_ x: Double) -> String { x.isFinite ? number(x) : (x < 0 ? "−∞" : "∞") }
        return "\(number(e.value)) [\(bound(e.lower)), \(bound(e.upper))]"
    }

    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        let a = abs(x)
        if a >= 1e5 { return String(format: "%.3g", x) }
        if a >= 100 { return String(format: "%.0f", x) }
        if a >= 1 { return String(format: "%.3g", x) }
        if a == 0 { return "0" }
        return String(format: "%.3g", x)
    }

    /// The first `left` columns left-aligned, the others right-aligned, two spaces apart.
    static func grid(_ rows: [[String]], left: Int = 1) -> String {
        guard let n = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: n)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return i < left ? c + pad : pad + c
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
