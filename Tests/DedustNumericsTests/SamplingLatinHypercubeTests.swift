import Testing
@testable import DedustNumerics

@Suite struct SamplingLatinHypercubeTests {
    /// Each of the `count` strata of each dimension holds exactly one point, for counts that are and are
    /// not powers of two (cycle walking).
    @Test(arguments: [1, 2, 3, 4, 7, 64, 100, 1000, 1025])
    func everyStratumOnce(count: Int) throws {
        let l = try LatinHypercube(dimensions: 5, count: count, seed: 42)
        var hit = [[Int]](repeating: [Int](repeating: 0, count: count), count: 5)
        for i in 0..<count {
            let p = l.point(i)
            for d in 0..<5 {
                #expect(p[d] > 0 && p[d] < 1)
                let stratum = Int(p[d] * Double(count))
                #expect(stratum == l.stratum(i, dimension: d))
                hit[d][stratum] += 1
            }
        }
        for d in 0..<5 { #expect(hit[d].allSatisfy { $0 == 1 }, "dimension \(d), count \(count)") }
    }

    /// The permutations differ between dimensions and seeds (not the identity or one shared shuffle).
    @Test func permutationsAreKeyed() throws {
        let a = try LatinHypercube(dimensions: 3, count: 100, seed: 1)
        let b = try LatinHypercube(dimensions: 3, count: 100, seed: 2)
        let pa0 = (0..<100).map { a.stratum($0, dimension: 0) }
        let pa1 = (0..<100).map { a.stratum($0, dimension: 1) }
        let pb0 = (0..<100).map { b.stratum($0, dimension: 0) }
        #expect(pa0 != Array(0..<100))
        #expect(pa0 != pa1)
        #expect(pa0 != pb0)
        // Pure function of (seed, count, index): computing in reverse order gives the same points.
        let forward = (0..<100).map { a.point($0) }
        let backward = (0..<100).reversed().map { a.point($0) }.reversed()
        #expect(forward == Array(backward))
    }

    @Test func badArgumentsThrow() {
        #expect(throws: SamplingError("a Latin hypercube needs a sample count of at least 1, got 0")) {
            try LatinHypercube(dimensions: 2, count: 0, seed: 1)
        }
        #expect(throws: SamplingError("a Latin hypercube needs at least 1 dimension, got 0")) {
            try LatinHypercube(dimensions: 0, count: 10, seed: 1)
        }
    }
}
