import Foundation
import Testing
@testable import DedustNumerics

/// The three-point variate of Kloeden & Platen (1992) §14.2: values ±√3 with probability 1/6 each and
/// 0 with probability 2/3, i.e. the moments of N(0, 1) up to order 5.
@Suite struct WeakIncrementTests {
    /// The word → value map at every bin edge (q = ⌊2³²/6⌋ = 715 827 882), which fixes the
    /// probabilities exactly: 715 827 882 words each for ±√3 and 2 863 311 528 for 0, out of the
    /// 4 294 967 292 accepted words (ratio 1 : 1 : 4).
    @Test func wordMapAtBinEdges() {
        let r3 = 3.0.squareRoot()
        #expect(RandomStream.threePointMagnitude == r3)
        #expect(RandomStream.threePoint(0) == -r3)
        #expect(RandomStream.threePoint(715_827_881) == -r3)
        #expect(RandomStream.threePoint(715_827_882) == r3)
        #expect(RandomStream.threePoint(1_431_655_763) == r3)
        #expect(RandomStream.threePoint(1_431_655_764) == 0)
        #expect(RandomStream.threePoint(4_294_967_291) == 0)
        #expect(RandomStream.threePoint(4_294_967_292) == nil)
        #expect(RandomStream.threePoint(.max) == nil)
        #expect(715_827_882 * 6 == 4_294_967_292 && 4_294_967_292 + 4 == 1 << 32)
    }

    /// A rejected word inside a bulk fill: block 171 000 484 of the stream with seed 1 starts with the word
    /// 0xFFFFFFFE ≥ 6q (found by a search over the stream). Bulk and scalar draws skip it the same way.
    @Test func rejectedWordInsideABulkFill() {
        let block = Philox4x32.block(counter: (171_000_484, 0, 0, 0), key: (1, 0))
        #expect(block.0 == 0xFFFF_FFFE)
        var bulk = RandomStream(StreamKey(seed: 1))
        bulk.nextBlock = 171_000_480                  // the eight-block group holding it starts 4 blocks earlier
        var scalar = bulk
        var a = [Double](repeating: 0, count: 96)
        bulk.fillThreePoint(&a)
        let b = (0..<96).map { _ in scalar.nextThreePoint() }
        #expect(a == b)
        #expect(bulk.nextWord() == scalar.nextWord())
        // The scalar path consumed 97 words for 96 values: the rejected one was skipped.
        var words = RandomStream(StreamKey(seed: 1))
        words.nextBlock = 171_000_480
        let expected = (0..<97).compactMap { _ in RandomStream.threePoint(words.nextWord()) }
        #expect(expected.count == 96 && expected == b)
    }

    /// Sample frequencies and moments from 10⁶ draws within 5 standard errors.
    /// Moments of ξ: E ξ = E ξ³ = E ξ⁵ = 0, E ξ² = 1, E ξ⁴ = 3, E ξ⁶ = 9, E ξ⁸ = 27, E ξ¹⁰ = 81, so the
    /// standard errors of the sample means of ξ, ξ², ξ³, ξ⁴, ξ⁵ are √(1/n), √(2/n), √(9/n), √(18/n), √(81/n).
    @Test func frequenciesAndMoments() {
        let n = 1_000_000
        let nd = Double(n)
        var s = RandomStream(StreamKey(seed: 2024, unit: 2))
        var xi = [Double](repeating: 0, count: n)
        s.fillThreePoint(&xi)
        let r3 = 3.0.squareRoot()
        let minus = xi.filter { $0 == -r3 }.count, plus = xi.filter { $0 == r3 }.count
        let zero = xi.filter { $0 == 0 }.count
        #expect(minus + plus + zero == n)
        let sigmaSixth = (nd / 6 * 5 / 6).squareRoot()
        #expect(abs(Double(minus) - nd / 6) < 5 * sigmaSixth)
        #expect(abs(Double(plus) - nd / 6) < 5 * sigmaSixth)
        var p = [Double](repeating: 0, count: 6)
        for x in xi {
            var power = 1.0
            for k in 1...5 { power *= x; p[k] += power }
        }
        for k in 1...5 { p[k] /= nd }
        #expect(abs(p[1]) < 5 * (1 / nd).squareRoot())
        #expect(abs(p[2] - 1) < 5 * (2 / nd).squareRoot())
        #expect(abs(p[3]) < 5 * (9 / nd).squareRoot())
        #expect(abs(p[4] - 3) < 5 * (18 / nd).squareRoot())
        #expect(abs(p[5]) < 5 * (81 / nd).squareRoot())
    }

    /// Weak convergence in use: for dX = −X dt + dW, X(0) = 1, Euler steps with three-point increments
    /// reproduce E X(T) = e^{−T} (to the scheme's O(Δt) bias) and Var X(T) = (1 − e^{−2T})/2 within
    /// Monte Carlo error, like Gaussian increments do. Here T = 1, Δt = 1/64, 2·10⁵ paths.
    @Test func eulerOrnsteinUhlenbeckMoments() {
        let paths = 200_000, steps = 64
        let dt = 1.0 / Double(steps), sq = dt.squareRoot()
        var s = RandomStream(StreamKey(seed: 77))
        var x = [Double](repeating: 1, count: paths)
        var xi = [Double](repeating: 0, count: paths)
        for _ in 0..<steps {
            s.fillThreePoint(&xi)
            for i in 0..<paths { x[i] += -x[i] * dt + sq * xi[i] }
        }
        let m = moments(x)
        // Euler's exact discrete moments: E = (1 − Δt)^N, Var = Σ (1 − Δt)^{2k} Δt.
        let meanEuler = Foundation.pow(1 - dt, Double(steps))
        let varEuler = dt * (1 - Foundation.pow(1 - dt, 2 * Double(steps))) / (1 - (1 - dt) * (1 - dt))
        let nd = Double(paths)
        #expect(abs(m.mean - meanEuler) < 5 * (varEuler / nd).squareRoot())
        #expect(abs(m.variance - varEuler) < 5 * varEuler * (2 / nd).squareRoot())
        #expect(abs(meanEuler - Foundation.exp(-1)) < 0.01)
    }
}
