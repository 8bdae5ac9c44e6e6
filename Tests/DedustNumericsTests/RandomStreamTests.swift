import Foundation
import Testing
@testable import DedustNumerics

/// Sample moments of `values`: mean, variance and the central third and fourth moments.
func moments(_ values: [Double]) -> (mean: Double, variance: Double, third: Double, fourth: Double) {
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    var m2 = 0.0, m3 = 0.0, m4 = 0.0
    for v in values {
        let d = v - mean, d2 = d * d
        m2 += d2; m3 += d2 * d; m4 += d2 * d2
    }
    return (mean, m2 / n, m3 / n, m4 / n)
}

/// The stream layer: its pinned mapping onto Philox, the variates' ranges and distributions, and the
/// equality of bulk fills with scalar draws. Statistical bounds are 5 standard errors of the estimate;
/// the seeds are fixed, so these tests are deterministic.
@Suite struct RandomStreamTests {
    /// The determinism contract of ``StreamKey``: this mapping must never change silently.
    @Test func keyLayoutIsPinned() {
        let key = StreamKey(seed: 0x0123_4567_89ab_cdef, configuration: 7, unit: 3, sizeClass: 47, tile: 1234)
        var s = RandomStream(key)
        let words = (0..<8).map { _ in s.nextWord() }
        let b0 = Philox4x32.block(counter: (0, 1234, 47 | (3 << 16), 7), key: (0x89ab_cdef, 0x0123_4567))
        let b1 = Philox4x32.block(counter: (1, 1234, 47 | (3 << 16), 7), key: (0x89ab_cdef, 0x0123_4567))
        #expect(words == [b0.0, b0.1, b0.2, b0.3, b1.0, b1.1, b1.2, b1.3])
    }

    @Test func differentKeysGiveDifferentStreams() {
        let base = StreamKey(seed: 1, configuration: 1, unit: 1, sizeClass: 1, tile: 1)
        let variants = [base, StreamKey(seed: 2, configuration: 1, unit: 1, sizeClass: 1, tile: 1),
                        StreamKey(seed: 1, configuration: 2, unit: 1, sizeClass: 1, tile: 1),
                        StreamKey(seed: 1, configuration: 1, unit: 2, sizeClass: 1, tile: 1),
                        StreamKey(seed: 1, configuration: 1, unit: 1, sizeClass: 2, tile: 1), base.tile(2)]
        let firstWords = variants.map { key -> [UInt32] in
            var s = RandomStream(key)
            return (0..<4).map { _ in s.nextWord() }
        }
        #expect(Set(firstWords).count == variants.count)
    }

    @Test func uniformMappingStaysInsideTheOpenInterval() {
        #expect(RandomStream.uniform(0) == 0x1p-33)
        #expect(RandomStream.uniform(.max) == 1 - 0x1p-33)
        #expect(RandomStream.uniform(0x8000_0000) == 0.5 + 0x1p-33)
    }

    /// U(0, 1): mean 1/2, variance 1/12, and each decile holds 1/10 of the draws.
    @Test func uniformMomentsAndDeciles() {
        let n = 1_000_000
        var s = RandomStream(StreamKey(seed: 11))
        var u = [Double](repeating: 0, count: n)
        s.fillUniform(&u)
        #expect(u.allSatisfy { $0 > 0 && $0 < 1 })
        let m = moments(u)
        let nd = Double(n)
        #expect(abs(m.mean - 0.5) < 5 * (1.0 / 12 / nd).squareRoot())
        // Var of the sample variance of U(0,1): (μ₄ − σ⁴)/n = (1/80 − 1/144)/n
        #expect(abs(m.variance - 1.0 / 12) < 5 * ((1.0 / 80 - 1.0 / 144) / nd).squareRoot())
        var counts = [Int](repeating: 0, count: 10)
        for v in u { counts[Int(v * 10)] += 1 }
        let sigma = (nd * 0.1 * 0.9).squareRoot()
        for c in counts { #expect(abs(Double(c) - nd / 10) < 5 * sigma, "decile count \(c)") }
    }

    /// N(0, 1): mean 0, variance 1, skewness 0, kurtosis 3, and Φ(1.959964) = 0.975.
    /// Standard errors: √(1/n), √(2/n), √(15/n) for the third moment, √(96/n) for the fourth.
    @Test func normalMoments() {
        let n = 1_000_000
        let nd = Double(n)
        var s = RandomStream(StreamKey(seed: 12, sizeClass: 5))
        let z = (0..<n).map { _ in s.nextNormal() }
        let m = moments(z)
        #expect(abs(m.mean) < 5 * (1 / nd).squareRoot())
        #expect(abs(m.variance - 1) < 5 * (2 / nd).squareRoot())
        #expect(abs(m.third) < 5 * (15 / nd).squareRoot())
        #expect(abs(m.fourth - 3) < 5 * (96 / nd).squareRoot())
        let below = Double(z.filter { $0 < 1.959963984540054 }.count) / nd
        #expect(abs(below - 0.975) < 5 * (0.975 * 0.025 / nd).squareRoot())
        // 32-bit uniforms bound |z| by √(−2 ln 2⁻³³) ≈ 6.77.
        #expect(z.allSatisfy { abs($0) < 6.78 })
        // The two values of a Box–Muller pair, and neighbouring pairs, are independent: the sample
        // correlation of (z₂ₖ, z₂ₖ₊₁), of their squares, and at lag 2 is 0 ± 5/√(n/2).
        var pair = 0.0, pairSquares = 0.0, lag2 = 0.0
        for k in stride(from: 0, to: n - 3, by: 2) {
            pair += z[k] * z[k + 1]
            pairSquares += (z[k] * z[k] - 1) * (z[k + 1] * z[k + 1] - 1) / 2
            lag2 += z[k] * z[k + 2]
        }
        let bound = 5 / (nd / 2).squareRoot()
        #expect(abs(pair / (nd / 2)) < bound)
        #expect(abs(pairSquares / (nd / 2)) < bound)
        #expect(abs(lag2 / (nd / 2)) < bound)
    }

    /// Bulk fills write the same bits as scalar draws, including when the stream starts mid-block
    /// or holds a spare normal, and leave the stream in the same state.
    @Test(arguments: [0, 1, 2, 3, 5])
    func fillsEqualScalarDraws(offsetWords: Int) {
        for count in [0, 1, 3, 4, 7, 64, 1001] {
            var bulk = RandomStream(StreamKey(seed: 99, tile: offsetWords))
            for _ in 0..<offsetWords { _ = bulk.nextWord() }
            var scalar = bulk
            _ = bulk.nextNormal(); _ = scalar.nextNormal()          // leaves a spare normal
            var a = [Double](repeating: 0, count: count)
            bulk.fillNormal(&a)
            let b = (0..<count).map { _ in scalar.nextNormal() }
            #expect(a.map(\.bitPattern) == b.map(\.bitPattern), "fillNormal, \(count) after \(offsetWords) words")
            bulk.fillUniform(&a)
            let c = (0..<count).map { _ in scalar.nextUniform() }
            #expect(a.map(\.bitPattern) == c.map(\.bitPattern), "fillUniform, \(count)")
            bulk.fillThreePoint(&a)
            let d = (0..<count).map { _ in scalar.nextThreePoint() }
            #expect(a.map(\.bitPattern) == d.map(\.bitPattern), "fillThreePoint, \(count)")
            #expect(bulk.nextWord() == scalar.nextWord())
            #expect(bulk.nextNormal().bitPattern == scalar.nextNormal().bitPattern)
        }
    }

    /// A stream copied mid-way continues identically (the stream is a value).
    @Test func copiesContinueIdentically() {
        var a = RandomStream(StreamKey(seed: 5))
        for _ in 0..<13 { _ = a.nextNormal() }
        var b = a
        for _ in 0..<100 { #expect(a.nextNormal().bitPattern == b.nextNormal().bitPattern) }
    }

    /// The vector conversion gives the scalar ``RandomStream/uniform(_:)`` of every word, at both ends too.
    @Test func vectorUniformsEqualScalar() {
        let words: [UInt32] = [0, 1, 2, 0x7FFF_FFFF, 0x8000_0000, 0xDEAD_BEEF, 0xFFFF_FFFE, 0xFFFF_FFFF]
        let u = RandomStream.uniforms(SIMD8<UInt64>(words.map(UInt64.init)))
        for k in 0..<8 { #expect(u[k].bitPattern == RandomStream.uniform(words[k]).bitPattern) }
        #expect(u[0] == 0x1p-33 && u[7] == 1 - 0x1p-33)
    }
}
