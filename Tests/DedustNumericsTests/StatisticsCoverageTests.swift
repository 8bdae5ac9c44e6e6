import Foundation
import Testing
@testable import DedustNumerics

/// The stated 95 % intervals cover the truth in at least 90 of 100 seeded replicates of a small study:
/// an output X = F⁻¹(U) with a triangular F (skewed, so the normal-theory shortcuts would show), plain random
/// sampling (independent draws, which the intervals assume).
@Suite struct StatisticsCoverageTests {
    static let output = InputDistribution.triangular(lower: 100, mode: 120, upper: 300)
    static let replicates = 100

    func sample(_ replicate: Int, n: Int) throws -> [Double] {
        let s = try UnitCubeSampler(method: .random, dimensions: 1, count: n, seed: UInt64(1000 + replicate))
        return (0..<n).map { Self.output.quantile(s.point($0)[0]) }
    }

    @Test func meanQuantileProbabilityAndStandardDeviation() throws {
        let d = Self.output
        let p90 = d.quantile(0.9), limit = 200.0, pBelow = d.cdf(limit), sd = d.variance.squareRoot()
        var covered = (mean: 0, p90: 0, probability: 0, sd: 0)
        var meanWidth = 0.0
        for r in 0..<Self.replicates {
            let x = try sample(r, n: 60)
            let m = SampleStatistics.mean(x)
            meanWidth += (m.upper - m.lower) / Double(Self.replicates)
            if m.covers(d.mean) { covered.mean += 1 }
            if SampleStatistics.quantile(x, 0.9).covers(p90) { covered.p90 += 1 }
            if SampleStatistics.probability(successes: x.filter { $0 <= limit }.count, trials: x.count)
                .covers(pBelow) { covered.probability += 1 }
            if SampleStatistics.standardDeviation(x).covers(sd) { covered.sd += 1 }
        }
        #expect(covered.mean >= 90, "mean covered in \(covered.mean)/100")
        #expect(covered.p90 >= 90, "P90 covered in \(covered.p90)/100")
        #expect(covered.probability >= 90, "P(X ≤ 200) covered in \(covered.probability)/100")
        #expect(covered.sd >= 90, "σ covered in \(covered.sd)/100")
        // Not covering by being wide: the mean interval is on average 2 t_{0.975}(59) σ/√60 wide (±10 %).
        let expected = 2 * StudentTDistribution.quantile(0.975, degreesOfFreedom: 59) * sd / 60.0.squareRoot()
        #expect(abs(meanWidth / expected - 1) < 0.1, "mean width \(meanWidth) vs \(expected)")
    }

    /// First-order index of x₁ in y = x₁ + 2x₂ + x₁x₃ with independent U(0, 1) inputs: E(y | x₁) = 1.5x₁ + 1,
    /// so V₁ = 2.25/12; V₂ = 4/12, V₃ = 0.25/12, V₁₃ = Var((x₁ − ½)(x₃ − ½)) = 1/144; S₁ = V₁/ΣV. 100
    /// independent random designs of 128 base rows, 200 bootstrap resamples each.
    @Test func sobolFirstOrderIndex() throws {
        let v1 = 2.25 / 12, v2 = 4.0 / 12, v3 = 0.25 / 12, v13 = 1.0 / 144
        let exact = v1 / (v1 + v2 + v3 + v13)
        var covered = 0
        for r in 0..<Self.replicates {
            let indices = try saltelli(inputs: 3, base: 128, method: .random, seed: UInt64(5000 + r), bootstrap: 200) { x in
                x[0] + 2 * x[1] + x[0] * x[2]
            }
            if indices.first[0].covers(exact) { covered += 1 }
        }
        #expect(covered >= 90, "S₁ covered in \(covered)/100")
    }
}
