import DedustNumerics
import DedustStudy

/// A study's statistics as one tidy CSV table (one estimate per row, with its interval), which pandas reads with
/// `pd.read_csv`: `section, configuration, other, key, label, unit, statistic, value, lower, upper, level`.
/// Sections: `output` (mean, sd, p5 … p95), `limit` (probability), `comparison` (mean_difference, p_a_better …),
/// `sensitivity` (rank_correlation, correlation_ratio, first_order, total; `other` names the input), `sweep`
/// (per grid point: mean, p5, p95, p_all_limits; `other` names the point).
public struct StudyCSV: Sendable {
    public init() {}

    public func table(_ s: StudySummary) -> CSVTable {
        var t = CSVTable(header: ["section", "configuration", "other", "key", "label", "unit", "statistic", "value",
                                  "lower", "upper", "level"])
        func add(_ section: String, _ c: String, _ other: String, _ key: String, _ label: String, _ unit: String,
                 _ stat: String, _ e: Estimate) {
            t.add([section, c, other, key, label, unit, stat, CSVTable.number(e.value), CSVTable.number(e.lower),
                   CSVTable.number(e.upper), CSVTable.number(e.level)])
        }
        func plain(_ section: String, _ c: String, _ other: String, _ key: String, _ label: String, _ unit: String,
                   _ stat: String, _ v: Double?) {
            t.add([section, c, other, key, label, unit, stat, CSVTable.number(v), "", "", ""])
        }
        for c in s.configurations {
            for o in c.outputs {
                add("output", c.name, "", o.key, o.label, o.unit, "mean", o.mean)
                add("output", c.name, "", o.key, o.label, o.unit, "sd", o.standardDeviation)
                for q in o.quantiles {
                    add("output", c.name, "", o.key, o.label, o.unit, "p\(Int((q.probability * 100).rounded()))", q.estimate)
                }
                plain("output", c.name, "", o.key, o.label, o.unit, "min", o.minimum)
                plain("output", c.name, "", o.key, o.label, o.unit, "max", o.maximum)
                for x in o.sensitivity ?? [] {
                    if let e = x.rankCorrelation { add("sensitivity", c.name, x.path, o.key, o.label, o.unit, "rank_correlation", e) }
                    if let e = x.correlationRatio { add("sensitivity", c.name, x.path, o.key, o.label, o.unit, "correlation_ratio", e) }
                    if let e = x.firstOrder { add("sensitivity", c.name, x.path, o.key, o.label, o.unit, "first_order", e) }
                    if let e = x.total { add("sensitivity", c.name, x.path, o.key, o.label, o.unit, "total", e) }
                }
            }
            for l in c.limits { add("limit", c.name, "", l.valueKey, l.name, l.unit, "probability_met", l.probability) }
            add("limit", c.name, "", "met.all", "all limits met", "", "probability_met", c.allLimits)
        }
        for p in s.comparisons {
            add("comparison", p.a, p.b, p.key, p.label, p.unit, "mean_difference", p.meanDifference)
            for q in p.differenceQuantiles {
                add("comparison", p.a, p.b, p.key, p.label, p.unit, "difference_p\(Int((q.probability * 100).rounded()))", q.estimate)
            }
            add("comparison", p.a, p.b, p.key, p.label, p.unit, "p_a_better", p.probabilityABetter)
            add("comparison", p.a, p.b, p.key, p.label, p.unit, "p_b_better", p.probabilityBBetter)
        }
        if let sweep = s.sweep {
            let labels = StudyTableReport.gridLabels(sweep)
            for curve in sweep.curves {
                for (g, label) in labels.enumerated() {
                    plain("sweep", curve.configuration, label, curve.key, curve.label, curve.unit, "mean", curve.mean[g])
                    plain("sweep", curve.configuration, label, curve.key, curve.label, curve.unit, "p5", curve.p5[g])
                    plain("sweep", curve.configuration, label, curve.key, curve.label, curve.unit, "p95", curve.p95[g])
                }
            }
            for (c, values) in sweep.compliance.sorted(by: { $0.key < $1.key }) {
                for (g, label) in labels.enumerated() {
                    if let e = values[g] { add("sweep", c, label, "met.all", "all limits met", "", "p_all_limits", e) }
                }
            }
        }
        return t
    }
}
