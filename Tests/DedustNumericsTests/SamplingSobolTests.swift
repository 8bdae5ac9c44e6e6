import Testing
@testable import DedustNumerics

/// The Sobol' sequence against Joe & Kuo's published generator output and its net properties.
@Suite struct SamplingSobolTests {
    /// Joe & Kuo, "Sobol sequence generator", https://web.maths.unsw.edu.au/~fkuo/sobol/ : the output of
    /// `sobol 10 3 new-joe-kuo-6.21201` (their sobol.cc, Gray-code order, first point 0). Our points are in
    /// natural order, so their point i is our point i ⊕ ⌊i/2⌋.
    static let joeKuoFirstTen: [[Double]] = [
        [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75], [0.375, 0.375, 0.625],
        [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375], [0.1875, 0.3125, 0.9375],
        [0.6875, 0.8125, 0.4375],
    ]

    @Test func joeKuoPublishedOutput() throws {
        let s = try SobolSequence(dimensions: 3, scrambleSeed: nil)
        for (i, expected) in Self.joeKuoFirstTen.enumerated() {
            let gray = UInt64(i ^ (i >> 1))
            #expect(s.point(gray) == expected, "Joe–Kuo point \(i)")
        }
    }

    /// Point 1000 of sobol.cc's output (Gray-code order, our index 1000 ⊕ 500 = 540) in dimensions 1–32, as
    /// 32-bit integers. Cross-checked against SciPy 1.17 `scipy.stats.qmc.Sobol(d=32, scramble=False)`, which
    /// implements the same Joe–Kuo generator: `(random(1001)[1000] * 2**32)`. Dimension 20 is 3116367872.
    @Test func joeKuoRowInThirtyTwoDimensions() throws {
        let expected: [UInt32] = [
            943718400, 415236096, 2227175424, 2906652672, 1203765248, 3896508416, 197132288, 3862953984,
            2151677952, 297795584, 364904448, 1094713344, 692060160, 1648361472, 616562688, 1589641216,
            3091202048, 1480589312, 4257218560, 3116367872, 2243952640, 2361393152, 4081057792, 2319450112,
            2503999488, 3896508416, 171966464, 4206886912, 255852544, 1463812096, 633339904, 624951296,
        ]
        let s = try SobolSequence(dimensions: 32, scrambleSeed: nil)
        #expect(s.integerPoint(1000 ^ 500) == expected)
    }

    @Test func firstPointsInNaturalOrder() throws {
        let s = try SobolSequence(dimensions: 3, scrambleSeed: nil)
        #expect(s.point(1) == [0.5, 0.5, 0.5])
        #expect(s.point(2) == [0.25, 0.75, 0.75])
        #expect(s.point(3) == [0.75, 0.25, 0.25])
    }

    /// Every dimension of the table builds direction numbers whose leading bit pattern is a valid Sobol'
    /// construction: the first 2^m points of each one-dimensional projection are the 2^m dyadic cells,
    /// once each (m = 10), unscrambled and scrambled.
    @Test(arguments: [nil, UInt64(20_240_205)])
    func everyDimensionIsStratified(seed: UInt64?) throws {
        let d = SobolSequence.maxDimensions
        let s = try SobolSequence(dimensions: d, scrambleSeed: seed)
        let m = 10, n = 1 << m
        var hits = [[Bool]](repeating: [Bool](repeating: false, count: n), count: d)
        for i in 0..<n {
            let x = s.integerPoint(UInt64(i))
            for j in 0..<d { hits[j][Int(x[j] >> UInt32(32 - m))] = true }
        }
        for j in 0..<d { #expect(hits[j].allSatisfy { $0 }, "dimension \(j + 1)") }
    }

    /// Two-dimensional (0, m, 2)-net property of dimensions 1 and 2 (t = 0 for that pair): for n = 2^8 every
    /// dyadic box of area 2^-8 (2^a × 2^b cells, a + b = 8) holds exactly one point, also after scrambling.
    @Test func firstTwoDimensionsFormANet() throws {
        let m = 8, n = 1 << m
        for seed in [nil, UInt64(7)] as [UInt64?] {
            let s = try SobolSequence(dimensions: 2, scrambleSeed: seed)
            let pts = (0..<n).map { s.integerPoint(UInt64($0)) }
            for a in 0...m {
                var count = [Int](repeating: 0, count: n)
                for p in pts { count[(Int(p[0] >> UInt32(32 - a)) << (m - a)) | Int(p[1] >> UInt32(32 - (m - a)))] += 1 }
                #expect(count.allSatisfy { $0 == 1 }, "boxes 2^\(a) × 2^\(m - a), seed \(String(describing: seed))")
            }
        }
    }

    @Test func scrambledPointsAreInsideAndReproducible() throws {
        let a = try SobolSequence(dimensions: 40, scrambleSeed: 99)
        let b = try SobolSequence(dimensions: 40, scrambleSeed: 99)
        let c = try SobolSequence(dimensions: 40, scrambleSeed: 100)
        var differs = 0
        for i: UInt64 in [0, 1, 2, 3, 1000, 65_535, 1 << 20, UInt64(UInt32.max)] {
            let p = a.point(i)
            #expect(p.allSatisfy { $0 > 0 && $0 < 1 })
            #expect(p.map(\.bitPattern) == b.point(i).map(\.bitPattern))
            if p != c.point(i) { differs += 1 }
        }
        #expect(differs == 8)
        // Point 0 is no longer the origin, and dimensions get different scrambles.
        let p0 = a.point(0)
        #expect(Set(p0).count == 40)
    }

    /// The Laine–Karras step only lets lower bits of the reversed word affect higher ones: flipping bit k
    /// of the coordinate never changes its bits above k (its more significant binary digits).
    @Test func scrambleIsNested() {
        for x: UInt32 in [0, 1, 0x8000_0000, 0xDEAD_BEEF, 0x1234_5678] {
            for k in 0..<32 {
                let y = x ^ (1 << UInt32(k))
                let sx = SobolSequence.nestedUniformScramble(x, seed: 0xA5A5_1234)
                let sy = SobolSequence.nestedUniformScramble(y, seed: 0xA5A5_1234)
                let higher: UInt32 = k == 31 ? 0 : ~UInt32(0) << UInt32(k + 1)
                #expect(sx & higher == sy & higher)
                #expect(sx != sy)
            }
        }
    }

    @Test func badDimensionsThrow() {
        #expect(throws: SamplingError("a Sobol' sequence needs at least 1 dimension, got 0")) {
            try SobolSequence(dimensions: 0, scrambleSeed: nil)
        }
        do {
            _ = try SobolSequence(dimensions: SobolSequence.maxDimensions + 1, scrambleSeed: 1)
            Issue.record("no error")
        } catch {
            #expect(error.message.contains("at most 1024 dimensions"))
        }
        #expect(SobolSequence.maxDimensions >= 64)
    }
}
