import DedustNumerics

/// Everything a study concludes, with a Monte Carlo confidence interval on every estimate: what the reports
/// (terminal table, JSON, CSV, HTML) show. Computed from the stored evaluations by ``StudyAnalysis``, so it is the
/// same for any thread count, any split into shards and any interruption.
public struct StudySummary: Codable, Sendable {
    public var study: String
    public var studyID: String
    public var scenario: String
    public var seed: UInt64
    public var method: String
    /// Input draws (per sweep point), or the Saltelli base sample.
    public var samples: Int
    public var evaluations: Int
    /// Evaluations whose variant or run failed (excluded from every statistic, listed in `failures`).
    public var failed: Int
    public var failures: [String]
    public var confidence: Double
    public var sensitivityMethod: String
    public var inputs: [InputSummary]
    public var configurations: [ConfigurationSummary]
    public var comparisons: [ComparisonSummary]
    public var sweep: SweepSummary?
    /// How the interval estimates and the trajectory engine's own error are to be read.
    public var notes: [String]
}

public struct InputSummary: Codable, Sendable {
    public var path: String
    public var distribution: String
    public var nominal: String
    public var unit: String
    public var choices: [String]
}

/// Statistics of one output of one configuration.
public struct OutputStatistics: Codable, Sendable {
    public var key: String
    public var label: String
    public var unit: String
    public var kind: String
    public var count: Int
    public var mean: Estimate
    public var standardDeviation: Estimate
    /// P5, P10, P50, P90, P95.
    public var quantiles: [QuantileEstimate]
    public var minimum: Double
    public var maximum: Double
    /// First-order / total Sobol' indices or rank correlations of this output with each input (headline outputs).
    public var sensitivity: [InputSensitivity]?
}

public struct QuantileEstimate: Codable, Sendable {
    public var probability: Double
    public var estimate: Estimate
}

/// How much one input drives one output.
public struct InputSensitivity: Codable, Sendable {
    public var path: String
    /// Spearman rank correlation (numeric inputs) or correlation ratio η (choices), with `rank` sensitivity.
    public var rankCorrelation: Estimate?
    public var correlationRatio: Estimate?
    /// Sobol' indices, with `sobol` sensitivity.
    public var firstOrder: Estimate?
    public var total: Estimate?

    /// The size used to order a tornado chart.
    public var magnitude: Double {
        total?.value ?? correlationRatio?.value ?? abs(rankCorrelation?.value ?? 0)
    }
}

/// Probability that a limit is met.
public struct LimitProbability: Codable, Sendable {
    public var name: String
    public var unit: String
    public var limit: Double?
    public var isMaximum: Bool?
    public var probability: Estimate
    /// The statistics of the value the limit is checked on.
    public var valueKey: String
}

public struct ConfigurationSummary: Codable, Sendable {
    public var name: String
    public var evaluations: Int
    public var failed: Int
    public var limits: [LimitProbability]
    /// P(every limit met).
    public var allLimits: Estimate
    public var outputs: [OutputStatistics]
    /// Sorted values of the headline outputs (for the cumulative distributions of the HTML report), thinned to at most
    /// 400 points.
    public var distributions: [String: [Double]]
}

/// A paired comparison of two configurations on common random numbers (the same input sample drives both).
public struct ComparisonSummary: Codable, Sendable {
    public var a: String
    public var b: String
    public var key: String
    public var label: String
    public var unit: String
    public var pairs: Int
    /// Distribution of A − B.
    public var meanDifference: Estimate
    public var differenceQuantiles: [QuantileEstimate]
    /// P(A better than B): lower for lower-is-better outputs; for "all limits met", A meets them and B does not.
    public var probabilityABetter: Estimate
    /// P(B better than A), for the same reading the other way (ties count for neither).
    public var probabilityBBetter: Estimate
}

/// A sweep: per grid point, the headline outputs of each configuration.
public struct SweepSummary: Codable, Sendable {
    public struct Axis: Codable, Sendable {
        public var path: String
        public var unit: String
        public var values: [Double]
        public var labels: [String]
    }

    public struct Curve: Codable, Sendable {
        public var configuration: String
        public var key: String
        public var label: String
        public var unit: String
        /// Per grid point: the value (mean over the input sample), and the P5/P95 band (equal to it without inputs).
        public var mean: [Double?]
        public var p5: [Double?]
        public var p95: [Double?]
        public var limit: Double?
    }

    public var axes: [Axis]
    public var curves: [Curve]
    /// Per configuration, per grid point: P(every limit met) (0 or 1 without uncertain inputs).
    public var compliance: [String: [Estimate?]]
}
