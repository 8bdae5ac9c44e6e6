import Foundation
import Testing
@testable import DedustNumerics

/// Relative closeness for the numerics tests (DedustTestSupport is not a dependency of this target).
func close(_ a: Double, _ b: Double, _ relative: Double, absolute: Double = 0) -> Bool {
    abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}

@Suite struct SamplingNormalTests {
    /// Φ⁻¹ against published and high-precision values: 1.959963984540054 (the 97.5 % point quoted by
    /// Wichura 1988 and every table), and Φ⁻¹ of 1e−10, 1e−20, 1e−300, 0.3, 0.999999, 1 − 2⁻⁵³ from mpmath
    /// 1.3 at 50 digits (root of ncdf), covering all three AS 241 regions.
    @Test func publishedValues() {
        let cases: [(Double, Double)] = [
            (0.975, 1.959963984540054), (1e-10, -6.361340902404057), (1e-20, -9.262340089798407),
            (1e-300, -37.0470962993612), (0.3, -0.5244005127080408), (0.999999, 4.753424308817087),
            (1 - 0x1p-53, 8.209536151601387), (0.02425, -1.972961051311885), (0.925, 1.4395314709384561),
            (0.5 + 1e-9, 2.5066282037387115e-09),
        ]
        for (p, x) in cases {
            #expect(close(NormalDistribution.quantile(p), x, 3e-15), "Φ⁻¹(\(p))")
        }
        #expect(NormalDistribution.quantile(0.5) == 0)
        #expect(NormalDistribution.quantile(0) == -.infinity && NormalDistribution.quantile(1) == .infinity)
        #expect(close(NormalDistribution.cdf(1.959963984540054), 0.975, 1e-15))
        #expect(close(NormalDistribution.cdf(-6.361340902404057), 1e-10, 1e-14))
    }

    /// Φ(Φ⁻¹(p)) = p over 24 decades of the lower tail and across the centre, to the precision the round
    /// trip allows: Φ's relative condition number at x is |x φ(x)/Φ(x)| ≈ 1 + x², so a quantile correct to
    /// an ulp gives Φ(Φ⁻¹(p)) within about (1 + x²)·2⁻⁵² of p.
    @Test func roundTrip() {
        func check(_ p: Double) {
            let x = NormalDistribution.quantile(p)
            #expect(close(NormalDistribution.cdf(x), p, 4 * (1 + x * x) * Double.ulpOfOne), "p = \(p)")
        }
        var p = 1e-24
        while p < 0.5 {
            check(p)
            p *= 1.7
        }
        for k in 1..<100 { check(Double(k) / 100) }
    }

    /// The quantile is antisymmetric and increasing.
    @Test func symmetryAndMonotonicity() {
        var previous = -Double.infinity
        for k in 1..<1000 {
            let p = Double(k) / 1000
            let x = NormalDistribution.quantile(p)
            #expect(x > previous)
            previous = x
            #expect(close(x, -NormalDistribution.quantile(1 - p), 1e-13, absolute: 1e-15))
        }
    }
}
