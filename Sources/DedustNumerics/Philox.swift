/// The Philox-4×32-10 counter-based random-number generator (Salmon, Moraes, Dror & Shaw, "Parallel
/// random numbers: as easy as 1, 2, 3", SC'11; the Random123 library).
///
/// A counter-based generator is a keyed bijection: `block(counter, key)` returns four 32-bit words that
/// depend only on its inputs. There is no hidden state to share between threads, so any thread that asks
/// for block `k` of a stream gets the same numbers — the basis of Dedust's bit-identical results for any
/// thread count.
///
/// Each of the 10 rounds multiplies two words by the constants `M0 = 0xD2511F53`, `M1 = 0xCD9E8D57`,
/// mixes the high halves with the key, and bumps the key by the Weyl constants
/// `W0 = 0x9E3779B9`, `W1 = 0xBB67AE85`.
///
///     Philox4x32.block(counter: (0, 0, 0, 0), key: (0, 0))
///     // (0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8) — Random123 known-answer vector
@frozen
public enum Philox4x32 {
    public typealias Counter = (UInt32, UInt32, UInt32, UInt32)
    public typealias Key = (UInt32, UInt32)

    @usableFromInline static let m0: UInt32 = 0xD251_1F53
    @usableFromInline static let m1: UInt32 = 0xCD9E_8D57
    @usableFromInline static let w0: UInt32 = 0x9E37_79B9
    @usableFromInline static let w1: UInt32 = 0xBB67_AE85

    /// Ten-round Philox-4×32 of `counter` under `key`.
    @inlinable
    public static func block(counter: Counter, key: Key) -> Counter {
        var c = counter
        var k = key
        for round in 0..<10 {
            let p0 = UInt64(m0) &* UInt64(c.0)
            let p1 = UInt64(m1) &* UInt64(c.2)
            let hi0 = UInt32(truncatingIfNeeded: p0 >> 32), lo0 = UInt32(truncatingIfNeeded: p0)
            let hi1 = UInt32(truncatingIfNeeded: p1 >> 32), lo1 = UInt32(truncatingIfNeeded: p1)
            c = (hi1 ^ c.1 ^ k.0, lo1, hi0 ^ c.3 ^ k.1, lo0)
            if round < 9 {
                k.0 = k.0 &+ w0
                k.1 = k.1 &+ w1
            }
        }
        return c
    }
}
