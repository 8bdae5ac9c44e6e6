import Foundation
import DedustNumerics
import DedustScenario

/// Computes a ``StudySummary`` from the evaluations in a store, one output column at a time (memory is bounded by
/// one column, whatever the number of samples).
///
/// - KPI statistics: mean (Student-t interval), standard deviation, and the P5, P10, P50, P90, P95 quantiles
///   (distribution-free order-statistic intervals) — ``SampleStatistics``. A Sobol' or Latin-hypercube sample is
///   more even than an independent one, so these intervals, which assume independence, are conservative for it.
/// - Limits: P(met) with Wilson score intervals, each and all together.
/// - Comparisons: on common random numbers (the same evaluation drives every configuration), the distribution of
///   A − B and P(A better than B).
/// - Sensitivity: with `rank`, Spearman's ρ of each headline output with each numeric input and the correlation
///   ratio η for choices (bootstrap interval); with `sobol`, first-order (Saltelli 2010) and total (Jansen 1999)
///   indices with bootstrap intervals (``SaltelliDesign``).
public enum StudyAnalysis {
    static let quantileLevels = [0.05, 0.10, 0.50, 0.90, 0.95]

    public static func analyse(_ plan: StudyPlan, store: StudyStore, studyID: String) throws -> StudySummary {
        let study = plan.study
        let outputs = try store.outputs(studyID)
        let evaluations = try store.evaluations(studyID)
        guard evaluations.count == plan.evaluationCount else {
            throw StudyStoreError("the database holds \(evaluations.count) of the study's \(plan.evaluationCount) "
                                  + "evaluations; run the missing shards (or resume) before reporting")
        }
        let level = study.confidence
        let failedIndices = Set(evaluations.filter { !$0.ok }.map(\.index))
        let failures = evaluations.filter { !$0.ok }.prefix(10).map { "evaluation \($0.index): \($0.message ?? "failed")" }
        // Rows that enter the KPI statistics: every sample, or the A and B rows of a Saltelli design.
        let statisticRows: [Int] = study.sensitivity == .sobol
            ? evaluations.filter { $0.role == "A" || $0.role == "B" }.map(\.index)
            : evaluations.map(\.index)
        let inputColumns = try study.inputs.indices.map { try store.inputColumn(studyID, input: $0) }

        var configurations: [ConfigurationSummary] = []
        var headlineValues: [[String: [Double?]]] = []   // per configuration: key → value by evaluation index
        for (c, name) in outputs.configurations.enumerated() {
            var stats: [OutputStatistics] = []
            var limits: [LimitProbability] = []
            var allLimits = SampleStatistics.probability(successes: 0, trials: 0, level: level)
            var distributions: [String: [Double]] = [:]
            var headline: [String: [Double?]] = [:]
            var okCount = 0
            for (o, out) in outputs.outputs[c].enumerated() {
                let column = try store.column(studyID, configuration: c, output: o)
                var byIndex = [Double?](repeating: nil, count: plan.evaluationCount)
                for (i, v) in column where !failedIndices.contains(i) { byIndex[i] = v }
                let values = statisticRows.compactMap { byIndex[$0] }
                switch out.kind {
                case .limitMet, .allLimitsMet:
                    let met = values.filter { $0 > 0.5 }.count
                    let p = SampleStatistics.probability(successes: met, trials: values.count, level: level)
                    if out.kind == .allLimitsMet {
                        allLimits = p
                        okCount = values.count
                        headline[out.key] = byIndex
                    } else {
                        let name = String(out.key.dropFirst("met.".count))
                        let valueOutput = outputs.outputs[c].first { $0.key == "limit.\(name)" }
                        limits.append(LimitProbability(name: name, unit: valueOutput?.unit ?? "", limit: valueOutput?.limit,
                                                       isMaximum: valueOutput?.isMaximum, probability: p,
                                                       valueKey: "limit.\(name)"))
                    }
                default:
                    guard !values.isEmpty else { continue }
                    let sorted = values.sorted()
                    var s = OutputStatistics(
                        key: out.key, label: out.label, unit: out.unit, kind: out.kind.rawValue, count: values.count,
                        mean: SampleStatistics.mean(values, level: level),
                        standardDeviation: SampleStatistics.standardDeviation(values, level: level),
                        quantiles: quantileLevels.map {
                            QuantileEstimate(probability: $0, estimate: SampleStatistics.quantile(sorted, $0, level: level))
                        },
                        minimum: sorted.first ?? .nan, maximum: sorted.last ?? .nan, sensitivity: nil)
                    if isHeadline(out) {
                        headline[out.key] = byIndex
                        distributions[out.key] = thin(sorted, to: 400)
                        // A constant output has no driver (its rank correlations would be 0 in [−1, 1]).
                        if sorted.first != sorted.last {
                            s.sensitivity = try sensitivity(of: byIndex, plan: plan, inputs: inputColumns,
                                                            failed: failedIndices, level: level)
                        }
                    }
                    stats.append(s)
                }
            }
            headlineValues.append(headline)
            configurations.append(ConfigurationSummary(
                name: name, evaluations: okCount, failed: failedIndices.count, limits: limits, allLimits: allLimits,
                outputs: stats, distributions: distributions))
        }

        let comparisons = compare(study, outputs, headlineValues, rows: statisticRows, level: level)
        let sweep = try study.sweep.isEmpty ? nil
            : sweepSummary(plan, outputs, headlineValues, level: level)
        var notes = [
            "Intervals are \(Int((level * 100).rounded())) % Monte Carlo confidence intervals of each estimate over the "
                + "input sample; they assume independent draws, which is conservative for Sobol' and Latin-hypercube samples.",
            "Comparisons are paired: the same evaluation (the same inputs) drives every configuration (common random numbers).",
        ]
        let bounds = configurations.flatMap { c in
            c.outputs.filter { $0.kind == StudyOutput.Kind.monteCarloBound.rawValue }.map { "\(c.name): \($0.label) ≤ \(format($0.maximum)) %" }
        }
        if !bounds.isEmpty {
            notes.append("Trajectory units use the same particle random numbers in every evaluation, so their Monte Carlo "
                         + "error is not counted as input uncertainty; it is bounded by the largest half-width over the "
                         + "sample: " + bounds.joined(separator: "; ") + ".")
        }
        if study.sensitivity == .sobol {
            notes.append("Sobol' indices: first order (Saltelli et al. 2010) and total (Jansen 1999) from \(study.sampling.samples) "
                         + "base rows, \(study.bootstrap) bootstrap resamples; KPI statistics from the A and B rows.")
        }
        return StudySummary(
            study: study.name, studyID: studyID, scenario: study.scenarioFile, seed: study.seed,
            method: study.sampling.method.rawValue, samples: study.sampling.samples, evaluations: plan.evaluationCount,
            failed: failedIndices.count, failures: failures, confidence: level, sensitivityMethod: study.sensitivity.rawValue,
            inputs: study.inputs.map {
                InputSummary(path: $0.path.description, distribution: $0.distributionText, nominal: $0.nominal,
                             unit: $0.displayUnit, choices: $0.choices)
            },
            configurations: configurations, comparisons: comparisons, sweep: sweep, notes: notes)
    }

    /// Outputs that get sensitivities, distributions, comparisons and sweep curves: the stack concentration on both
    /// bases, the pressure drop, the fan energy, and every limit's value.
    static func isHeadline(_ o: StudyOutput) -> Bool {
        switch o.kind {
        case .limitValue: return true
        case .kpi: return ["outlet_mg_per_Nm3", "outlet_mg_per_m3", "pressure_drop_Pa", "annual_energy_MWh"].contains(o.key)
        default: return false
        }
    }

    // MARK: - Sensitivity

    static func sensitivity(of values: [Double?], plan: StudyPlan, inputs: [[Double]], failed: Set<Int>,
                            level: Double) throws -> [InputSensitivity]? {
        let study = plan.study
        switch study.sensitivity {
        case .none:
            return nil
        case .rank:
            let rows = values.indices.filter { values[$0] != nil && !failed.contains($0) }
            guard rows.count >= 4 else { return nil }
            let y = rows.map { values[$0]! }
            return study.inputs.enumerated().map { k, input in
                let x = rows.map { inputs[k][$0] }
                if input.isChoice {
                    return InputSensitivity(path: input.path.description, rankCorrelation: nil,
                                            correlationRatio: correlationRatio(groups: x.map { Int($0) }, y,
                                                                               bootstrap: study.bootstrap,
                                                                               seed: study.seed &+ UInt64(k), level: level),
                                            firstOrder: nil, total: nil)
                }
                return InputSensitivity(path: input.path.description,
                                        rankCorrelation: SampleStatistics.rankCorrelation(x, y, level: level),
                                        correlationRatio: nil, firstOrder: nil, total: nil)
            }
        case .sobol:
            let k = study.inputs.count, n = study.sampling.samples
            var fA: [Double] = [], fB: [Double] = [], fAB = [[Double]](repeating: [], count: k)
            for j in 0..<n {
                let base = j * (k + 2)
                let row = (0..<(k + 2)).map { values[base + $0] }
                guard row.allSatisfy({ $0 != nil }), !(0..<(k + 2)).contains(where: { failed.contains(base + $0) }) else { continue }
                fA.append(row[0]!)
                fB.append(row[1]!)
                for i in 0..<k { fAB[i].append(row[2 + i]!) }
            }
            guard fA.count >= 4 else { return nil }
            let indices = SaltelliDesign.indices(fA: fA, fB: fB, fAB: fAB, bootstrap: study.bootstrap, seed: study.seed,
                                                 level: level)
            return study.inputs.enumerated().map { i, input in
                InputSensitivity(path: input.path.description, rankCorrelation: nil, correlationRatio: nil,
                                 firstOrder: indices.first[i], total: indices.total[i])
            }
        }
    }

    /// Correlation ratio η = √(Σ_g n_g (ȳ_g − ȳ)² / Σ (y − ȳ)²) of `y` over the groups of a choice input (0: the choice
    /// does not matter, 1: it decides the output), with a percentile-bootstrap interval (Philox stream, `seed`).
    static func correlationRatio(groups: [Int], _ y: [Double], bootstrap: Int, seed: UInt64, level: Double) -> Estimate {
        func eta(_ idx: [Int]) -> Double {
            let mean = idx.reduce(0) { $0 + y[$1] } / Double(idx.count)
            var total = 0.0
            var sums: [Int: (Double, Int)] = [:]
            for i in idx {
                total += (y[i] - mean) * (y[i] - mean)
                let s = sums[groups[i], default: (0, 0)]
                sums[groups[i]] = (s.0 + y[i], s.1 + 1)
            }
            guard total > 0 else { return 0 }
            let between = sums.values.reduce(0) { acc, s in
                let m = s.0 / Double(s.1)
                return acc + Double(s.1) * (m - mean) * (m - mean)
            }
            return (between / total).squareRoot()
        }
        let all = Array(y.indices)
        let value = eta(all)
        guard bootstrap > 1 else { return Estimate(value: value, lower: value, upper: value, level: level) }
        var stream = RandomStream(StreamKey(seed: seed, configuration: 0x4554_41))   // "ETA": its own stream
        var replicas: [Double] = []
        replicas.reserveCapacity(bootstrap)
        for _ in 0..<bootstrap {
            let idx = (0..<y.count).map { _ in min(y.count - 1, Int(stream.nextUniform() * Double(y.count))) }
            replicas.append(eta(idx))
        }
        replicas.sort()
        let alpha = (1 - level) / 2
        return Estimate(value: value, lower: SampleStatistics.quantile(replicas, alpha, level: level).value,
                        upper: SampleStatistics.quantile(replicas, 1 - alpha, level: level).value, level: level)
    }

    // MARK: - Comparisons

    static func compare(_ study: StudySpecification, _ outputs: StudyOutputs, _ headline: [[String: [Double?]]],
                        rows: [Int], level: Double) -> [ComparisonSummary] {
        var out: [ComparisonSummary] = []
        for (a, b) in study.comparisons {
            guard let ia = outputs.configurations.firstIndex(of: a), let ib = outputs.configurations.firstIndex(of: b) else { continue }
            let keys = outputs.outputs[ia].filter { o in
                (isHeadline(o) || o.kind == .allLimitsMet) && outputs.outputs[ib].contains { $0.key == o.key }
            }
            for o in keys {
                guard let va = headline[ia][o.key], let vb = headline[ib][o.key] else { continue }
                let pairs = rows.compactMap { i -> (Double, Double)? in
                    guard let x = va[i], let y = vb[i] else { return nil }
                    return (x, y)
                }
                guard !pairs.isEmpty else { continue }
                let d = pairs.map { $0.0 - $0.1 }
                let sorted = d.sorted()
                let aBetter: Int, bBetter: Int
                if o.kind == .allLimitsMet {
                    aBetter = pairs.filter { $0.0 > 0.5 && $0.1 < 0.5 }.count
                    bBetter = pairs.filter { $0.1 > 0.5 && $0.0 < 0.5 }.count
                } else if o.lowerIsBetter {
                    aBetter = pairs.filter { $0.0 < $0.1 }.count
                    bBetter = pairs.filter { $0.1 < $0.0 }.count
                } else {
                    aBetter = pairs.filter { $0.0 > $0.1 }.count
                    bBetter = pairs.filter { $0.1 > $0.0 }.count
                }
                out.append(ComparisonSummary(
                    a: a, b: b, key: o.key, label: o.label, unit: o.unit, pairs: pairs.count,
                    meanDifference: SampleStatistics.mean(d, level: level),
                    differenceQuantiles: [0.05, 0.5, 0.95].map {
                        QuantileEstimate(probability: $0, estimate: SampleStatistics.quantile(sorted, $0, level: level))
                    },
                    probabilityABetter: SampleStatistics.probability(successes: aBetter, trials: pairs.count, level: level),
                    probabilityBBetter: SampleStatistics.probability(successes: bBetter, trials: pairs.count, level: level)))
            }
        }
        return out
    }

    // MARK: - Sweeps

    static func sweepSummary(_ plan: StudyPlan, _ outputs: StudyOutputs, _ headline: [[String: [Double?]]],
                             level: Double) throws -> SweepSummary {
        let study = plan.study
        let axes = study.sweep.map {
            SweepSummary.Axis(path: $0.path.description, unit: $0.displayUnit, values: $0.displayValues,
                              labels: $0.isChoice ? $0.points : $0.displayValues.map { format($0) })
        }
        let s = plan.samplesPerPoint
        var curves: [SweepSummary.Curve] = []
        var compliance: [String: [Estimate?]] = [:]
        for (c, name) in outputs.configurations.enumerated() {
            for o in outputs.outputs[c] where isHeadline(o) || o.kind == .allLimitsMet {
                guard let v = headline[c][o.key] else { continue }
                var mean: [Double?] = [], p5: [Double?] = [], p95: [Double?] = [], met: [Estimate?] = []
                for g in 0..<plan.gridPoints {
                    let values = (0..<s).compactMap { v[g * s + $0] }
                    if o.kind == .allLimitsMet {
                        met.append(values.isEmpty ? nil : SampleStatistics.probability(
                            successes: values.filter { $0 > 0.5 }.count, trials: values.count, level: level))
                        continue
                    }
                    guard !values.isEmpty else {
                        mean.append(nil); p5.append(nil); p95.append(nil)
                        continue
                    }
                    let sorted = values.sorted()
                    mean.append(values.reduce(0, +) / Double(values.count))
                    p5.append(SampleStatistics.quantile(sorted, 0.05, level: level).value)
                    p95.append(SampleStatistics.quantile(sorted, 0.95, level: level).value)
                }
                if o.kind == .allLimitsMet {
                    compliance[name] = met
                } else {
                    curves.append(SweepSummary.Curve(configuration: name, key: o.key, label: o.label, unit: o.unit,
                                                     mean: mean, p5: p5, p95: p95, limit: o.limit))
                }
            }
        }
        return SweepSummary(axes: axes, curves: curves, compliance: compliance)
    }

    // MARK: - Helpers

    /// At most `n` points of a sorted sample, evenly spaced in rank, always with both ends.
    static func thin(_ sorted: [Double], to n: Int) -> [Double] {
        guard sorted.count > n, n >= 2 else { return sorted }
        return (0..<n).map { sorted[Int((Double($0) / Double(n - 1) * Double(sorted.count - 1)).rounded())] }
    }

    static func format(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        let a = abs(x)
        if a == 0 { return "0" }
        if a >= 1000 { return String(format: "%.0f", x) }
        if a >= 10 { return String(format: "%.1f", x) }
        if a >= 0.1 { return String(format: "%.3g", x) }
        return String(format: "%.3g", x)
    }
}
