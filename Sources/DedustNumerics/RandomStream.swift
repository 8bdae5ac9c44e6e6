/// A deterministic stream of uniform and standard-normal variates drawn from Philox-4×32-10.
///
/// The stream reads the blocks `Philox4x32.block(counter: key.philoxCounter(block: b), key: key.philoxKey)`
/// for `b = 0, 1, 2, …` and hands out their four 32-bit words in order (see ``StreamKey`` for the
/// determinism contract). The stream is a value: copying it copies the position. Draw order within a
/// stream is the only thing that matters for reproducibility, never the thread.
///
/// Variates and their cost in 32-bit words:
/// - ``nextUniform()``: one word, `(w + ½)·2⁻³²`, in the open interval (0, 1).
/// - ``nextNormal()``: Box–Muller (Box & Muller 1958) on two words gives two independent N(0, 1)
///   values; the second is kept for the next call, so one word per normal on average. Computed by
///   `BoxMullerKernel` (fdlibm polynomials, no C-library calls: the same bits on every platform).
/// - ``nextThreePoint()``: one word (a fraction 2⁻³⁰ of words is rejected and redrawn); the weak-order
///   increment of Kloeden & Platen (1992) §14.2, see `RandomStream+WeakIncrements.swift`.
/// - `fillUniform`, `fillNormal`, `fillThreePoint` write the same numbers as the scalar calls, block by
///   block.
///
///     var s = RandomStream(StreamKey(seed: 42, sizeClass: 3))
///     let u = s.nextUniform()   // in (0, 1)
///     let z = s.nextNormal()    // N(0, 1)
public struct RandomStream: Sendable {
    @usableFromInline let key: Philox4x32.Key
    @usableFromInline let streamWords: (UInt32, UInt32, UInt32)
    /// Index of the next block to generate (a `UInt64` so that the 2³²-th block can be detected).
    @usableFromInline var nextBlock: UInt64 = 0
    /// The current block's words; `used` of them have been handed out.
    @usableFromInline var buffer: SIMD4<UInt32> = .zero
    @usableFromInline var used: Int = 4
    @usableFromInline var spareNormal: Double = 0
    @usableFromInline var hasSpareNormal = false

    public init(_ id: StreamKey) {
        key = id.philoxKey
        let c = id.philoxCounter(block: 0)
        streamWords = (c.1, c.2, c.3)
    }

    /// Generates the next whole block and advances past it (does not touch `buffer`/`used`).
    @inlinable @inline(__always)
    mutating func takeBlock() -> SIMD4<UInt32> {
        precondition(nextBlock <= UInt64(UInt32.max), "random stream exhausted (2^32 blocks of 4 words drawn)")
        let c = Philox4x32.block(counter: (UInt32(truncatingIfNeeded: nextBlock), streamWords.0, streamWords.1,
                                           streamWords.2), key: key)
        nextBlock &+= 1
        return SIMD4(c.0, c.1, c.2, c.3)
    }

    /// Whether eight whole blocks can be taken with ``takeBlocks8()`` (the stream sits on a block boundary
    /// and at least eight blocks remain).
    @inlinable @inline(__always)
    var canTakeBlocks8: Bool { used == 4 && nextBlock <= UInt64(UInt32.max) - 7 }

    /// Generates the next eight whole blocks (``Philox4x32/blocks8(_:_:_:_:key:)``) and advances past them.
    /// Lane `b` of vector `j` is word `j` of the `b`-th block.
    @inlinable @inline(__always)
    mutating func takeBlocks8() -> (SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>, SIMD8<UInt32>) {
        let g = Philox4x32.blocks8(UInt32(truncatingIfNeeded: nextBlock), streamWords.0, streamWords.1,
                                   streamWords.2, key: key)
        nextBlock &+= 8
        return g
    }

    /// The next raw 32-bit word.
    @inlinable
    public mutating func nextWord() -> UInt32 {
        if used == 4 {
            buffer = takeBlock()
            used = 0
        }
        let w = buffer[used]
        used &+= 1
        return w
    }

    /// The uniform variate of one word: `(w + ½)·2⁻³²`, in the open interval (0, 1) — never exactly 0
    /// or 1 (safe for `log`). The smallest value is 2⁻³³, the largest 1 − 2⁻³³.
    @inlinable @inline(__always)
    public static func uniform(_ w: UInt32) -> Double {
        (Double(w) + 0.5) * 0x1p-32
    }

    /// ``uniform(_:)`` of eight words held zero-extended in 64-bit lanes (as ``Philox4x32/blocks8Wide(_:_:_:_:key:)``
    /// returns them), the same values: each word is converted exactly through the bits of 2⁵² + w, which stays
    /// in vector registers (an integer-to-`Double` vector conversion may not).
    @inlinable @inline(__always)
    public static func uniforms(_ w: SIMD8<UInt64>) -> SIMD8<Double> {
        let exact = unsafeBitCast(w | 0x4330_0000_0000_0000, to: SIMD8<Double>.self) - 4_503_599_627_370_496.0
        return (exact + 0.5) * 0x1p-32
    }

    /// A uniform variate in the open interval (0, 1) with 32 bits of resolution (one word).
    @inlinable
    public mutating func nextUniform() -> Double {
        Self.uniform(nextWord())
    }

    /// Box–Muller transform of two words: `r = √(−2 ln u₁)`, `φ = 2π u₂`, returns `(r cos φ, r sin φ)`,
    /// two independent standard-normal values (Box & Muller 1958, Ann. Math. Stat. 29, 610–611).
    /// Computed by ``BoxMullerKernel`` (its own `log`/`sin`/`cos`, the same bits on every platform and in
    /// the bulk fill). With 32-bit uniforms the largest |z| is √(−2 ln 2⁻³³) ≈ 6.77.
    @inlinable @inline(__always)
    public static func boxMuller(_ w1: UInt32, _ w2: UInt32) -> (Double, Double) {
        BoxMullerKernel.transform(uniform(w1), uniform(w2))
    }

    /// A standard-normal variate (Box–Muller on two words; the second value of each pair is kept
    /// for the next call).
    @inlinable
    public mutating func nextNormal() -> Double {
        if hasSpareNormal {
            hasSpareNormal = false
            return spareNormal
        }
        let w1 = nextWord()
        let w2 = nextWord()
        let (z0, z1) = Self.boxMuller(w1, w2)
        spareNormal = z1
        hasSpareNormal = true
        return z0
    }
}
