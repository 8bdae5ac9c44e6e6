import Testing
@testable import DedustNumerics

@Suite struct SamplingUnitCubeTests {
    @Test(arguments: SamplingMethod.allCases)
    func pointsArePure(method: SamplingMethod) throws {
        let s = try UnitCubeSampler(method: method, dimensions: 3, count: 10, seed: 1)
        let again = try UnitCubeSampler(method: method, dimensions: 3, count: 10, seed: 1)
        let p4 = s.point(4)
        _ = (0..<10).map { s.point($0) }
        #expect(s.point(4).map(\.bitPattern) == p4.map(\.bitPattern))
        #expect(again.point(4).map(\.bitPattern) == p4.map(\.bitPattern))
        #expect(try UnitCubeSampler(method: method, dimensions: 3, count: 10, seed: 2).point(4) != p4)
    }

    /// Every coordinate of every method is strictly inside (0, 1), so a normal quantile is finite, and the
    /// sample mean of each coordinate is near ½.
    @Test(arguments: SamplingMethod.allCases)
    func openUnitCube(method: SamplingMethod) throws {
        let n = 2048
        let s = try UnitCubeSampler(method: method, dimensions: 8, count: n, seed: 12345)
        var sums = [Double](repeating: 0, count: 8)
        for i in 0..<n {
            let p = s.point(i)
            #expect(p.count == 8)
            for (d, x) in p.enumerated() {
                #expect(x > 0 && x < 1 && NormalDistribution.quantile(x).isFinite)
                sums[d] += x
            }
        }
        for sum in sums { #expect(abs(sum / Double(n) - 0.5) < 0.02) }
    }

    @Test func methodNames() {
        #expect(SamplingMethod(rawValue: "latin_hypercube") == .latinHypercube)
        #expect(SamplingMethod.allCases.map(\.rawValue) == ["sobol", "latin_hypercube", "random"])
    }

    @Test func badArgumentsThrow() {
        #expect(throws: SamplingError("the sample count must be at least 1, got -5")) {
            try UnitCubeSampler(method: .random, dimensions: 2, count: -5, seed: 1)
        }
        #expect(throws: SamplingError.self) {
            try UnitCubeSampler(method: .sobol, dimensions: 5000, count: 10, seed: 1)
        }
    }

    /// The stream tags are part of the results' contract: changing one changes every study.
    @Test func streamTagsArePinned() {
        #expect([SamplingStreams.sobolScramble, SamplingStreams.latinPermutation, SamplingStreams.latinJitter,
                 SamplingStreams.randomPoint, SamplingStreams.bootstrap]
                == [0xD5A0_0001, 0xD5A0_0002, 0xD5A0_0003, 0xD5A0_0004, 0xD5A0_0005])
        var s = SamplingStreams.randomPoint(seed: 1, index: 7)
        var t = RandomStream(StreamKey(seed: 1, configuration: 0xD5A0_0004, tile: 7))
        #expect(s.nextWord() == t.nextWord())
    }

    /// Lemire's bounded integers are unbiased: 60 000 draws below 3 land about 20 000 times each.
    @Test func boundedIndices() {
        var s = SamplingStreams.stream(SamplingStreams.bootstrap, seed: 5, tile: 0)
        var count = [0, 0, 0]
        for _ in 0..<60_000 { count[SamplingStreams.index(below: 3, &s)] += 1 }
        for c in count { #expect(abs(c - 20_000) < 600) }  // ±5σ (σ = 115)
    }
}
