import Foundation

/// The regularised incomplete beta function
///
///     I_x(a, b) = B(x; a, b)/B(a, b) = (1/B(a, b)) ∫₀ˣ t^{a−1}(1 − t)^{b−1} dt,   a, b > 0, 0 ≤ x ≤ 1
///
/// by its continued fraction (DLMF 8.17.22), evaluated with the modified Lentz algorithm (Press, Teukolsky,
/// Vetterling & Flannery, Numerical Recipes, 3rd ed. 2007, §6.4), on the side x < (a + 1)/(a + b + 2) where
/// it converges fast, using I_x(a, b) = 1 − I_{1−x}(b, a) on the other. The prefactor
/// x^a (1−x)^b / B(a, b) uses `lgamma`, so for a, b ~ 10⁶ the result keeps about 9 significant digits,
/// plenty for choosing order statistics.
///
/// It gives the Student-t and binomial distribution functions:
///
///     P(T_ν ≤ t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½)   (t ≥ 0)
///     P(B(n, p) ≤ k) = I_{1−p}(n − k, k + 1)    (0 ≤ k < n)
///
/// Example: I_{0.5}(2, 3) = 0.6875 (`StatisticsDistributionTests.incompleteBeta`).
enum IncompleteBeta {
    static func regularized(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        let front = exp(logFront)
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a, b) / a }
        return 1 - front * continuedFraction(1 - x, b, a) / b
    }

    /// The continued fraction of I_x(a, b) (modified Lentz).
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        // Converges in O(√max(a, b)) steps; the cap only guards against a non-finite input.
        for m in 1...10_000_000 {
            let mm = Double(m), m2 = 2 * mm
            var aa = mm * (b - mm) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + mm) * (qab + mm) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) <= epsilon { break }
        }
        return h
    }

    /// P(B ≤ k) for B ~ binomial(n, p).
    static func binomialCDF(_ k: Int, trials n: Int, probability p: Double) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        if p <= 0 { return 1 }
        if p >= 1 { return 0 }
        return regularized(1 - p, Double(n - k), Double(k + 1))
    }
}
