import Foundation
import Testing
@testable import DedustNumerics

@Suite struct SamplingDistributionTests {
    static let valid: [InputDistribution] = [
        .uniform(lower: 100, upper: 150),
        .triangular(lower: 0, mode: 1, upper: 4),
        .triangular(lower: 0, mode: 0, upper: 1),
        .normal(mean: 600, standardDeviation: 50),
        .normal(mean: 10, standardDeviation: 2, lower: 9, upper: 15),
        .normal(mean: 0, standardDeviation: 1, lower: 3),
        .normal(mean: 0, standardDeviation: 1, upper: -4),
        .logNormal(median: 2, geometricStandardDeviation: 1.5),
        .logNormal(median: 2, geometricStandardDeviation: 1.5, lower: 1, upper: 4),
        .logNormal(median: 20, geometricStandardDeviation: 3, lower: 0, upper: 100),
        .discrete(weights: [0.5, 0, 0.3, 0.2]),
    ]

    /// quantile(cdf(x)) = x and cdf(quantile(u)) = u over the support.
    @Test(arguments: 0..<valid.count)
    func roundTrip(index: Int) throws {
        let d = Self.valid[index]
        try d.validate()
        if case .discrete = d { return }
        for k in 1..<200 {
            let u = Double(k) / 200
            let x = d.quantile(u)
            #expect(close(d.cdf(x), u, 1e-11, absolute: 1e-13), "\(d) at u = \(u)")
            #expect(close(d.quantile(d.cdf(x)), x, 1e-9, absolute: 1e-12))
        }
    }

    /// Mean and variance against closed forms or independent references, and against a Sobol' sample of
    /// 2¹⁶ quantiles (which checks that `quantile` really has that distribution).
    @Test(arguments: 0..<valid.count)
    func momentsMatchSample(index: Int) throws {
        let d = Self.valid[index]
        let s = try SobolSequence(dimensions: 1, scrambleSeed: 3)
        let n = 1 << 16
        var sum = 0.0, sum2 = 0.0
        for i in 0..<n {
            let x = d.quantile(s.point(UInt64(i))[0])
            sum += x; sum2 += x * x
        }
        let m = sum / Double(n), v = sum2 / Double(n) - m * m
        let sd = d.variance.squareRoot()
        #expect(abs(m - d.mean) < 1e-3 * sd, "\(d): mean \(m) vs \(d.mean)")
        #expect(close(v, d.variance, 5e-3), "\(d): variance \(v) vs \(d.variance)")
    }

    @Test func triangular() {
        let d = InputDistribution.triangular(lower: 0, mode: 1, upper: 4)
        #expect(close(d.mean, 5.0 / 3, 1e-15))
        #expect(close(d.variance, 13.0 / 18, 1e-15))
        #expect(close(d.quantile(0.25), 1, 1e-15))
        #expect(close(d.cdf(2), 1 - 4.0 / 12, 1e-15))
    }

    /// Half-normal (α = 0, β = ∞): mean √(2/π), variance 1 − 2/π; truncated N(10, 2²) on [9, 15] and the
    /// far tails against SciPy 1.17 `truncnorm.stats(a, b, loc, scale, moments='mv')`.
    @Test func truncatedNormalMoments() {
        let half = TruncatedStandardNormal(alpha: 0, beta: .infinity)
        #expect(close(half.mean, (2 / Double.pi).squareRoot(), 1e-15))
        #expect(close(half.variance, 1 - 2 / Double.pi, 1e-14))
        let d = InputDistribution.normal(mean: 10, standardDeviation: 2, lower: 9, upper: 15)
        #expect(close(d.mean, 10.97639010960271, 1e-13))
        #expect(close(d.variance, 1.7633204052284546, 1e-12))
        let tail = InputDistribution.normal(mean: 0, standardDeviation: 1, lower: 3)
        #expect(close(tail.mean, 3.28309865493044, 1e-13))
        #expect(close(tail.variance, 0.07055918678525586, 1e-10))
        let mirrored = InputDistribution.normal(mean: 0, standardDeviation: 1, upper: -3)
        #expect(close(mirrored.mean, -3.28309865493044, 1e-13))
        // The far tail keeps its precision: the median of N(0, 1) beyond 3 is Φ⁻¹(1 − Φ(−3)/2).
        #expect(close(tail.quantile(0.5), -NormalDistribution.quantile(NormalDistribution.cdf(-3) / 2), 1e-14))
    }

    /// Log-normal: untruncated mean m e^{s²/2} and variance m² e^{s²}(e^{s²} − 1); truncated to [1, 4]
    /// against an mpmath 1.3 quadrature of x·pdf and x²·pdf (50 digits).
    @Test func logNormalMoments() {
        let s = log(1.5)
        let d = InputDistribution.logNormal(median: 2, geometricStandardDeviation: 1.5)
        #expect(close(d.mean, 2 * exp(s * s / 2), 1e-15))
        #expect(close(d.variance, 4 * exp(s * s) * (exp(s * s) - 1), 1e-14))
        #expect(close(d.quantile(0.5), 2, 1e-15))
        let t = InputDistribution.logNormal(median: 2, geometricStandardDeviation: 1.5, lower: 1, upper: 4)
        #expect(close(t.mean, 2.1095638338339286, 1e-13))
        #expect(close(t.variance, 0.4801329136467883, 1e-12))
    }

    @Test func discreteChoice() throws {
        let d = InputDistribution.discrete(weights: [0.5, 0, 0.3, 0.2])
        #expect(d.quantile(0.1) == 0 && d.quantile(0.49) == 0 && d.quantile(0.5) == 2 && d.quantile(0.79) == 2)
        #expect(d.quantile(0.81) == 3 && d.quantile(Double(1).nextDown) == 3)
        #expect(close(d.mean, 0.3 * 2 + 0.2 * 3, 1e-15))
        #expect(close(d.variance, 0.3 * 4 + 0.2 * 9 - 1.44, 1e-14))
        #expect(d.cdf(0) == 0.5 && d.cdf(1.5) == 0.5 && close(d.cdf(2), 0.8, 1e-15) && d.cdf(3) == 1)
        // Frequencies of 10 000 Sobol' points: each choice within 1 % of its weight, none for weight 0.
        let s = try SobolSequence(dimensions: 1, scrambleSeed: 8)
        var count = [0, 0, 0, 0]
        for i in 0..<10_000 { count[Int(d.quantile(s.point(UInt64(i))[0]))] += 1 }
        #expect(count[1] == 0 && abs(count[0] - 5000) < 100 && abs(count[2] - 3000) < 100)
    }

    /// Every bad parameter throws a message that names it and the fix.
    @Test func badParametersThrow() {
        let cases: [(InputDistribution, String)] = [
            (.uniform(lower: 2, upper: 1), "uniform: lower 2.0 must be below upper 1.0; swap them or widen the range"),
            (.uniform(lower: 0, upper: .infinity), "uniform: upper must be a finite number, got inf"),
            (.triangular(lower: 0, mode: 5, upper: 4), "triangular: mode 5.0 lies outside [lower 0.0, upper 4.0]"),
            (.normal(mean: 1, standardDeviation: 0), "normal: standard deviation 0.0 must be positive"),
            (.normal(mean: 0, standardDeviation: 1, lower: 2, upper: 1), "lower bound 2.0 must be below upper bound 1.0"),
            (.normal(mean: 500, standardDeviation: 50, lower: 1000), "keeps only"),
            (.logNormal(median: 0, geometricStandardDeviation: 2), "log-normal: median 0.0 must be positive"),
            (.logNormal(median: 2, geometricStandardDeviation: 1), "geometric standard deviation 1.0 must exceed 1"),
            (.logNormal(median: 2, geometricStandardDeviation: 2, lower: -1), "lower bound -1.0 must be at least 0"),
            (.discrete(weights: []), "discrete: give at least one choice"),
            (.discrete(weights: [0.5, -0.1, 0.6]), "discrete: weight 2 is -0.1"),
            (.discrete(weights: [0.5, 0.47]), "discrete: the weights sum to 0.97; they must sum to 1"),
        ]
        for (d, message) in cases {
            do {
                try d.validate()
                Issue.record("\(d) validated")
            } catch {
                #expect(error.message.contains(message), "\(error.message)")
            }
        }
        #expect(throws: Never.self) { try InputDistribution.discrete(weights: [0.5, 0.5 + 1e-10]).validate() }
    }
}
