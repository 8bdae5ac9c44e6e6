/// Bulk fills. Each writes exactly the numbers that the same count of scalar calls (`nextUniform()`,
/// `nextNormal()`, `nextThreePoint()`) would return, and leaves the stream in the same state, so a caller
/// may mix the two freely without changing any result (pinned by `RandomStreamTests.fillsEqualScalarDraws`).
///
/// Speed: once the stream sits on a block boundary, the fills generate eight Philox blocks at a time
/// (``Philox4x32/blocks8(_:_:_:_:key:)``), whose eight independent multiply chains run side by side in
/// SIMD registers instead of waiting on one another; the numbers are the same. The numerics benchmark
/// measures the gain against the scalar calls (docs/numerics.md).
extension RandomStream {
    /// Fills `buffer` with uniform variates in (0, 1) (one word each).
    @inlinable
    public mutating func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>) {
        let n = buffer.count
        var i = 0
        while i < n {
            if n - i >= 32 && canTakeBlocks8 {
                let (a, b, c, d) = takeBlocks8()
                let scale = SIMD8<Double>(repeating: 0x1p-32), half = SIMD8<Double>(repeating: 0.5)
                let ua = (SIMD8<Double>(a) + half) * scale, ub = (SIMD8<Double>(b) + half) * scale
                let uc = (SIMD8<Double>(c) + half) * scale, ud = (SIMD8<Double>(d) + half) * scale
                Self.storeInStreamOrder(ua, ub, uc, ud, into: buffer, at: i)
                i += 32
                continue
            }
            buffer[i] = nextUniform()
            i += 1
        }
    }

    /// Fills `buffer` with standard-normal variates (Box–Muller on consecutive word pairs, as
    /// ``nextNormal()``).
    ///
    /// The bulk path first writes the uniforms of whole blocks into `buffer` (as `fillUniform` does) and
    /// then transforms each pair in place with `BoxMullerKernel`, a branch-free loop the compiler
    /// vectorises.
    @inlinable
    public mutating func fillNormal(_ buffer: UnsafeMutableBufferPointer<Double>) {
        let n = buffer.count
        var i = 0
        // Scalar draws run until the stream sits on a block boundary with no spare value. If an odd
        // number of words was drawn before, that never happens and the scalar path does all the work.
        while i < n && (hasSpareNormal || used != 4) {
            buffer[i] = nextNormal()
            i += 1
        }
        let whole = (n - i) & ~3
        if whole > 0, let base = buffer.baseAddress {
            let part = UnsafeMutableBufferPointer(start: base + i, count: whole)
            fillUniform(part)
            BoxMullerKernel.transformInPlace(part)
            i += whole
        }
        while i < n {
            buffer[i] = nextNormal()
            i += 1
        }
    }

    /// Writes the values of eight Philox blocks — `w0[k]`, `w1[k]`, `w2[k]`, `w3[k]` are words 0…3 of block
    /// `k` — to `buffer[i..<i+32]` in the order the one-at-a-time calls would draw them (block after block).
    @inlinable @inline(__always)
    static func storeInStreamOrder(_ w0: SIMD8<Double>, _ w1: SIMD8<Double>, _ w2: SIMD8<Double>,
                                   _ w3: SIMD8<Double>, into buffer: UnsafeMutableBufferPointer<Double>, at i: Int) {
        for k in 0..<8 {
            buffer[i + 4 * k] = w0[k]
            buffer[i + 4 * k + 1] = w1[k]
            buffer[i + 4 * k + 2] = w2[k]
            buffer[i + 4 * k + 3] = w3[k]
        }
    }

    /// Fills `buffer` with three-point variates ξ ∈ {−√3, 0, +√3} (see ``nextThreePoint()``).
    @inlinable
    public mutating func fillThreePoint(_ buffer: UnsafeMutableBufferPointer<Double>) {
        let n = buffer.count
        var i = 0
        let q = SIMD8<UInt32>(repeating: Self.threePointBin)
        let reject = SIMD8<UInt32>(repeating: 6 &* Self.threePointBin)
        @inline(__always) func values(_ w: SIMD8<UInt32>) -> SIMD8<Double> {
            let sign = SIMD8<Int32>(repeating: 0).replacing(with: -1, where: w .< q)
                .replacing(with: 1, where: (w &- q) .< q)
            return SIMD8<Double>(sign) * Self.threePointMagnitude
        }
        while i < n {
            if n - i >= 32 && canTakeBlocks8 {
                let (a, b, c, d) = takeBlocks8()
                // A rejected word (probability 2⁻³⁰ per word) shifts everything after it: rewind and let
                // the scalar path handle these blocks.
                if any((a .>= reject) .| (b .>= reject) .| (c .>= reject) .| (d .>= reject)) {
                    nextBlock &-= 8
                } else {
                    let va = values(a), vb = values(b), vc = values(c), vd = values(d)
                    Self.storeInStreamOrder(va, vb, vc, vd, into: buffer, at: i)
                    i += 32
                    continue
                }
            }
            buffer[i] = nextThreePoint()
            i += 1
        }
    }

    /// Fills `array` with standard-normal variates.
    @inlinable
    public mutating func fillNormal(_ array: inout [Double]) {
        array.withUnsafeMutableBufferPointer { fillNormal($0) }
    }

    /// Fills `array` with uniform variates in (0, 1).
    @inlinable
    public mutating func fillUniform(_ array: inout [Double]) {
        array.withUnsafeMutableBufferPointer { fillUniform($0) }
    }

    /// Fills `array` with three-point variates.
    @inlinable
    public mutating func fillThreePoint(_ array: inout [Double]) {
        array.withUnsafeMutableBufferPointer { fillThreePoint($0) }
    }
}
