import Foundation

/// Identifies one independent random stream: (scenario seed, configuration, unit, size class, tile).
///
/// The seed is the Philox key; the other four coordinates and the block index form the counter, so
/// two different keys never share a block and a stream's numbers do not depend on which thread draws
/// them or in what order tiles run.
///
/// Ranges: configuration < 2³², unit < 2¹⁶, size class < 2¹⁶, tile < 2³², and up to 2³² blocks
/// (4 × 2³² words) per stream.
public struct StreamKey: Sendable, Hashable, CustomStringConvertible {
    public var seed: UInt64
    public var configuration: Int
    public var unit: Int
    public var sizeClass: Int
    public var tile: Int

    public init(seed: UInt64, configuration: Int = 0, unit: Int = 0, sizeClass: Int = 0, tile: Int = 0) {
        precondition(configuration >= 0 && configuration <= Int(UInt32.max), "configuration index out of range")
        precondition(unit >= 0 && unit < 1 << 16, "unit index must be < 65536")
        precondition(sizeClass >= 0 && sizeClass < 1 << 16, "size-class index must be < 65536")
        precondition(tile >= 0 && tile <= Int(UInt32.max), "tile index out of range")
        self.seed = seed
        self.configuration = configuration
        self.unit = unit
        self.sizeClass = sizeClass
        self.tile = tile
    }

    /// The same coordinates with another tile.
    public func tile(_ t: Int) -> StreamKey {
        StreamKey(seed: seed, configuration: configuration, unit: unit, sizeClass: sizeClass, tile: t)
    }

    public var description: String {
        "stream(seed \(seed), configuration \(configuration), unit \(unit), class \(sizeClass), tile \(tile))"
    }
}

/// A deterministic stream of uniform and standard-normal variates drawn from Philox-4×32-10.
///
/// The stream is a value: copying it copies the position. Draw order within a stream is the only thing
/// that matters for reproducibility, never the thread.
///
///     var s = RandomStream(StreamKey(seed: 42, sizeClass: 3))
///     let u = s.nextUniform()   // in (0, 1)
///     let z = s.nextNormal()    // N(0, 1)
public struct RandomStream: Sendable {
    @usableFromInline let key: Philox4x32.Key
    @usableFromInline let streamWords: (UInt32, UInt32, UInt32)
    @usableFromInline var block: UInt32 = 0
    @usableFromInline var buffer: Philox4x32.Counter = (0, 0, 0, 0)
    @usableFromInline var used: Int = 4
    @usableFromInline var spareNormal: Double = 0
    @usableFromInline var hasSpareNormal = false

    public init(_ id: StreamKey) {
        key = (UInt32(truncatingIfNeeded: id.seed), UInt32(truncatingIfNeeded: id.seed >> 32))
        streamWords = (UInt32(truncatingIfNeeded: id.tile),
                       UInt32(truncatingIfNeeded: id.sizeClass) | (UInt32(truncatingIfNeeded: id.unit) << 16),
                       UInt32(truncatingIfNeeded: id.configuration))
    }

    /// The next raw 32-bit word.
    @inlinable
    public mutating func nextWord() -> UInt32 {
        if used == 4 {
            buffer = Philox4x32.block(counter: (block, streamWords.0, streamWords.1, streamWords.2), key: key)
            precondition(block != UInt32.max, "random stream exhausted (2^32 blocks)")
            block &+= 1
            used = 0
        }
        defer { used += 1 }
        switch used {
        case 0: return buffer.0
        case 1: return buffer.1
        case 2: return buffer.2
        default: return buffer.3
        }
    }

    /// A uniform variate in the open interval (0, 1) with 32 bits of resolution:
    /// `(w + ½) · 2⁻³²`, never exactly 0 or 1 (safe for `log`).
    @inlinable
    public mutating func nextUniform() -> Double {
        (Double(nextWord()) + 0.5) * 0x1p-32
    }

    /// A standard-normal variate (Box–Muller on two uniforms; the second value of each pair is kept
    /// for the next call).
    @inlinable
    public mutating func nextNormal() -> Double {
        if hasSpareNormal {
            hasSpareNormal = false
            return spareNormal
        }
        let u1 = nextUniform(), u2 = nextUniform()
        let r = (-2 * Foundation.log(u1)).squareRoot()
        let phi = 2 * Double.pi * u2
        spareNormal = r * Foundation.sin(phi)
        hasSpareNormal = true
        return r * Foundation.cos(phi)
    }

    /// Fills `buffer` with standard-normal variates.
    @inlinable
    public mutating func fillNormal(_ buffer: UnsafeMutableBufferPointer<Double>) {
        for i in buffer.indices { buffer[i] = nextNormal() }
    }

    /// Fills `buffer` with uniform variates in (0, 1).
    @inlinable
    public mutating func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>) {
        for i in buffer.indices { buffer[i] = nextUniform() }
    }
}
