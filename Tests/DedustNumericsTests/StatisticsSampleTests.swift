import Foundation
import Testing
@testable import DedustNumerics

@Suite struct StatisticsDistributionTests {
    @Test func incompleteBeta() {
        #expect(close(IncompleteBeta.regularized(0.5, 2, 3), 0.6875, 1e-14))
        // I_x(1, b) = 1 − (1 − x)^b; I_x(a, 1) = x^a
        #expect(close(IncompleteBeta.regularized(0.3, 1, 4), 1 - pow(0.7, 4), 1e-14))
        #expect(close(IncompleteBeta.regularized(0.3, 5, 1), pow(0.3, 5), 1e-13))
        // Binomial(10, 0.5): P(B ≤ 2) = 56/1024
        #expect(close(IncompleteBeta.binomialCDF(2, trials: 10, probability: 0.5), 56.0 / 1024, 1e-13))
        // Large n: P(B ≤ np) of binomial(10⁶, 0.9) is ½ + O(1/√n), near 0.5003
        let big = IncompleteBeta.binomialCDF(900_000, trials: 1_000_000, probability: 0.9)
        #expect(big > 0.5 && big < 0.502)
    }

    /// Student-t quantiles against mpmath 1.3 (50 digits: root of 1 − ½ betainc(ν/2, ½, 0, ν/(ν+t²))).
    @Test func studentT() {
        let cases: [(Double, Double, Double)] = [
            (0.975, 9, 2.2621571627982053), (0.975, 1, 12.706204736174705), (0.975, 2, 4.302652729749462),
            (0.975, 29, 2.0452296421327043), (0.995, 3, 5.840909309733357), (0.975, 100, 1.9839715185235522),
            (0.9, 4.5, 1.5008853175085575),
        ]
        for (p, nu, t) in cases {
            #expect(close(StudentTDistribution.quantile(p, degreesOfFreedom: nu), t, 1e-13), "t_\(p)(\(nu))")
            #expect(close(StudentTDistribution.quantile(1 - p, degreesOfFreedom: nu), -t, 1e-12))
            #expect(close(StudentTDistribution.cdf(t, degreesOfFreedom: nu), p, 1e-14))
        }
    }
}

@Suite struct StatisticsEstimateTests {
    @Test func nonFiniteBoundsAreNull() throws {
        let e = Estimate(value: 2, lower: 1, upper: .infinity, level: 0.95)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(e), as: UTF8.self)
        #expect(json == #"{"level":0.95,"lower":1,"upper":null,"value":2}"#)
        let back = try JSONDecoder().decode(Estimate.self, from: Data(json.utf8))
        #expect(back == e)
        let none = try JSONDecoder().decode(Estimate.self, from: try encoder.encode(SampleStatistics.mean([])))
        #expect(none.value.isNaN && none.lower == -.infinity && none.upper == .infinity)
    }
}

@Suite struct StatisticsSampleTests {
    @Test func examples() {
        let x = (1...10).map(Double.init)
        let m = SampleStatistics.mean(x)
        #expect(m.value == 5.5 && m.level == 0.95)
        #expect(close(m.lower, 3.3341494103318308, 1e-13) && close(m.upper, 7.665850589668169, 1e-13))
        #expect(close(SampleStatistics.quantile(x, 0.9).value, 9.1, 1e-15))
        #expect(close(SampleStatistics.standardDeviation(x).value, 3.0276503540974917, 1e-14))
        // Type 7 agrees with numpy.quantile at the ends and between order statistics
        #expect(SampleStatistics.quantile(x, 0).value == 1 && SampleStatistics.quantile(x, 1).value == 10)
        #expect(close(SampleStatistics.quantile([3, 1, 2, 4], 0.5).value, 2.5, 1e-15))
    }

    /// Quantile and exceedance probability of a uniform sample against the closed form: for U(a, b) the
    /// p-quantile is a + p(b − a) and P(X > t) = (b − t)/(b − a); both must lie in their 95 % intervals.
    @Test func uniformQuantileAndExceedance() throws {
        let d = InputDistribution.uniform(lower: 0.58, upper: 0.95)   // e.g. a cyclone efficiency
        let n = 4000
        let s = try UnitCubeSampler(method: .random, dimensions: 1, count: n, seed: 31)
        let x = (0..<n).map { d.quantile(s.point($0)[0]) }
        for p in [0.05, 0.1, 0.5, 0.9, 0.95] {
            let q = SampleStatistics.quantile(x, p)
            let exact = 0.58 + p * 0.37
            #expect(q.covers(exact), "P\(Int(p * 100)) \(q) vs \(exact)")
            #expect(abs(q.value - exact) < 0.01 && q.upper - q.lower < 0.03)
        }
        let t = 0.9
        let exceed = SampleStatistics.probability(successes: x.filter { $0 > t }.count, trials: n)
        #expect(exceed.covers((0.95 - t) / 0.37), "\(exceed)")
    }

    /// The order-statistic interval: for n = 100 and the median, B ~ binomial(100, ½) has P(B ≤ 39) = 0.0176
    /// ≤ 0.025 < P(B ≤ 40) = 0.0284 and P(B ≤ 59) = 0.9716 < 0.975 ≤ P(B ≤ 60) = 0.9824, so the ranks are 40
    /// and 61; and too few samples for a tail quantile (0.95⁵⁰ = 0.077 > 0.025) give an infinite bound.
    @Test func orderStatisticRanks() {
        let (r, s) = SampleStatistics.orderStatisticRanks(n: 100, p: 0.5, level: 0.95)
        #expect(r == 40 && s == 61)
        let tail = SampleStatistics.quantile((1...50).map(Double.init), 0.95)
        #expect(tail.upper == .infinity && tail.lower.isFinite)
        let ok = SampleStatistics.quantile((1...100).map(Double.init), 0.95)
        #expect(ok.upper.isFinite)
    }

    @Test func probabilityIsWilson() {
        let p = SampleStatistics.probability(successes: 50, trials: 100)
        #expect(p.value == 0.5 && abs(p.lower - 0.4038) < 1e-4 && abs(p.upper - 0.5962) < 1e-4)
        let none = SampleStatistics.probability(successes: 0, trials: 100)
        #expect(none.lower == 0 && abs(none.upper - 0.0370) < 1e-4)
        let b = WilsonScoreInterval.bounds(successes: 7, trials: 30)
        let e = SampleStatistics.probability(successes: 7, trials: 30, level: 0.95)
        #expect(close(b.low, e.lower, 1e-15) && close(b.high, e.upper, 1e-15))
    }

    /// Spearman with ties against scipy.stats.spearmanr (SciPy 1.17): x = [1, 2, 2, 3, 4, 5, 5, 6],
    /// y = [2, 1, 4, 3, 6, 5, 8, 7] gives ρ = 0.8434347122457899; the Bonett–Wright interval from its formula.
    @Test func rankCorrelationWithTies() {
        let x: [Double] = [1, 2, 2, 3, 4, 5, 5, 6], y: [Double] = [2, 1, 4, 3, 6, 5, 8, 7]
        #expect(SampleStatistics.ranks(x) == [1, 2.5, 2.5, 4, 5, 6.5, 6.5, 8])
        let r = SampleStatistics.rankCorrelation(x, y)
        #expect(close(r.value, 0.8434347122457899, 1e-14))
        let se = ((1 + r.value * r.value / 2) / 5).squareRoot()
        #expect(close(r.lower, tanh(atanh(r.value) - 1.959963984540054 * se), 1e-12))
        #expect(r.lower < r.value && r.value < r.upper && r.upper < 1)
        let constant = SampleStatistics.rankCorrelation([1, 1, 1, 1, 1], [1, 2, 3, 4, 5])
        #expect(constant.value == 0 && constant.lower == -1 && constant.upper == 1)
        #expect(SampleStatistics.rankCorrelation([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]).value == -1)
    }

    /// Bonett's interval for σ: for normal data it is close to the χ² interval; for a uniform (light tails)
    /// it is narrower than for a Laplace-like heavy-tailed sample of the same s.
    @Test func standardDeviationInterval() throws {
        let n = 400
        let s = try UnitCubeSampler(method: .random, dimensions: 1, count: n, seed: 77)
        let u = (0..<n).map { s.point($0)[0] }
        let normal = u.map { NormalDistribution.quantile($0) }
        let e = SampleStatistics.standardDeviation(normal)
        // χ² interval: s √((n−1)/χ²_{0.975}), s √((n−1)/χ²_{0.025}); for n = 400 about s·(0.934, 1.073)
        #expect(e.lower / e.value > 0.91 && e.lower / e.value < 0.95)
        #expect(e.upper / e.value > 1.05 && e.upper / e.value < 1.10)
        let heavy = u.map { $0 < 0.5 ? log(2 * $0) : -log(2 * (1 - $0)) }
        let h = SampleStatistics.standardDeviation(heavy)
        let light = SampleStatistics.standardDeviation(u)
        #expect((h.upper - h.lower) / h.value > (light.upper - light.lower) / light.value)
        #expect(SampleStatistics.standardDeviation([2, 2, 2]) == .exact(0, level: 0.95))
    }
}
