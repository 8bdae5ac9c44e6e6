/// The Sobol' low-discrepancy sequence in up to ``maxDimensions`` dimensions (Sobol' 1967, USSR Comput.
/// Math. Math. Phys. 7(4):86–112), with the direction numbers of Joe & Kuo (2008), file
/// `new-joe-kuo-6.21201` (S. Joe, F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional
/// projections", SIAM J. Sci. Comput. 30:2635–2654), optionally Owen-scrambled.
///
/// **Construction.** Dimension d has a primitive polynomial of degree s with inner coefficients
/// a₁…a_{s−1} and initial odd integers m₁…m_s (m_k < 2^k); further ones follow Bratley & Fox (1988, ACM TOMS
/// 14:88, Algorithm 659):
///
///     m_k = 2a₁m_{k−1} ⊕ 2²a₂m_{k−2} ⊕ … ⊕ 2^{s−1}a_{s−1}m_{k−s+1} ⊕ 2^s m_{k−s} ⊕ m_{k−s}
///     v_k = m_k · 2^{32−k}                                      (32-bit direction numbers)
///     x_d(i) = ⊕_{k : bit k−1 of i is 1} v_k · 2⁻³²             (point i, no Gray code)
///
/// Point `i` is built directly from the bits of `i` (natural order), so any point can be computed alone —
/// studies are sharded. Joe & Kuo's `sobol.cc` prints the same points in Gray-code order: their point `i` is
/// this point `i ⊕ ⌊i/2⌋`; the first 2^m points are the same set in either order.
///
/// **Scrambling** (`scrambleSeed` not nil): hash-based nested uniform (Owen 1995) scrambling of every
/// coordinate, Burley (2020), "Practical Hash-based Owen Scrambling", JCGT 9(4):1–20, after Laine & Karras
/// (2011): reverse the 32 bits, apply the Laine–Karras permutation keyed by the dimension's seed
///
///     x += seed; x ^= x·0x6c50b47c; x ^= x·0xb82f1e52; x ^= x·0xc7afe638; x ^= x·0x8d22f6e6   (mod 2³²)
///
/// and reverse back. In the reversed word each output bit depends only on the same and lower input bits,
/// so each binary digit of the coordinate is flipped by a function of the digits before it — an Owen
/// scramble, which keeps every (t, m, s)-net property of the sequence (each of the 2^m dyadic intervals of
/// a coordinate holds exactly one of the first 2^m points). The dimension seeds are Philox words of
/// (`scrambleSeed`, dimension), so the point is a pure function of (seed, index). The sample order is not
/// shuffled (Burley's index scramble), so every prefix, not only powers of two, stays evenly spread.
/// Scrambled coordinates are returned as the midpoint `(y + ½)·2⁻³²` of their 32-bit cell, strictly inside
/// (0, 1); unscrambled ones as `x·2⁻³²` (point 0 is the origin), to compare with published output.
///
/// Validity: index < 2³² (32-bit direction numbers); 1 ≤ dimensions ≤ ``maxDimensions``.
///
/// Example: unscrambled, points 1, 2, 3 of dimensions 1–3 are (0.5, 0.5, 0.5), (0.25, 0.75, 0.75) and
/// (0.75, 0.25, 0.25) (`SamplingSobolTests.firstPointsInNaturalOrder`).
public struct SobolSequence: Sendable {
    /// Dimensions the built-in direction-number table covers (Joe & Kuo's dimensions 1…1024).
    public static let maxDimensions = 1024

    /// Number of coordinates of each point.
    public let dimensions: Int
    /// The scramble seed, or nil for the plain sequence.
    public let scrambleSeed: UInt64?
    /// `directions[32 d + k]` = v_{k+1} of dimension d.
    let directions: [UInt32]
    /// Laine–Karras seed of each dimension (empty when unscrambled).
    let scrambleKeys: [UInt32]

    public init(dimensions: Int, scrambleSeed: UInt64?) throws(SamplingError) {
        guard dimensions >= 1 else {
            throw SamplingError("a Sobol' sequence needs at least 1 dimension, got \(dimensions)")
        }
        guard dimensions <= Self.maxDimensions else {
            throw SamplingError("a Sobol' sequence has at most \(Self.maxDimensions) dimensions (the Joe–Kuo table "
                                + "built in), got \(dimensions); use fewer uncertain inputs, or latin_hypercube or "
                                + "random sampling")
        }
        self.dimensions = dimensions
        self.scrambleSeed = scrambleSeed
        directions = Self.directionNumbers(dimensions: dimensions)
        if let seed = scrambleSeed {
            scrambleKeys = (0..<dimensions).map { d in
                var s = SamplingStreams.stream(SamplingStreams.sobolScramble, seed: seed, tile: d)
                return s.nextWord()
            }
        } else {
            scrambleKeys = []
        }
    }

    /// The 32 direction numbers v₁…v₃₂ of each of the first `dimensions` dimensions (Bratley–Fox recurrence
    /// on the Joe–Kuo initial values), dimension after dimension.
    static func directionNumbers(dimensions: Int) -> [UInt32] {
        var v = [UInt32](repeating: 0, count: 32 * dimensions)
        for k in 0..<32 { v[k] = 1 << (31 - k) }  // dimension 1: all m_k = 1
        var offset = 0
        let table = joeKuoDirectionNumbers
        for d in 1..<dimensions {
            let s = Int(table[offset]), a = table[offset + 1]
            let base = 32 * d
            for k in 0..<min(s, 32) { v[base + k] = table[offset + 2 + k] << (31 - k) }
            if s < 32 {
                for k in s..<32 {
                    var x = v[base + k - s] ^ (v[base + k - s] >> UInt32(s))
                    for j in 1..<s where (a >> UInt32(s - 1 - j)) & 1 == 1 { x ^= v[base + k - j] }
                    v[base + k] = x
                }
            }
            offset += 2 + s
        }
        return v
    }

    /// The 32-bit integer coordinates of point `index` (scrambled when a seed was given): coordinate d is
    /// this word times 2⁻³².
    public func integerPoint(_ index: UInt64) -> [UInt32] {
        precondition(index <= UInt64(UInt32.max), "Sobol' index \(index) beyond 2^32 − 1 (32-bit direction numbers)")
        var x = [UInt32](repeating: 0, count: dimensions)
        var bits = index
        while bits != 0 {
            let k = bits.trailingZeroBitCount
            bits &= bits - 1
            for d in 0..<dimensions { x[d] ^= directions[32 * d + k] }
        }
        if !scrambleKeys.isEmpty {
            for d in 0..<dimensions { x[d] = Self.nestedUniformScramble(x[d], seed: scrambleKeys[d]) }
        }
        return x
    }

    /// Point `index` (0, 1, 2, …): unscrambled in [0, 1), scrambled strictly inside (0, 1).
    public func point(_ index: UInt64) -> [Double] {
        let x = integerPoint(index)
        if scrambleKeys.isEmpty { return x.map { Double($0) * 0x1p-32 } }
        return x.map { (Double($0) + 0.5) * 0x1p-32 }
    }

    /// Laine–Karras permutation of a bit-reversed word (Burley 2020, listing 1).
    @inline(__always)
    static func laineKarras(_ value: UInt32, seed: UInt32) -> UInt32 {
        var x = value &+ seed
        x ^= x &* 0x6c50_b47c
        x ^= x &* 0xb82f_1e52
        x ^= x &* 0xc7af_e638
        x ^= x &* 0x8d22_f6e6
        return x
    }

    /// Owen scramble of a 32-bit coordinate: reverse, Laine–Karras, reverse (Burley 2020, listing 2).
    @inline(__always)
    static func nestedUniformScramble(_ x: UInt32, seed: UInt32) -> UInt32 {
        reverseBits(laineKarras(reverseBits(x), seed: seed))
    }

    /// The 32 bits of `x` in reverse order (bit 0 ↔ bit 31).
    @inline(__always)
    static func reverseBits(_ value: UInt32) -> UInt32 {
        var x = value
        x = ((x & 0xAAAA_AAAA) >> 1) | ((x & 0x5555_5555) << 1)
        x = ((x & 0xCCCC_CCCC) >> 2) | ((x & 0x3333_3333) << 2)
        x = ((x & 0xF0F0_F0F0) >> 4) | ((x & 0x0F0F_0F0F) << 4)
        x = ((x & 0xFF00_FF00) >> 8) | ((x & 0x00FF_00FF) << 8)
        return (x >> 16) | (x << 16)
    }
}
