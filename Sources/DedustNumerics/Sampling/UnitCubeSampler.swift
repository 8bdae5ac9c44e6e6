/// Points in the open unit cube (0, 1)^dimensions for a study: one front for the three ``SamplingMethod``s,
/// each point a pure function of (method, seed, count, index) so that samples can be computed in any order,
/// on any thread or shard.
///
/// - ``SamplingMethod/sobol``: ``SobolSequence`` scrambled with `seed` (point `index` of the sequence).
/// - ``SamplingMethod/latinHypercube``: ``LatinHypercube`` of `count` points.
/// - ``SamplingMethod/random``: coordinate d of point i is a 52-bit uniform `(k + ½)·2⁻⁵²` from the Philox
///   stream keyed by (seed, i) (``SamplingStreams``), two words per coordinate.
///
/// Every coordinate of every method is strictly inside (0, 1), so a normal quantile of it is finite.
///
/// Example: `UnitCubeSampler(method: .random, dimensions: 3, count: 10, seed: 1).point(4)` is the same three
/// numbers whichever points were computed before it (`SamplingUnitCubeTests.pointsArePure`).
public struct UnitCubeSampler: Sendable {
    public let method: SamplingMethod
    public let dimensions: Int
    public let count: Int
    public let seed: UInt64

    enum Engine: Sendable {
        case sobol(SobolSequence)
        case latinHypercube(LatinHypercube)
        case random
    }

    let engine: Engine

    public init(method: SamplingMethod, dimensions: Int, count: Int, seed: UInt64) throws(SamplingError) {
        guard dimensions >= 1 else {
            throw SamplingError("sampling needs at least 1 dimension (uncertain input), got \(dimensions)")
        }
        guard count >= 1 else {
            throw SamplingError("the sample count must be at least 1, got \(count)")
        }
        guard count <= Int(UInt32.max) else {
            throw SamplingError("the sample count must be at most \(UInt32.max) (2^32 − 1), got \(count)")
        }
        self.method = method
        self.dimensions = dimensions
        self.count = count
        self.seed = seed
        switch method {
        case .sobol: engine = .sobol(try SobolSequence(dimensions: dimensions, scrambleSeed: seed))
        case .latinHypercube: engine = .latinHypercube(try LatinHypercube(dimensions: dimensions, count: count, seed: seed))
        case .random: engine = .random
        }
    }

    /// Point `index` (0 ≤ index < count).
    public func point(_ index: Int) -> [Double] {
        precondition(index >= 0 && index < count, "sample index \(index) out of 0..<\(count)")
        switch engine {
        case .sobol(let s): return s.point(UInt64(index))
        case .latinHypercube(let l): return l.point(index)
        case .random:
            var stream = SamplingStreams.randomPoint(seed: seed, index: index)
            return (0..<dimensions).map { _ in SamplingStreams.openUniform52(&stream) }
        }
    }
}
