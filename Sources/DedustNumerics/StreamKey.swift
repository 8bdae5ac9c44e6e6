/// Identifies one independent random stream: (scenario seed, configuration, unit, size class, tile).
///
/// **Determinism contract.** A stream's numbers are a pure function of its key and of how many numbers
/// were drawn from it before — never of the thread that draws them, of the number of threads, or of the
/// order in which work items run. The key maps onto Philox-4×32-10 (``Philox4x32``) like this:
///
/// | Philox input | value |
/// |---|---|
/// | key word 0, 1 | low and high 32 bits of `seed` |
/// | counter word 0 | block index inside the stream (0, 1, 2, …; four 32-bit words per block) |
/// | counter word 1 | `tile` |
/// | counter word 2 | `sizeClass` (low 16 bits) and `unit` (high 16 bits) |
/// | counter word 3 | `configuration` |
///
/// Because Philox is a bijection of the counter for a fixed key, two different keys (or two blocks of
/// one stream) never produce the same block input, so streams never overlap.
/// The mapping is part of the contract: changing it changes every Monte Carlo result of every scenario,
/// so it is pinned by a test (`RandomStreamTests.keyLayoutIsPinned`).
///
/// Ranges: configuration < 2³², unit < 2¹⁶, size class < 2¹⁶, tile < 2³², and up to 2³² blocks
/// (4 × 2³² words) per stream. The indices are program-generated, so out-of-range values are
/// programming errors (preconditions), not user errors.
///
///     let key = StreamKey(seed: 20240205, configuration: 1, unit: 3, sizeClass: 17)
///     var stream = RandomStream(key.tile(42))
public struct StreamKey: Sendable, Hashable, CustomStringConvertible {
    /// The scenario seed (the Philox key).
    public var seed: UInt64
    /// Index of the configuration being simulated.
    public var configuration: Int
    /// Index of the unit (separator) inside the configuration's train.
    public var unit: Int
    /// Index of the particle size class.
    public var sizeClass: Int
    /// Index of the particle tile (a batch of particles of one size class).
    public var tile: Int

    public init(seed: UInt64, configuration: Int = 0, unit: Int = 0, sizeClass: Int = 0, tile: Int = 0) {
        precondition(configuration >= 0 && configuration <= Int(UInt32.max),
                     "configuration index \(configuration) out of range 0...\(UInt32.max)")
        precondition(unit >= 0 && unit < 1 << 16, "unit index \(unit) out of range 0..<65536")
        precondition(sizeClass >= 0 && sizeClass < 1 << 16, "size-class index \(sizeClass) out of range 0..<65536")
        precondition(tile >= 0 && tile <= Int(UInt32.max), "tile index \(tile) out of range 0...\(UInt32.max)")
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

    /// The Philox key words (low, high half of the seed).
    public var philoxKey: Philox4x32.Key {
        (UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
    }

    /// The Philox counter of block `block` of this stream (see the table above).
    public func philoxCounter(block: UInt32) -> Philox4x32.Counter {
        (block,
         UInt32(truncatingIfNeeded: tile),
         UInt32(truncatingIfNeeded: sizeClass) | (UInt32(truncatingIfNeeded: unit) << 16),
         UInt32(truncatingIfNeeded: configuration))
    }

    public var description: String {
        "stream(seed \(seed), configuration \(configuration), unit \(unit), class \(sizeClass), tile \(tile))"
    }
}
