import DedustNumerics
import Foundation

/// How the random increments of the dispersion models are drawn.
///
/// Grade efficiency is an expectation over trajectories, so the Wiener increments only need the right low
/// moments (weak convergence; Kloeden & Platen 1992, §14.2): the **three-point** variate takes −√3, 0, +√3 with
/// probabilities 1/6, 2/3, 1/6 and matches the Gaussian moments E ξ = 0, E ξ² = 1, E ξ³ = 0, E ξ⁴ = 3 (weak
/// order 2 for additive noise). It costs 16 random bits and no transcendental function. The **Gaussian** mode
/// (Box–Muller on two words) is kept for comparison; a test shows both give the same grade efficiencies
/// within the Monte Carlo interval.
public enum RandomVariates: String, Sendable, CaseIterable {
    case threePoint = "three_point"
    case gaussian = "gaussian"
}

/// The random numbers of one particle tile, drawn in bulk once per step with the SIMD Philox of the numerics
/// module (``Philox4x32/blocks8(_:_:_:_:key:)``) and vector arithmetic.
///
/// Words: group `j` of the tile's stream is eight Philox-4×32-10 blocks `Philox4x32(counter: (8j + lane,
/// tile, class | unit << 16, configuration), key: seed)`, `lane = 0…7` (the Philox inputs of ``RandomStream``
/// for that ``StreamKey``). Its words are used word-major (word 0 of the eight blocks, then word 1, …), so each
/// vector of eight words maps straight to eight or sixteen variates without a transposition. Every step starts
/// a new group; unused values of a step's last group are discarded. The numbers depend only on the key and on
/// the counts drawn before — never on the thread.
///
/// * Three-point variates (default, ξ ∈ {−√3, 0, +√3} with probabilities exactly 1/6, 2/3, 1/6; the weak
///   increment of Kloeden & Platen 1992 §14.2, see ``RandomVariates``): one 16-bit half-word h each (low half
///   first), `h < q → −√3`, `q ≤ h < 2q → +√3`, `2q ≤ h < 6q → 0` with `q = 10 922 = ⌊2¹⁶/6⌋`. A value
///   `h ≥ 6q = 65 532` (probability 2⁻¹⁴) is rejected and replaced by the first acceptable half-word of one
///   block of a separate Philox key indexed by its position (if all eight are rejected, probability 2⁻¹¹²,
///   the variate is 0). Sixteen bits suffice because only the three-way split matters; a Philox block gives
///   eight variates.
/// * Gaussian variates: uniforms `(w + ½)·2⁻³²` of consecutive 32-bit words, transformed in pairs by the
///   numerics module's vectorised Box–Muller (``BoxMullerKernel/transformInPlace(_:)``).
///
/// Rare per-particle events (injection positions, wall rebound decisions) use a second Philox key
/// (the seed xor a fixed constant) with the counter `(particle << 18 | event, tile, class | unit << 16,
/// configuration)`, so they depend only on the particle's identity and event count, never on the schedule.
struct TileRandom {
    let key: Philox4x32.Key
    let eventKey: Philox4x32.Key
    let rejectKey: Philox4x32.Key
    let words: (UInt32, UInt32, UInt32)
    /// First block of the next group of eight.
    var block: UInt32 = 0

    init(_ id: StreamKey) {
        key = id.philoxKey
        eventKey = (key.0 ^ 0xA5A5_A5A5, key.1 ^ 0x3C6E_F372)
        rejectKey = (key.0 ^ 0x5851_F42D, key.1 ^ 0x4C95_7F2D)
        let c = id.philoxCounter(block: 0)
        words = (c.1, c.2, c.3)
    }

    /// Slack the output buffer of ``fill(_:into:count:)`` needs behind `count` (the last group is stored whole).
    static let slack = 64

    /// Fills `out[0 ..< count]` with the next variates (`out` must have room for `count + slack` values).
    @inline(never)
    mutating func fill(_ kind: RandomVariates, into out: UnsafeMutablePointer<Double>, count: Int) {
        let perGroup = kind == .threePoint ? 64 : 32
        let groups = (count + perGroup - 1) / perGroup
        precondition(Int(block) + 8 * groups < Int(UInt32.max), "random stream of a tile exhausted (2^32 blocks)")
        switch kind {
        case .threePoint:
            // Rejected values are written as NaN and flagged in `seen` (bit 16 of h + 4 is set iff h ≥ 65 532);
            // one reduction at the end decides whether a repair pass is needed (about one step in eight).
            var seen = SIMD8<UInt64>.zero
            for j in 0..<groups {
                let first = block &+ UInt32(truncatingIfNeeded: 8 * j)
                let g = Philox4x32.blocks8Wide(first, words.0, words.1, words.2, key: key)
                let at = out + 64 * j
                seen |= TileRandom.threePoint8(g.0, at) | TileRandom.threePoint8(g.1, at + 16)
                seen |= TileRandom.threePoint8(g.2, at + 32) | TileRandom.threePoint8(g.3, at + 48)
            }
            if seen[0] | seen[1] | seen[2] | seen[3] | seen[4] | seen[5] | seen[6] | seen[7] >= 0x1_0000 {
                for i in 0..<(64 * groups) where out[i].isNaN {
                    out[i] = replacement(first: block &+ UInt32(truncatingIfNeeded: 8 * (i / 64)), slot: i % 64)
                }
            }
        case .gaussian:
            for j in 0..<groups {
                let g = Philox4x32.blocks8Wide(block &+ UInt32(truncatingIfNeeded: 8 * j), words.0, words.1, words.2,
                                               key: key)
                let at = out + 32 * j
                at.store8(RandomStream.uniforms(g.0), 0)
                at.store8(RandomStream.uniforms(g.1), 8)
                at.store8(RandomStream.uniforms(g.2), 16)
                at.store8(RandomStream.uniforms(g.3), 24)
            }
            BoxMullerKernel.transformInPlace(UnsafeMutableBufferPointer(start: out, count: count & ~1))
        }
        block &+= UInt32(truncatingIfNeeded: 8 * groups)
    }

    /// Sixteen three-point variates from eight 32-bit words in 64-bit lanes (low halves to `at[0..<8]`, high
    /// halves to `at[8..<16]`); rejected values become NaN. Returns the lanes' `h + 4` or-ed together (bit 16 set iff one was rejected).
    @_transparent
    static func threePoint8(_ w: SIMD8<UInt64>, _ at: UnsafeMutablePointer<Double>) -> SIMD8<UInt64> {
        let low = w & 0xFFFF, high = w &>> 16
        at.store8(threePointValues(low), 0)
        at.store8(threePointValues(high), 8)
        return (low &+ 4) | (high &+ 4)
    }

    @_transparent
    static func threePointValues(_ h: SIMD8<UInt64>) -> SIMD8<Double> {
        let q = SIMD8<UInt64>(repeating: 10_922)
        var bits = SIMD8<UInt64>.zero.replacing(with: (-1.7320508075688772).bitPattern, where: h .< q)
        bits = bits.replacing(with: 1.7320508075688772.bitPattern, where: (h &- q) .< q)
        bits = bits.replacing(with: Double.nan.bitPattern, where: h .>= 6 &* q)
        return unsafeBitCast(bits, to: SIMD8<Double>.self)
    }

    /// The three-point variate replacing the rejected 16-bit value in `slot` (0…63) of the group starting at
    /// block `first`: from the first acceptable of the eight half-words of block `first` under the rejection
    /// key shifted by `slot`.
    func replacement(first: UInt32, slot: Int) -> Double {
        let c = Philox4x32.block(counter: (first, words.0, words.1, words.2),
                                 key: (rejectKey.0 &+ UInt32(truncatingIfNeeded: slot), rejectKey.1))
        for w in [c.0, c.1, c.2, c.3] {
            for h in [w & 0xFFFF, w >> 16] where h < 65_532 {
                return h < 10_922 ? -1.7320508075688772 : (h < 21_844 ? 1.7320508075688772 : 0)
            }
        }
        return 0
    }

    /// Four uniforms in (0, 1) for event `event` of particle `particle`.
    ///
    /// The counter word holds the particle's slot (14 bits: tiles have at most 16 384 particles) and the low 18
    /// bits of the event count; higher event bits (a particle with more than 262 144 wall contacts and
    /// injections, e.g. reflected many times in a very large cyclone) go into the key, so no (particle, event)
    /// pair ever reuses a block — and the first 2¹⁸ events give the same numbers as a plain 18-bit counter.
    func eventUniforms(particle: Int32, event: Int32) -> (Double, Double, Double, Double) {
        let e = UInt32(truncatingIfNeeded: event)
        let serial = (UInt32(truncatingIfNeeded: particle) << 18) | (e & 0x3FFFF)
        let key = e >> 18 == 0 ? eventKey : (eventKey.0 &+ (e >> 18), eventKey.1)
        let c = Philox4x32.block(counter: (serial, words.0, words.1, words.2), key: key)
        return (RandomStream.uniform(c.0), RandomStream.uniform(c.1), RandomStream.uniform(c.2),
                RandomStream.uniform(c.3))
    }
}
