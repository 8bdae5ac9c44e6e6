/// A Latin hypercube sample of `count` points in `dimensions` dimensions (McKay, Beckman & Conover 1979,
/// "A comparison of three methods for selecting values of input variables in the analysis of output from
/// a computer code", Technometrics 21:239–245), computed one point at a time.
///
///     x_d(i) = (π_d(i) + u_{d,i}) / count,     i = 0 … count − 1
///
/// where π_d is a random permutation of 0…count−1 for each dimension and u_{d,i} is uniform in (0, 1), so
/// each of the `count` equal strata of each coordinate holds exactly one point.
///
/// **A pure function of (seed, count, index).** π_d is a keyed bijection rather than a stored shuffle: a
/// four-round balanced Feistel network on the smallest even number of bits 2h with 2^{2h} ≥ count
/// (Luby & Rackoff 1988, SIAM J. Comput. 17:373), round function a 64-bit hash of (dimension key, round,
/// half), restricted to 0…count−1 by cycle walking (Black & Rogaway 2002, "Ciphers with arbitrary finite
/// domains", CT-RSA, LNCS 2271:114): apply the network until the value falls below `count`. The domain is
/// less than 4·count, so a point costs on average at most four network passes per dimension and no
/// O(count) table is ever built. Dimension keys and u come from Philox streams (``SamplingStreams``).
///
/// Every coordinate is strictly inside (0, 1): u has 52 random bits and is never 0 or 1, and a value that
/// rounds to 1 is pulled back to the largest double below 1.
///
/// Example: with count 4 the first coordinates of points 0…3 fall one in each of [0, ¼), [¼, ½), [½, ¾),
/// [¾, 1) (`SamplingLatinHypercubeTests.everyStratumOnce`).
public struct LatinHypercube: Sendable {
    /// Number of coordinates of each point.
    public let dimensions: Int
    /// Number of points (and of strata per coordinate).
    public let count: Int
    /// The seed.
    public let seed: UInt64
    /// The permutation key of each dimension.
    let permutationKeys: [UInt64]
    /// Bits of each Feistel half.
    let halfBits: Int

    public init(dimensions: Int, count: Int, seed: UInt64) throws(SamplingError) {
        guard dimensions >= 1 else {
            throw SamplingError("a Latin hypercube needs at least 1 dimension, got \(dimensions)")
        }
        guard count >= 1 else {
            throw SamplingError("a Latin hypercube needs a sample count of at least 1, got \(count)")
        }
        guard count <= Int(UInt32.max) else {
            throw SamplingError("a Latin hypercube has at most \(UInt32.max) (2^32 − 1) points, got \(count)")
        }
        self.dimensions = dimensions
        self.count = count
        self.seed = seed
        permutationKeys = (0..<dimensions).map { d in
            var s = SamplingStreams.stream(SamplingStreams.latinPermutation, seed: seed, tile: d)
            return (UInt64(s.nextWord()) << 32) | UInt64(s.nextWord())
        }
        let bits = count <= 1 ? 0 : Int.bitWidth - (count - 1).leadingZeroBitCount
        halfBits = max(1, (bits + 1) / 2)
    }

    /// The stratum (0…count−1) that point `index` takes in dimension `d`: π_d(index).
    public func stratum(_ index: Int, dimension d: Int) -> Int {
        precondition(index >= 0 && index < count, "Latin hypercube index \(index) out of 0..<\(count)")
        var x = UInt64(index)
        repeat { x = feistel(x, key: permutationKeys[d]) } while x >= UInt64(count)
        return Int(x)
    }

    /// Point `index` (0 ≤ index < count), every coordinate in (0, 1).
    public func point(_ index: Int) -> [Double] {
        precondition(index >= 0 && index < count, "Latin hypercube index \(index) out of 0..<\(count)")
        var jitter = SamplingStreams.stream(SamplingStreams.latinJitter, seed: seed, tile: index)
        let n = Double(count)
        return (0..<dimensions).map { d in
            let u = SamplingStreams.openUniform52(&jitter)
            let x = (Double(stratum(index, dimension: d)) + u) / n
            return Swift.min(x, 1.0.nextDown)
        }
    }

    /// One pass of the four-round Feistel network on 2·``halfBits`` bits.
    @inline(__always)
    func feistel(_ value: UInt64, key: UInt64) -> UInt64 {
        let mask: UInt64 = (1 << UInt64(halfBits)) - 1
        var left = value >> UInt64(halfBits), right = value & mask
        for round in 0..<4 {
            let f = Self.mix(key ^ (UInt64(round) &* 0x9E37_79B9_7F4A_7C15) ^ (right &* 0xD6E8_FEB8_6659_FD93)) & mask
            (left, right) = (right, left ^ f)
        }
        return (left << UInt64(halfBits)) | right
    }

    /// The 64-bit finaliser of MurmurHash3 (Appleby 2011): a bijection whose output bits all depend on
    /// every input bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
