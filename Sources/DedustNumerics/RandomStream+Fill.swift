/// Bulk fills. Each writes exactly the numbers that the same count of scalar calls (`nextUniform()`,
/// `nextNormal()`, `nextThreePoint()`) would return, and leaves the stream in the same state, so a caller
/// may mix the two freely without changing any result. Once the stream is at a block boundary (and has
/// no spare normal), the fills work on whole Philox blocks without the per-word bookkeeping.
extension RandomStream {
    /// Fills `buffer` with uniform variates in (0, 1) (one word each).
    @inlinable
    public mutating func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>) {
        let n = buffer.count
        var i = 0
        while i < n && used != 4 {
            buffer[i] = nextUniform()
            i += 1
        }
        while n - i >= 4 {
            let w = takeBlock()
            buffer[i] = Self.uniform(w[0])
            buffer[i + 1] = Self.uniform(w[1])
            buffer[i + 2] = Self.uniform(w[2])
            buffer[i + 3] = Self.uniform(w[3])
            i += 4
        }
        while i < n {
            buffer[i] = nextUniform()
            i += 1
        }
    }

    /// Fills `buffer` with standard-normal variates (Box–Muller, four per Philox block).
    @inlinable
    public mutating func fillNormal(_ buffer: UnsafeMutableBufferPointer<Double>) {
        let n = buffer.count
        var i = 0
        // Scalar draws until the stream sits on a block boundary with no spare value. If an odd number
        // of uniforms was drawn before, the boundary is never reached and this loop does all the work.
        while i < n && (hasSpareNormal || used != 4) {
            buffer[i] = nextNormal()
            i += 1
        }
        while n - i >= 4 {
            let w = takeBlock()
            let (z0, z1) = Self.boxMuller(w[0], w[1])
            let (z2, z3) = Self.boxMuller(w[2], w[3])
            buffer[i] = z0
            buffer[i + 1] = z1
            buffer[i + 2] = z2
            buffer[i + 3] = z3
            i += 4
        }
        while i < n {
            buffer[i] = nextNormal()
            i += 1
        }
    }

    /// Fills `buffer` with three-point variates ξ ∈ {−√3, 0, +√3} (see ``nextThreePoint()``).
    @inlinable
    public mutating func fillThreePoint(_ buffer: UnsafeMutableBufferPointer<Double>) {
        for i in buffer.indices { buffer[i] = nextThreePoint() }
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
