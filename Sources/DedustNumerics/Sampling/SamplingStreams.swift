/// The Philox inputs the sampling and statistics layer draws from, kept apart from the trajectory engine's
/// streams (``StreamKey``) so a study seed equal to a scenario seed never reuses a particle's numbers.
///
/// Every stream here is a ``RandomStream`` of `StreamKey(seed: seed, configuration: tag, …)` with one of the
/// tags below in the configuration word (counter word 3). Trajectory streams put a configuration index
/// there, which is below the scenario's configuration count (at most a few thousand), far from these tags.
/// Changing a tag changes every sampled study, so the tags are pinned by a test.
///
/// Example: `SamplingStreams.randomPoint(seed: 1, index: 7)` is the stream of `StreamKey(seed: 1,
/// configuration: 0xD5A0_0004, tile: 7)`.
enum SamplingStreams {
    /// Per-dimension keys of the Sobol' scramble (tile = dimension).
    static let sobolScramble: Int = 0xD5A0_0001
    /// Per-dimension keys of the Latin-hypercube permutations (tile = dimension).
    static let latinPermutation: Int = 0xD5A0_0002
    /// Position inside each Latin-hypercube stratum (tile = sample index, one stream per sample).
    static let latinJitter: Int = 0xD5A0_0003
    /// Plain random points (tile = sample index).
    static let randomPoint: Int = 0xD5A0_0004
    /// Bootstrap resampling of Sobol' indices (tile = replicate).
    static let bootstrap: Int = 0xD5A0_0005

    static func stream(_ tag: Int, seed: UInt64, tile: Int) -> RandomStream {
        RandomStream(StreamKey(seed: seed, configuration: tag, tile: tile))
    }

    static func randomPoint(seed: UInt64, index: Int) -> RandomStream {
        stream(randomPoint, seed: seed, tile: index)
    }

    /// A uniform in the open interval (0, 1) with 52 random bits from two words: `(k + ½)·2⁻⁵²`,
    /// `k = w₁·2²⁰ + ⌊w₂/2¹²⌋`. The largest value is 1 − 2⁻⁵³ (exact), so `1 − u` is never 0.
    static func openUniform52(_ s: inout RandomStream) -> Double {
        let k = (UInt64(s.nextWord()) << 20) | (UInt64(s.nextWord()) >> 12)
        return (Double(k) + 0.5) * 0x1p-52
    }

    /// A uniformly distributed integer in `0..<n` from 32-bit words, without bias: Lemire's multiply-shift
    /// with rejection (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29 (2019) 3).
    static func index(below n: Int, _ s: inout RandomStream) -> Int {
        precondition(n > 0 && n <= Int(UInt32.max), "index range \(n) out of 1...\(UInt32.max)")
        let range = UInt64(n)
        var m = UInt64(s.nextWord()) &* range
        if UInt32(truncatingIfNeeded: m) < UInt32(n) {
            let threshold = UInt32((0x1_0000_0000 - range) % range)
            while UInt32(truncatingIfNeeded: m) < threshold { m = UInt64(s.nextWord()) &* range }
        }
        return Int(m >> 32)
    }
}
